/**
 * Messages to the page that embeds the app, so it can size the frame. Loaded
 * by src/main.tsx in embed mode only (see embed-mode.ts); outside it no
 * message is ever sent.
 *
 * Messages (all namespaced "triage500:"; see docs/embedding.md):
 *   { type: 'triage500:resize', height }      on every layout change
 *   { type: 'triage500:step', step, url }     when the step changes
 * They carry no text the user typed: only a height, step ids and the URL.
 * The host script may ask for both again with { type: 'triage500:ping' }
 * (it may load after the frame has already reported).
 *
 * content/site.json "embed.parentOrigins" limits who hears them: each listed
 * origin is sent its own copy, and a parent of any other origin hears nothing.
 *
 * Also: "Open full page" in a frame whose sandbox lacks allow-popups opens the
 * full page in the frame itself instead of doing nothing.
 */
import { content } from '../content/content.ts';

/**
 * Sends `message` to the parent page: to each origin of `parentOrigins` (the
 * browser drops the copies whose origin is not the parent's), or to any parent
 * when the list is empty.
 */
export function postToParent(message: Record<string, unknown>, parentOrigins: readonly string[], parent: Window = window.parent) {
  if (parent === window) return;
  for (const origin of parentOrigins.length > 0 ? parentOrigins : ['*']) {
    try {
      parent.postMessage(message, origin);
    } catch {
      /* a parent that refuses messages: the frame still works */
    }
  }
}

const post = (message: Record<string, unknown>) => postToParent(message, content.site.embed?.parentOrigins ?? []);

let lastStep: { step: string; url: string } | null = null;

/**
 * Reports the content height to the host page whenever it changes, up or down,
 * and again (with the step) when the parent page asks with a ping.
 */
export function startResizeReports(root: HTMLElement): () => void {
  let last = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      post({ type: 'triage500:resize', height });
    }
  };
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (event.source !== window.parent || typeof data !== 'object' || data === null || !('type' in data) || data.type !== 'triage500:ping') return;
    last = -1;
    report();
    if (lastStep) post({ type: 'triage500:step', ...lastStep });
  };
  report();
  window.addEventListener('message', onMessage);
  if (typeof ResizeObserver === 'undefined') return () => window.removeEventListener('message', onMessage);
  const observer = new ResizeObserver(report);
  observer.observe(root);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}

export function reportStep(step: string, url: string) {
  lastStep = { step, url };
  post({ type: 'triage500:step', step, url });
}

/**
 * "Open full page" (a[data-open-full], target=_blank): a new tab where the frame
 * may open one; where its sandbox refuses popups (window.open gives null), the
 * full page (header, footer) in this frame, so the click is never lost.
 */
export function startOpenFullFallback(): () => void {
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-open-full]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const opened = window.open(link.href, '_blank');
    if (opened) {
      opened.opener = null;
      return;
    }
    // embed=0: the full page even inside a frame (src/embed/embed-mode.ts).
    const here = new URL(link.href);
    here.searchParams.set('embed', '0');
    window.location.assign(here.href);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
