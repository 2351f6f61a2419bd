import { describe, expect, it } from 'vitest';
import { CONTENT_PARTS, PAGE_PARTS, mergeInto, pageKindOf, splitContent } from '../../src/content/parts.ts';
import { LANGS } from '../../src/engine/types.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();

/** Every `{ en, ko }` text in a value, by path. */
function texts(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  if (LANGS.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')) return [path];
  return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

describe('content in parts', () => {
  const { tree, parts } = splitContent(content);

  it('put back together, the tree and its parts are the whole content a page can show', () => {
    const whole = CONTENT_PARTS.reduce<unknown>((acc, part) => mergeInto(acc, structuredClone(parts[part])), structuredClone(tree));
    const { signatures: _signatures, knowledge: _knowledge, causes, ...rest } = content;
    expect(whole).toEqual({
      ...rest,
      causes: Object.fromEntries(
        Object.values(causes).map((c) => [c.id, { kind: c.kind, id: c.id, family: c.family, title: c.title, summary: c.summary }]),
      ),
    });
  });

  it('the tree carries no question, cause or guide text: only family names and site settings', () => {
    expect(texts(tree).filter((p) => !p.startsWith('families.') && !p.startsWith('site.'))).toEqual([]);
  });

  it('no text is in two parts, and the question texts are not in the first question\'s… start page', () => {
    const seen = new Map<string, string>();
    for (const part of CONTENT_PARTS) {
      for (const path of texts(parts[part])) {
        expect(seen.get(path), `${path} in ${part}`).toBeUndefined();
        seen.set(path, part);
      }
    }
    expect(texts(parts.questions).length).toBeGreaterThan(Object.keys(content.questions).length * 3);
    expect(PAGE_PARTS.start).not.toContain('questions');
    expect(PAGE_PARTS.question).not.toContain('causes');
    expect(PAGE_PARTS.question).not.toContain('questions');
  });

  it('knows each page by its path', () => {
    expect(pageKindOf(['en'])).toBe('start');
    expect(pageKindOf(['ko', 'q', 'scope'])).toBe('question');
    expect(pageKindOf(['en', 'cause', 'disk-full'])).toBe('cause');
    expect(pageKindOf(['en', 'map'])).toBe('map');
    expect(pageKindOf(['en', 'log'])).toBe('log');
    expect(pageKindOf(['en', 'search'])).toBe('search');
    expect(pageKindOf(['en', 'q'])).toBe('other');
    expect(pageKindOf(['en', 'map', 'x'])).toBe('other');
    expect(pageKindOf(['en', 'q', 'scope', 'more'])).toBe('other');
    expect(pageKindOf(['en', 'nope'])).toBe('other');
  });
});
