/**
 * Builds the floor app (see main.tsx) with the same Vite, React plugin and
 * target as the app, into bench/.out/floor (or --outDir). Like the app, it
 * writes one HTML file per step (q/first/, q/second/) so a static server
 * with no rewrites serves it.
 */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const STEPS = ['q/first/', 'q/second/'];

function perStepHtml(): Plugin {
  return {
    name: 'floor-per-step-html',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset' || typeof index.source !== 'string') return;
      for (const step of STEPS) this.emitFile({ type: 'asset', fileName: `${step}index.html`, source: index.source });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  plugins: [react(), perStepHtml()],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    outDir: resolve(import.meta.dirname, '../.out/floor'),
    emptyOutDir: true,
  },
});
