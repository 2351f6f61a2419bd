/**
 * A question opened on its own (from search, a shared link, or "open the step
 * on its own" on the broken-link page) is a real starting point: every answer
 * on it, in both languages, leads to a step that opens — a question or a
 * cause — never to the broken-link page.
 */
import { describe, expect, it } from 'vitest';
import { choicesOf } from '../../src/engine/choices.ts';
import { resolveStep } from '../../src/engine/resolve.ts';
import { LANGS } from '../../src/engine/types.ts';
import { choiceHref } from '../../src/routes/walk-links.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();

/** What a link opens, as the app's router reads it. */
function opens(href: string) {
  const url = new URL(href, 'https://triage.example');
  const m = /^\/(en|ko)\/(q|cause)\/([a-z0-9-]+)\/$/.exec(url.pathname);
  if (!m) return { ok: false as const, why: `not a step: ${url.pathname}` };
  const r = resolveStep(content, { kind: m[2] === 'q' ? 'question' : 'cause', id: m[3]! }, url.searchParams.get('a'));
  return r.status === 'ok' ? { ok: true as const, node: r.node } : { ok: false as const, why: r.problem };
}

describe('a question opened on its own', () => {
  for (const lang of LANGS) {
    it(`(${lang}) leads every answer to a step that opens, moving on from the question`, () => {
      const broken: string[] = [];
      let links = 0;
      for (const question of Object.values(content.questions)) {
        for (const choice of choicesOf(question)) {
          const href = choiceHref(content, lang, [], question, [choice]);
          links++;
          const r = opens(href);
          if (!r.ok) broken.push(`${question.id}.${choice.id} → ${href}: ${r.why}`);
          else if (r.node.id === question.id) broken.push(`${question.id}.${choice.id} → the same question again`);
          else if (!href.includes(`a=${question.id}.${choice.id}`)) broken.push(`${question.id}.${choice.id} → ${href}: the answer is not in the link`);
        }
      }
      expect(links).toBeGreaterThan(Object.keys(content.questions).length * 2);
      expect(broken).toEqual([]);
    });
  }
});
