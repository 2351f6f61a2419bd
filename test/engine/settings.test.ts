/** Content settings the engine reads: answer evidence and site settings, validated with every problem named. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/engine/validate.ts';
import { rawFiles, realContent } from '../helpers/load.ts';

const content = realContent();

describe('evidence in content', () => {
  it('content:check rejects evidence for something that is neither a family nor a cause', () => {
    const files = rawFiles(resolve(import.meta.dirname, '../../content')).map((f) =>
      f.path === 'questions/under-load.json'
        ? {
            ...f,
            data: {
              ...(f.data as object),
              answers: [{ id: 'yes', label: { en: 'Y', ko: '예' }, next: 'restart-helps', evidence: [{ target: 'gremlins', weight: 2 }] }],
            },
          }
        : f,
    );
    const result = validateContent(files);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((i) => `${i.code} ${i.at}`)).toContain('DANGLING_REF under-load.answers[0].evidence[0].target');
  });
});

describe('site settings', () => {
  const withSite = (site: unknown) => [
    ...rawFiles(resolve(import.meta.dirname, '../../content')).filter((f) => f.path !== 'site.json'),
    { path: 'site.json', data: site },
  ];

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

  it('accepts a list of parent origins for the embed messages, and rejects anything that is not an origin', () => {
    const good = validateContent(withSite({ schemaVersion: 1, embed: { parentOrigins: ['https://wiki.example.com', 'http://localhost:8080'] } }));
    expect(good.ok && good.value.site.embed).toEqual({ parentOrigins: ['https://wiki.example.com', 'http://localhost:8080'] });
    // Without it: no list, so messages go to any parent.
    expect(content.site.embed).toBeUndefined();
    for (const origin of [
      '*',
      'https://wiki.example.com/',
      'https://wiki.example.com/page',
      'wiki.example.com',
      'javascript:alert(1)',
      'https://Wiki.Example.com',
      'https://wiki.example.com:443',
      'https://wiki.example.com?x',
    ]) {
      const result = validateContent(withSite({ schemaVersion: 1, embed: { parentOrigins: [origin] } }));
      expect(result.ok, origin).toBe(false);
      if (!result.ok) expect(new Set(result.error.map((i) => `${i.file} ${i.code}`))).toEqual(new Set(['site.json SCHEMA']));
    }
    for (const bad of [{ parentOrigins: [] }, { origins: ['https://wiki.example.com'] }, { parentOrigins: 'https://wiki.example.com' }]) {
      expect(validateContent(withSite({ schemaVersion: 1, embed: bad })).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});
