/**
 * Prerendering (build time, Node): renders each step to HTML so the page shows
 * its question or cause before any JavaScript runs, and its links work with
 * JavaScript off. scripts/prerender.ts calls `render` for every static page
 * the content plugin wrote; src/main.tsx hydrates what it finds.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import full from 'virtual:triage500/content';
import { AppRoutes } from './app.tsx';
import { setFullContent } from './content/content.ts';
import { strings } from './i18n/all-strings.ts';
import { registerStrings } from './i18n/strings.ts';
import { preloadAllPages } from './routes/page-code.ts';

setFullContent(full);
registerStrings(strings);

/**
 * The app's HTML at `url` (a path from the app root, e.g. "/en/q/scope/"), lazy
 * parts included. A lazy part that is still loading would be streamed with an
 * inline <script> to swap it in, which the page's CSP forbids: render again
 * until every lazy part was there from the start.
 */
export async function render(url: string): Promise<string> {
  await preloadAllPages();
  for (let attempt = 0; attempt < 5; attempt++) {
    const html = await renderOnce(url);
    if (!/<script\b|<template\b/i.test(html)) return html;
  }
  throw new Error(`${url}: the prerendered HTML still needs inline script after 5 renders`);
}

async function renderOnce(url: string): Promise<string> {
  // The same tree as src/main.tsx renders (never embedded when prerendered).
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={url}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
    // Never outline a large boundary (the map) to stream it with an inline script.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const reader = prelude.getReader();
  const decoder = new TextDecoder();
  let html = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    html += decoder.decode(value, { stream: true });
  }
  return html + decoder.decode();
}
