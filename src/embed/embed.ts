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
 */

function post(message: Record<string, unknown>) {
  if (window.parent === window) return;
  try {
    window.parent.postMessage(message, '*');
  } catch {
    /* a parent that refuses messages: the frame still works */
  }
}

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
