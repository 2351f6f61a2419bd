import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { triageContent } from './scripts/vite-content-plugin.ts';

// base './' keeps every asset URL relative, so one build can be served from
// any sub-path; the content plugin writes one HTML file per step.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), triageContent({ base404: process.env.BASE_PATH ?? '/' })],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser we target knows <link rel=modulepreload>: keep the links, drop the polyfill.
    modulePreload: { polyfill: false },
    // The framework in one chunk (every page needs all of it): one request, and
    // it compresses better than the shared fragments the bundler would cut.
    // The engine and route pieces every page loads first in one chunk too: fewer requests and imports than many tiny shared chunks.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules/ },
            {
              name: 'core',
              test: /src[\\/](?:engine[\\/](?:types|result|choices|graph|path-codec|resolve|trail|tried)|routes[\\/](?:hrefs|log-context))\.ts$/,
            },
            // The question page and the answer parts it shares with the several-answers view: one chunk, not two.
            { name: 'question-view', test: /src[\\/]routes[\\/](?:question-view|answer-parts)\.tsx$/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/{engine,content,knowledge,ui,routes,lint}/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup-dom.ts'],
          // A safety net against hangs, not a speed check: a busy machine must not fail a correct test.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
