/** The real content: every path works, every cause is complete, every string in both languages. */
import { describe, expect, it } from 'vitest';
import { allPaths, resolveStep, shortestPaths, encodePath, remaining } from '../../src/engine/index.ts';
import { FAMILY_IDS, LANGS, PHASES, type LocalizedText } from '../../src/engine/types.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const causes = Object.values(content.causes);
const questions = Object.values(content.questions);

describe('content', () => {
  it('has at least 20 leaf causes covering all six families', () => {
    expect(causes.length).toBeGreaterThanOrEqual(20);
    expect(new Set(causes.map((c) => c.family))).toEqual(new Set(FAMILY_IDS));
  });

  it('walks every root-to-cause path to its cause', () => {
    let n = 0;
    const reached = new Set<string>();
    for (const path of allPaths(content)) {
      n++;
      const r = resolveStep(content, { kind: 'cause', id: path.cause.id }, encodePath(path.pairs));
      expect(r.status, encodePath(path.pairs)).toBe('ok');
      reached.add(path.cause.id);
    }
    expect(n).toBeGreaterThan(causes.length);
    expect(reached).toEqual(new Set(causes.map((c) => c.id)));
  });

  it('reaches every question and cause from the start', () => {
    const shortest = shortestPaths(content);
    for (const id of [...Object.keys(content.questions), ...Object.keys(content.causes)]) expect(shortest.has(id), id).toBe(true);
  });

  it('offers "I\'m not sure" with a way to find out on every question, and it still moves forward', () => {
    for (const q of questions) {
      expect(q.unsure.how.en.length, q.id).toBeGreaterThan(20);
      expect(q.unsure.next).not.toBe(q.id);
    }
    // Answering "not sure" to everything still ends at a cause.
    const pairs = [];
    let at: string = content.root;
    for (let i = 0; i < 20 && content.questions[at]; i++) {
      pairs.push({ question: at, answer: 'unsure' });
      at = content.questions[at]!.unsure.next;
    }
    expect(content.causes[at]).toBeDefined();
    expect(resolveStep(content, { kind: 'cause', id: at }, encodePath(pairs)).status).toBe('ok');
  });

  it('asks the mid-incident questions: change, scope, pattern, load, restart, error log', () => {
    for (const id of ['after-change', 'scope', 'pattern', 'under-load', 'restart-helps', 'log-everything']) {
      expect(content.questions[id], id).toBeDefined();
    }
    expect(remaining(content, content.root).max).toBeLessThanOrEqual(8);
  });

  it('gives every cause symptoms, log lines, why, and all four remedy phases in order', () => {
    for (const c of causes) {
      expect(c.symptoms.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.logLines.length, c.id).toBeGreaterThanOrEqual(2);
      for (const phase of PHASES) expect(c.remedy[phase].length, `${c.id}.${phase}`).toBeGreaterThanOrEqual(1);
      const commands = PHASES.flatMap((p) => c.remedy[p].flatMap((s) => s.commands ?? []));
      expect(commands.length, `${c.id} has commands`).toBeGreaterThan(0);
      // The confirm phase says where to look: at least one command.
      expect(c.remedy.confirm.flatMap((s) => s.commands ?? []).length, `${c.id} confirm commands`).toBeGreaterThan(0);
    }
  });

  it('has commands for every stack the guide promises', () => {
    const stacks = new Set(causes.flatMap((c) => PHASES.flatMap((p) => c.remedy[p].flatMap((s) => (s.commands ?? []).map((x) => x.stack)))));
    for (const s of ['nginx', 'apache', 'php-fpm', 'node', 'python', 'java', 'dotnet', 'kubernetes']) expect(stacks, s).toContain(s);
  });

  it('covers the article: logs first, restart as stop-gap, expert help, backups, staging, monitoring, CI/CD, community, status codes', () => {
    const g = content.guide;
    const text = JSON.stringify(g).toLowerCase();
    for (const word of ['log', 'restart', 'expert', 'backup', 'staging', 'monitoring', 'ci/cd', 'communit', 'release notes']) {
      expect(text, word).toContain(word);
    }
    expect(g.primer.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['2xx', '4xx', '500', '502', '503', '504']));
  });

  it('has every text in every language, and the Korean is not a copy of the English', () => {
    const texts: LocalizedText[] = [];
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (typeof v === 'object' && v !== null) {
        const keys = Object.keys(v);
        if (keys.length === 2 && keys.includes('en') && keys.includes('ko')) texts.push(v as LocalizedText);
        else Object.values(v).forEach(collect);
      }
    };
    collect(content);
    expect(texts.length).toBeGreaterThan(500);
    let untranslated = 0;
    for (const t of texts) {
      for (const lang of LANGS) expect(t[lang].trim().length).toBeGreaterThan(0);
      // Labels that are only log messages or product names may stay the same; prose must not.
      if (t.en === t.ko && t.en.split(' ').length > 12) untranslated++;
    }
    expect(untranslated).toBe(0);
    const hangul = texts.filter((t) => /[\uac00-\ud7a3]/.test(t.ko)).length;
    expect(hangul / texts.length).toBeGreaterThan(0.85);
  });
});
