/**
 * The optional outcome beacon (content/site.json "beacon", off by default).
 * When set, "Did this fix it?" sends exactly
 *   {"version": <content version>, "steps": ["<question>.<answer>", …], "cause": <cause id>, "fixed": <boolean>}
 * with navigator.sendBeacon: ids only, never free text or log content.
 */
import { outcomePayload, type ContentCore, type TrailStep } from '../engine/index.ts';

export function sendOutcome(content: ContentCore, trail: readonly TrailStep[], cause: string, fixed: boolean): void {
  const url = content.site.beacon;
  if (!url || typeof navigator === 'undefined' || typeof navigator.sendBeacon !== 'function') return;
  try {
    // A string is sent as text/plain: a "simple" request, no CORS preflight to the collector.
    navigator.sendBeacon(new URL(url, document.baseURI).href, JSON.stringify(outcomePayload(content, trail, cause, fixed)));
  } catch {
    // A beacon that cannot be sent is not the person's problem.
  }
}
