/**
 * False in prerendered HTML and while React takes it over, true after: fields
 * whose value React owns stay disabled until then, so nothing typed into the
 * static page is lost when the app starts.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
