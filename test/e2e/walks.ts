/**
 * Walks the e2e tests share, in a page or inside a frame. The app decides which
 * question comes next (the walk skips questions that cannot change the ranking
 * and asks, before a result, those that still would), so a walk here is a
 * person with facts answering whatever is asked; the engine's own replay says
 * where that person should land.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { replay } from '../../src/engine/alternatives.ts';
import { encodePath } from '../../src/engine/path-codec.ts';
import { trailPairs } from '../../src/engine/resolve.ts';
import type { ContentCore, Question } from '../../src/engine/types.ts';

/** What a person knows: question id → answer id (several for a question that takes several). */
export type Facts = Readonly<Record<string, string | readonly string[]>>;

/** Someone whose app cannot write: nothing changed, every request, every page, "Permission denied", "Read-only file system". */
export const READ_ONLY_FACTS: Facts = {
  'after-change': 'no',
  pattern: 'every-time',
  scope: 'every-page',
  'under-load': 'no',
  'restart-helps': 'no',
  'log-everything': 'permission',
  'perm-which': 'read-only',
};
export const READ_ONLY = { id: 'read-only-filesystem', title: 'App writes to a read-only filesystem' } as const;

/** Where the app should land for these facts, and its URL path + query (by the engine's own walk). */
export function expectedWalk(content: ContentCore, facts: Facts, lang = 'en'): { cause: string; asked: string[]; path: string; band: string } {
  const r = replay(content, (q: Question) => facts[q.id] ?? null);
  return {
    cause: r.cause.id,
    asked: r.trail.map((s) => s.question.id),
    path: `/${lang}/cause/${r.cause.id}/?a=${encodePath(trailPairs(r.trail))}`,
    band: r.diagnosis.band,
  };
}

/**
 * Answers whatever question is on screen as a person who knows `facts` would
 * ("not sure" to anything else), until a cause page shows. Returns the
 * questions asked and the cause reached. `onQuestion` runs on each question
 * before it is answered.
 */
export async function answerAsAsked(scope: Page | FrameLocator, facts: Facts, onQuestion?: () => Promise<void>): Promise<{ asked: string[]; cause: string }> {
  const asked: string[] = [];
  for (let i = 0; i < 20; i++) {
    const step = scope.locator('[data-question], [data-cause]').first();
    await step.waitFor().catch(async (e: unknown) => {
      const h1 = await scope
        .locator('h1')
        .first()
        .innerText()
        .catch(() => '(none)');
      throw new Error(`after ${asked.join(' → ') || 'no answers'}, no question or cause shows (heading: ${h1})`, { cause: e });
    });
    const cause = await step.getAttribute('data-cause');
    if (cause) return { asked, cause };
    const question = (await step.getAttribute('data-question'))!;
    await scope.locator('[data-walk="ready"]').waitFor({ state: 'attached' });
    asked.push(question);
    await onQuestion?.();
    const want = facts[question];
    const ids = want === undefined ? [] : typeof want === 'string' ? [want] : [...want];
    if (ids.length > 0 && (await scope.locator('[data-action="continue"]').count()) > 0) {
      for (const id of ids) await scope.locator(`input[data-answer="${id}"]`).check();
      await scope.locator('[data-action="continue"]').click();
    } else {
      await scope.locator(`a[data-answer="${ids[0] ?? 'unsure'}"]`).click();
    }
    await scope.locator(`[data-question="${question}"]`).waitFor({ state: 'detached' });
  }
  throw new Error(`no cause after 20 answers: ${asked.join(' → ')}`);
}
