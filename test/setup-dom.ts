import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import full from 'virtual:triage500/content';
import { setFullContent } from '../src/content/content.ts';
import { strings } from '../src/i18n/all-strings.ts';
import { registerStrings } from '../src/i18n/strings.ts';
import { causePage } from '../src/routes/cause-view.tsx';
import { notFoundPage } from '../src/routes/not-found.tsx';

// In tests every language, every cause's details and the cause and not-found
// pages are there from the start (the browser loads them in pieces; test/e2e covers that).
setFullContent(full);
registerStrings(strings);
await Promise.all([causePage.preload(), notFoundPage.preload()]);

// findBy* waits for lazy chunks and the analyzer; on a busy machine that can take seconds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
