/**
 * Step changes, for screen readers: a polite live region, and focus moved to
 * the new step's heading (not on first load, so the page does not jump). And
 * for the eyes: a step the person moves to fades in; the first one shown does
 * not, since a prerendered step must be readable at first paint, not wait at
 * opacity 0 until the script runs (reduced motion turns the fade off, styles.css).
 */
import { createContext, useContext, useEffect, useEffectEvent, useRef, useState, type ReactNode, type RefObject } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  return (
    <AnnounceContext.Provider value={setMessage}>
      {children}
      <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

let firstStep = true;

/** Announces `message` and focuses `heading` whenever `stepKey` changes. */
export function useStepAnnouncement(stepKey: string, message: string, heading: RefObject<HTMLElement | null>) {
  const announce = useContext(AnnounceContext);
  // Runs once per step: the message and the heading are read when the step changes, not watched.
  const onStep = useEffectEvent(() => {
    announce(message);
    if (firstStep) {
      firstStep = false;
      return;
    }
    heading.current?.focus({ preventScroll: false });
  });
  useEffect(() => onStep(), [stepKey]);
}

/** The class of a step's outer element: the fade-in for every step after the first one shown. */
export function useStepEnter(): string {
  const [className] = useState(() => (firstStep ? '' : 'step-enter'));
  return className;
}

export function useHeadingRef() {
  return useRef<HTMLHeadingElement>(null);
}
