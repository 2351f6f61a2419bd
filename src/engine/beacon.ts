/**
 * The outcome beacon's payload (content/site.json "beacon"): exactly the
 * content version, the `question.answer` ids of the walk, the cause id and
 * whether it was fixed. Ids only: nothing a person typed or pasted.
 */
import { chosenOf, type TrailStep } from './trail.ts';
import type { ContentCore } from './types.ts';

export interface OutcomePayload {
  readonly version: string;
  readonly steps: readonly string[];
  readonly cause: string;
  readonly fixed: boolean;
}

export function outcomePayload(content: ContentCore, trail: readonly TrailStep[], cause: string, fixed: boolean): OutcomePayload {
  return {
    version: content.version,
    steps: trail.map(
      (s) =>
        `${s.question.id}.${chosenOf(s)
          .map((c) => c.id)
          .join('+')}`,
    ),
    cause,
    fixed,
  };
}
