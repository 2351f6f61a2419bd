import { describe, expect, it, vi } from 'vitest';
import { safeStorage } from '../../src/store/safe-storage.ts';
import { basenameFor as basenameFrom } from '../../src/routes/basename.ts';
import { langHref, preferredLang } from '../../src/routes/hrefs.ts';

describe('safe storage', () => {
  it('falls back to memory when the browser blocks storage, and never throws', () => {
    const spy = vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const storage = safeStorage();
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
    spy.mockRestore();
  });

  it('uses localStorage when it is there', () => {
    safeStorage().setItem('k2', 'v2');
    expect(localStorage.getItem('k2')).toBe('v2');
  });
});

describe('saved preferences', () => {
  const fresh = async () => {
    vi.resetModules();
    return (await import('../../src/store/preferences.ts')).usePreferences;
  };

  it('keeps the valid ones, drops the rest, and saves every change in the same shape', async () => {
    localStorage.setItem('triage500:preferences', JSON.stringify({ state: { theme: 'dark', stack: 'cobol', lang: 'ko' }, version: 1 }));
    const prefs = await fresh();
    expect(prefs.getState()).toEqual({ theme: 'dark', stack: 'all', lang: 'ko' });
    prefs.setState({ stack: 'nginx' });
    expect(JSON.parse(localStorage.getItem('triage500:preferences') ?? '')).toEqual({ state: { theme: 'dark', stack: 'nginx', lang: 'ko' }, version: 1 });
  });

  it('starts from the defaults when what is stored is unreadable or of another version', async () => {
    for (const stored of ['{not json', JSON.stringify({ state: { theme: 'dark' }, version: 2 }), '42']) {
      localStorage.setItem('triage500:preferences', stored);
      expect((await fresh()).getState()).toEqual({ theme: 'system', stack: 'all', lang: null });
    }
  });
});

describe('language choice', () => {
  it('prefers the remembered language, then the browser, then English', () => {
    expect(preferredLang('ko', ['en-US'])).toBe('ko');
    expect(preferredLang(null, ['fr-FR', 'ko-KR', 'en'])).toBe('ko');
    expect(preferredLang(null, ['fr-FR'])).toBe('en');
  });

  it('switches language without losing the step or the answers', () => {
    expect(langHref('/en/q/scope/', '?a=after-change.no', 'ko')).toBe('/ko/q/scope/?a=after-change.no');
    expect(langHref('/en/', '', 'ko')).toBe('/ko/');
  });
});

describe('base path', () => {
  it('finds the app root from the page, at the root or under any sub-path', () => {
    expect(basenameFrom('http://h/en/q/scope/', '../../../')).toBe('/');
    expect(basenameFrom('http://h/wiki/tool/ko/cause/disk-full/?a=x', '../../../')).toBe('/wiki/tool');
    expect(basenameFrom('http://h/wiki/tool/', './')).toBe('/wiki/tool');
    expect(basenameFrom('http://h/anything/deep/', '/docs/t/')).toBe('/docs/t');
  });
});
