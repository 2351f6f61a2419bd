import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import full from 'virtual:triage500/content';
import { setFullContent } from '../src/content/content.ts';
import { strings } from '../src/i18n/all-strings.ts';
import { registerStrings } from '../src/i18n/strings.ts';
import { preloadAllPages } from '../src/routes/page-code.ts';

// In tests every language, every cause's details and every page's code are
// there from the start (the browser loads them in pieces; test/e2e covers that).
setFullContent(full);
registerStrings(strings);
await preloadAllPages();

// findBy* waits for lazy chunks and the analyzer; on a busy machine that can take seconds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
