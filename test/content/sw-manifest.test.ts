import { describe, expect, it } from 'vitest';
import { swManifest } from '../../scripts/content-plugin/service-worker.ts';

const build = (over: Record<string, string> = {}) =>
  new Map<string, string | Uint8Array>(
    Object.entries<string | Uint8Array>({
      'index.html': '<root>',
      'en/index.html': '<start>',
      'en/q/scope/index.html': '<scope>',
      'assets/index-abc.js': 'code',
      'favicon.svg': new TextEncoder().encode('<svg/>'),
      'sw.js': 'self',
      '404.html': '<404>',
      'embed.js': 'host',
      ...over,
    }),
  );

describe('the service worker manifest', () => {
  it('lists every page by its folder URL and every asset, but not sw.js, 404.html or embed.js', () => {
    expect(swManifest(build()).files).toEqual(['assets/index-abc.js', 'en/', 'en/q/scope/', 'favicon.svg', './']);
  });

  it('gets a new version when any precached file changes, and only then', () => {
    const v = swManifest(build()).version;
    expect(swManifest(build()).version).toBe(v);
    expect(swManifest(build({ 'en/q/scope/index.html': '<scope v2>' })).version).not.toBe(v);
    expect(swManifest(build({ 'assets/index-def.js': 'more' })).version).not.toBe(v);
    expect(swManifest(build({ '404.html': '<other 404>' })).version).toBe(v);
  });
});
