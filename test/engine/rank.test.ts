import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allPaths, remaining } from '../../src/engine/graph.ts';
import { endedByRanking, rankCauses, rankedChoices, unsureNext } from '../../src/engine/rank.ts';
import { resolveStep, walk, type TrailStep } from '../../src/engine/resolve.ts';
import { lookup } from '../../src/engine/result.ts';
import { UNSURE, type Content } from '../../src/engine/types.ts';
import { formatShare } from '../../src/engine/share.ts';
import { validateContent } from '../../src/engine/validate.ts';
import { rawFiles, realContent } from '../helpers/load.ts';
import { resolve } from 'node:path';

const content = realContent();
const ids = (trail: readonly TrailStep[], opts = {}) => rankCauses(content, trail, opts).map((r) => r.cause.id);
const pairs = (s: string) =>
  s.split('~').map((p) => {
    const [question = '', answer = ''] = p.split('.');
    return { question, answer };
  });

describe('ranking causes', () => {
  it('ranks every cause, confidences summing to 1, best first', () => {
    const ranked = rankCauses(content, walk(content, pairs('after-change.no~pattern.sometimes~under-load.yes')).trail);
    expect(ranked).toHaveLength(Object.keys(content.causes).length);
    expect(ranked.reduce((s, r) => s + r.confidence, 0)).toBeCloseTo(1, 9);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    // Errors that grow with traffic point to resource exhaustion, wherever it sits in the tree.
    expect(ranked[0]!.cause.family).toBe('resource-exhaustion');
    expect(ranked[0]!.for.some((r) => r.kind === 'answer' && r.question.id === 'under-load')).toBe(true);
  });

  it('explains each cause: the answers for it and those against it', () => {
    const { trail } = walk(content, pairs('after-change.yes~log-after-change.permission~perm-which.write-denied'));
    const ranked = rankCauses(content, trail);
    expect(ranked[0]!.cause.id).toBe('unwritable-storage');
    const sibling = ranked.find((r) => r.cause.id === 'selinux-apparmor')!;
    expect(sibling.against.map((r) => (r.kind === 'answer' ? r.question.id : r.kind))).toContain('perm-which');
    const deploy = ranked.find((r) => r.cause.family === 'deployment-artifact')!;
    expect(deploy.for.map((r) => (r.kind === 'answer' ? r.question.id : r.kind))).toContain('after-change');
    expect(deploy.against.map((r) => (r.kind === 'answer' ? r.question.id : r.kind))).toContain('log-after-change');
  });

  it('"I\'m not sure" adds no evidence', () => {
    const before = walk(content, pairs('after-change.no')).trail;
    const after = walk(content, pairs('after-change.no~pattern.unsure')).trail;
    expect(rankCauses(content, after).map((r) => [r.cause.id, r.score])).toEqual(rankCauses(content, before).map((r) => [r.cause.id, r.score]));
  });

  it('a pasted log weighs in for its cause', () => {
    const { trail } = walk(content, pairs('after-change.no'));
    expect(ids(trail, { log: 'disk-full' })[0]).toBe('disk-full');
    expect(ids(trail, { log: 'not-a-cause' })).toEqual(ids(trail));
  });

  it('is deterministic: the same answers give the same ranking, whatever order the content was loaded in', () => {
    const { trail } = walk(content, pairs('after-change.no~pattern.every-time~scope.unsure'));
    const reversed: Content = { ...content, causes: Object.fromEntries(Object.entries(content.causes).reverse()) };
    const once = ids(trail);
    expect(ids(trail)).toEqual(once);
    expect(rankCauses(reversed, trail).map((r) => r.cause.id)).toEqual(once);
  });

  it('for every leaf cause there is a path whose top-ranked cause is that leaf', () => {
    const best = new Map<string, boolean>();
    for (const { pairs: path } of allPaths(content)) {
      const walked = walk(content, path);
      const top = rankCauses(content, walked.trail)[0]!.cause.id;
      if (top === walked.at.id) best.set(top, true);
    }
    expect(Object.keys(content.causes).filter((id) => !best.get(id))).toEqual([]);
  });

  it('"I\'m not sure" at any question still reaches a ranked result', () => {
    for (const id of Object.keys(content.questions)) {
      // Reach the question by its first path, then answer "not sure" to it and every question after.
      const path = [...allPaths(content)].find((p) => p.pairs.some((s) => s.question === id))!.pairs;
      const prefix = path.slice(0, path.findIndex((s) => s.question === id));
      let { trail, at } = walk(content, prefix);
      for (let guard = 0; at.kind === 'question' && guard < 64; guard++) {
        const choice = rankedChoices(content, trail, at).find((c) => c.unsure)!;
        trail = [...trail, { question: at, choice }];
        at = lookup(content.questions, choice.next) ?? lookup(content.causes, choice.next)!;
      }
      expect(at.kind, `not sure from ${id}`).toBe('cause');
      const ranked = rankCauses(content, trail);
      expect(ranked.length).toBe(Object.keys(content.causes).length);
      // The page for that cause opens from the same answers.
      const url = trail.map((s) => `${s.question.id}.${s.choice.id}`).join('~');
      expect(resolveStep(content, { kind: 'cause', id: at.id }, url).status, url).toBe('ok');
    }
  });

  it('"not sure" on a last question goes to the best-ranked cause it could lead to; the author\'s choice wins ties', () => {
    const q = content.questions['resource-which']!;
    const quiet = walk(content, pairs('after-change.no~pattern.sometimes~under-load.yes~restart-helps.unsure~log-load.resource')).trail;
    expect(unsureNext(content, quiet, q)).toBe(q.unsure.next);
    const leaking = walk(content, pairs('after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource')).trail;
    const next = unsureNext(content, leaking, q);
    expect(ids(leaking).filter((id) => q.answers.some((a) => a.next === id))[0]).toBe(next);
    // A link built that way opens; one that lands outside the question does not.
    const base = 'after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.unsure';
    expect(resolveStep(content, { kind: 'cause', id: next }, base).status).toBe('ok');
    expect(resolveStep(content, { kind: 'cause', id: 'database-down' }, base).status).toBe('invalid');
    expect(rankedChoices(content, leaking, q).find((c) => c.id === UNSURE)?.next).toBe(next);
    // The result page can tell: the ranking chose this cause, not an answer.
    expect(endedByRanking(content, walk(content, pairs(base)).trail)).toBe(true);
    expect(endedByRanking(content, walk(content, pairs(base.replace('resource-which.unsure', 'resource-which.disk'))).trail)).toBe(false);
    // "Not sure" that leads to another question is the author's route, not the ranking's.
    expect(endedByRanking(content, walk(content, pairs('after-change.unsure')).trail)).toBe(false);
  });
});

describe('honest progress', () => {
  it('never moves backwards after a forward step, on any path', () => {
    for (const { pairs: path } of allPaths(content)) {
      let last = -1;
      for (let i = 0; i < path.length; i++) {
        const { at } = walk(content, path.slice(0, i));
        const left = remaining(content, at.id);
        const fraction = i / (i + left.max);
        expect(fraction).toBeGreaterThanOrEqual(last);
        last = fraction;
      }
    }
  });
});

describe('evidence in content', () => {
  it('content:check rejects evidence for something that is neither a family nor a cause', () => {
    const files = rawFiles(resolve(import.meta.dirname, '../../content')).map((f) =>
      f.path === 'questions/under-load.json'
        ? { ...f, data: { ...(f.data as object), answers: [{ id: 'yes', label: { en: 'Y', ko: '예' }, next: 'restart-helps', evidence: [{ target: 'gremlins', weight: 2 }] }] } }
        : f,
    );
    const result = validateContent(files);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((i) => `${i.code} ${i.at}`)).toContain('DANGLING_REF under-load.answers[0].evidence[0].target');
  });
});

describe('site settings', () => {
  const withSite = (site: unknown) => [...rawFiles(resolve(import.meta.dirname, '../../content')).filter((f) => f.path !== 'site.json'), { path: 'site.json', data: site }];

  it('defaults to no contacts and no beacon', () => {
    expect(content.site).toEqual({ escalation: { contacts: [] }, beacon: null });
  });

  it('accepts contacts and a beacon URL, and rejects links that could run script', () => {
    const good = validateContent(
      withSite({
        schemaVersion: 1,
        escalation: { team: { en: 'SRE', ko: 'SRE' }, contacts: [{ kind: 'pager', label: { en: 'Page', ko: '호출' }, url: 'https://pager.example/sre' }] },
        beacon: '/collect',
      }),
    );
    expect(good.ok && good.value.site.beacon).toBe('/collect');
    for (const bad of [
      { schemaVersion: 1, escalation: { contacts: [{ kind: 'chat', label: { en: 'x', ko: 'x' }, url: 'javascript:alert(1)' }] } },
      { schemaVersion: 1, beacon: 'javascript:alert(1)' },
      { schemaVersion: 1, beacon: '//evil.example/collect' },
      { schemaVersion: 1, escalation: { contacts: [{ kind: 'chat', label: { en: 'x' }, url: 'https://x.example' }] } },
    ]) {
      const result = validateContent(withSite(bad));
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) expect(result.error.every((i) => i.file === 'site.json')).toBe(true);
    }
  });
});

describe('ranking, on any walk', () => {
  it('is total, deterministic and a proper distribution for any answers, unsure and log hint included', () => {
    const causeIds = Object.keys(content.causes);
    // A walk: at each question, an index into its choices (the last one is "I'm not sure").
    const walkArb = fc.record({ picks: fc.array(fc.nat(), { maxLength: 20 }), log: fc.option(fc.constantFrom(...causeIds, 'nope', '__proto__'), { nil: null }) });
    fc.assert(
      fc.property(walkArb, ({ picks, log }) => {
        let trail: TrailStep[] = [];
        let at: string = content.root;
        for (const pick of picks) {
          const q = content.questions[at];
          if (!q) break;
          const choices = rankedChoices(content, trail, q, { log });
          const choice = choices[pick % choices.length]!;
          trail = [...trail, { question: q, choice }];
          at = choice.next;
        }
        const once = rankCauses(content, trail, { log });
        const again = rankCauses(content, trail, { log });
        expect(again.map((r) => [r.cause.id, r.score])).toEqual(once.map((r) => [r.cause.id, r.score]));
        expect(once).toHaveLength(causeIds.length);
        expect(once.reduce((s, r) => s + r.confidence, 0)).toBeCloseTo(1, 9);
        for (let i = 1; i < once.length; i++) expect(once[i - 1]!.score).toBeGreaterThanOrEqual(once[i]!.score);
        // Wherever the walk ends on a cause, its page opens from those answers.
        if (content.causes[at]) {
          const url = trail.map((s) => `${s.question.id}.${s.choice.id}`).join('~');
          expect(resolveStep(content, { kind: 'cause', id: at }, url).status).toBe('ok');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('shares as people read them', () => {
  it('rounds to whole percent and never shows a small share as 0%', () => {
    expect(formatShare(0.614)).toBe('61%');
    expect(formatShare(0.004)).toBe('<1%');
    expect(formatShare(0.998)).toBe('>99%');
    expect(formatShare(1)).toBe('100%');
  });
});
