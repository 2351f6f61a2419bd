/**
 * Embed mode, for wiki pages and runbooks: compact, no site header or footer.
 * Decided once at start-up: `?embed=1` in the first URL, or running inside a
 * frame. In embed mode src/main.tsx also loads the messages to the host page
 * (./embed.ts) and hands them the steps reported here.
 */

function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent that cannot be read: we are framed
  }
}

export function detectEmbed(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  if (value === '0') return false;
  return value !== null || inFrame();
}

let embedded = false;
export const isEmbedded = () => embedded;
export function setEmbedded(value: boolean) {
  embedded = value;
}

type StepReporter = (step: string, url: string) => void;
let reporter: StepReporter | null = null;
export function setStepReporter(report: StepReporter) {
  reporter = report;
}
/** The step shown now, for the host page (nothing happens outside embed mode). */
export function reportStep(step: string, url: string) {
  reporter?.(step, url);
}
