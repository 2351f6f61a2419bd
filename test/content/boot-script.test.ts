/**
 * The boot script every page runs first (scripts/content-plugin/boot-script.ts):
 * given the address as typed, it rewrites it to the path it means, or leaves it.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, BOOT_SCRIPT_HASH } from '../../scripts/content-plugin/boot-script.ts';

/** Runs the script against a fake location; the address it rewrites to, or null. */
function tidy(pathname: string, search = '', hash = ''): string | null {
  let out: string | null = null;
  const history = { state: { key: 'k' }, replaceState: (state: unknown, _t: string, url: string) => {
    expect(state).toEqual({ key: 'k' });
    out = url;
  } };
  runInNewContext(BOOT_SCRIPT, { location: { pathname, search, hash }, history });
  return out;
}

describe('the boot script', () => {
  it.each([
    ['/en//q//scope/', '/en/q/scope/'],
    ['//en/q/scope//', '/en/q/scope/'],
    ['/en/q/scope/index.html', '/en/q/scope/'],
    ['/index.html', '/'],
    ['/%65n/', '/en/'],
    ['/%6B%6F/q/scope/', '/ko/q/scope/'],
    ['/en%2Fq%2Fscope/', '/en/q/scope/'],
    ['/en%2f%2fq/scope/', '/en/q/scope/'],
    ['/wiki//triage500/en/log/', '/wiki/triage500/en/log/'],
    // Never a protocol-relative address: a host name cannot sneak in.
    ['/%2F%2Fevil.example/', '/evil.example/'],
  ])('%s → %s', (from, to) => {
    expect(tidy(from)).toBe(to);
  });

  it('keeps the query and the fragment', () => {
    expect(tidy('/en//q/scope/', '?a=after-change.no&embed=1', '#main')).toBe('/en/q/scope/?a=after-change.no&embed=1#main');
  });

  it.each(['/en/q/scope/', '/', '/ko/cause/disk-full/', '/en/q/%E0%A4/', '/en/q/a%3Fb/', '/en/q/%25/'])('leaves %s as it is', (path) => {
    expect(tidy(path)).toBeNull();
  });

  it('never throws, even where the history refuses (a sandboxed frame)', () => {
    const history = { state: null, replaceState: () => { throw new Error('SecurityError'); } };
    expect(() => {
      runInNewContext(BOOT_SCRIPT, { location: { pathname: "/en//", search: "", hash: "" }, history });
    }).not.toThrow();
  });

  it('is allowed by a hash of exactly its text', () => {
    expect(BOOT_SCRIPT_HASH).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});
