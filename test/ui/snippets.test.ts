/**
 * The embed snippets, checked against what each tool accepts: parsed as HTML
 * (attributes a browser reads back), the MediaWiki tag our extension parses,
 * and the bare https URL Notion's /embed takes.
 */
import { describe, expect, it } from 'vitest';
import { attr, clampHeight, embedUrl, snippet, type EmbedOptions, type SnippetFormat } from '../../src/embed/snippets.ts';

const base: EmbedOptions = {
  appRoot: 'https://triage.example.com/tools/triage500/',
  step: '/en/q/scope/?a=after-change.no~pattern.every-time',
  lang: 'en',
  theme: 'dark',
  height: 640,
};

const text = (format: SnippetFormat, o: Partial<EmbedOptions> = {}) => {
  const s = snippet(format, { ...base, ...o });
  if (s.status !== 'ok') throw new Error(`${format}: ${s.reason}`);
  return s.text;
};

/** Parses HTML the way the wiki's browser will. */
const parse = (html: string) => {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...doc.body.children];
};

describe('embedUrl', () => {
  it('keeps the step and its answers, in the chosen language, with embed=1 and the theme', () => {
    const url = new URL(embedUrl(base) ?? '');
    expect(url.origin + url.pathname).toBe('https://triage.example.com/tools/triage500/en/q/scope/');
    expect(url.searchParams.get('a')).toBe('after-change.no~pattern.every-time');
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.search).toContain('a=after-change.no~pattern.every-time'); // readable, not %7E
  });

  it('switches the language segment, starts at the beginning, and leaves the theme out for "auto"', () => {
    expect(embedUrl({ ...base, lang: 'ko' })).toBe(
      'https://triage.example.com/tools/triage500/ko/q/scope/?a=after-change.no~pattern.every-time&embed=1&theme=dark',
    );
    expect(embedUrl({ ...base, step: '/', theme: 'system' })).toBe('https://triage.example.com/tools/triage500/en/?embed=1');
    expect(embedUrl({ ...base, step: '/ko/', lang: 'en', theme: 'light' })).toBe('https://triage.example.com/tools/triage500/en/?embed=1&theme=light');
  });

  it('replaces frame parameters the step already had instead of repeating them', () => {
    const url = new URL(embedUrl({ ...base, step: '/en/cause/disk-full/?a=x.y&embed=1&theme=light&fixed=1' }) ?? '');
    expect(url.searchParams.getAll('embed')).toEqual(['1']);
    expect(url.searchParams.getAll('theme')).toEqual(['dark']);
    expect(url.searchParams.get('fixed')).toBe('1');
  });

  it('accepts a root without a trailing slash, and refuses anything but http(s)', () => {
    expect(embedUrl({ ...base, appRoot: 'https://triage.example.com/tools/triage500', step: '/' })).toBe(
      'https://triage.example.com/tools/triage500/en/?embed=1&theme=dark',
    );
    expect(embedUrl({ ...base, appRoot: 'javascript:alert(1)//' })).toBeNull();
    expect(snippet('html', { ...base, appRoot: 'not a url' })).toEqual({ status: 'unavailable', format: 'html', reason: 'bad-root' });
  });
});

describe('plain HTML', () => {
  it('is one iframe marked for the host script, and the host script from the same root', () => {
    const [frame, script, ...rest] = parse(text('html'));
    expect(rest).toEqual([]);
    expect(frame?.tagName).toBe('IFRAME');
    expect(frame?.hasAttribute('data-triage500')).toBe(true);
    expect(frame?.getAttribute('src')).toBe(embedUrl(base));
    expect(frame?.getAttribute('title')).toBe('Triage500');
    expect(frame?.getAttribute('style')).toContain('height:640px');
    expect(script?.tagName).toBe('SCRIPT');
    expect(script?.getAttribute('src')).toBe('https://triage.example.com/tools/triage500/embed.js');
  });

  it('escapes attribute values so a URL cannot close the attribute', () => {
    const html = text('html', { step: '/en/q/scope/?a=x"><script>alert(1)</script>' });
    expect(html).not.toContain('"><script>alert');
    const [frame, script, ...rest] = parse(html);
    expect(rest).toEqual([]);
    expect(frame?.children).toHaveLength(0);
    expect(frame?.getAttribute('src')).toBe(embedUrl({ ...base, step: '/en/q/scope/?a=x"><script>alert(1)</script>' }));
    expect(script?.getAttribute('src')).toMatch(/embed\.js$/);
  });

  it('escapes the four characters that matter in a quoted attribute', () => {
    expect(attr('a"b<c>d&e')).toBe('a&quot;b&lt;c&gt;d&amp;e');
    expect(text('html')).toContain('&amp;embed=1&amp;theme=dark"');
  });

  it('clamps the height to something a frame can show', () => {
    expect(text('html', { height: 50 })).toContain('height:300px');
    expect(text('html', { height: 99999 })).toContain('height:2000px');
    expect(clampHeight(Number.NaN)).toBe(600);
  });
});

describe('Confluence', () => {
  it('is a single iframe with a fixed height and no script (Confluence Cloud runs none)', () => {
    const html = text('confluence');
    expect(html).not.toMatch(/<script/i);
    const [frame, ...rest] = parse(html);
    expect(rest).toEqual([]);
    expect(frame?.tagName).toBe('IFRAME');
    expect(frame?.getAttribute('src')).toBe(embedUrl(base));
    expect(frame?.getAttribute('width')).toBe('100%');
    expect(frame?.getAttribute('height')).toBe('640');
    expect(frame?.getAttribute('title')).toBe('Triage500');
  });
});

describe('MediaWiki', () => {
  it('is the <triage500> tag of docs/mediawiki/Triage500.php with src and height', () => {
    const tag = text('mediawiki', { height: 720 });
    const m = /^<triage500 src="([^"<>]*)" height="(\d+)" \/>$/.exec(tag);
    expect(m, tag).not.toBeNull();
    // MediaWiki decodes entities in tag attributes, as a browser would.
    const [el] = parse(`<span data-src="${m?.[1] ?? ''}"></span>`);
    expect(el?.getAttribute('data-src')).toBe(embedUrl(base));
    expect(m?.[2]).toBe('720');
  });
});

describe('Notion', () => {
  it('is the bare absolute https URL of the step for the /embed block', () => {
    const url = text('notion');
    expect(url).toBe(embedUrl(base));
    expect(new URL(url).protocol).toBe('https:');
    expect(url).not.toMatch(/\s|</);
  });

  it('is unavailable when the app is not served over https (Notion will not frame it)', () => {
    expect(snippet('notion', { ...base, appRoot: 'http://127.0.0.1:4173/' })).toEqual({ status: 'unavailable', format: 'notion', reason: 'needs-https' });
  });
});
