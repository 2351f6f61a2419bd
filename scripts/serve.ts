/**
 * npm start (after a quiet build, scripts/start.ts) / npm run preview: serves dist/ like any static host — files only,
 * no rewrite rules, 404.html for unknown paths. PORT (default 4173), HOST
 * (default 127.0.0.1) and BASE_PATH (default "/", e.g. "/wiki/triage500/") apply.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { MIME_TYPES } from './mime-types.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

function fileFor(urlPath: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return null;
  }
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null;
  if (!existsSync(full)) return null;
  if (statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  return full;
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A folder without its trailing slash: redirect, as static hosts do.
  const file = fileFor(url.pathname);
  if (!url.pathname.endsWith('/') && (file === null || file.endsWith(`${sep}index.html`)) && fileFor(`${url.pathname}/`)) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  const hashed = body.includes(`${sep}assets${sep}`);
  res.writeHead(status, {
    'Content-Type': MIME_TYPES[extname(body)] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    // Public files: let a sandboxed frame (origin "null") load the module scripts.
    ...(hashed || body.endsWith('embed.js') ? { 'Access-Control-Allow-Origin': '*' } : {}),
  });
  createReadStream(body).pipe(res);
}).listen(port, host, () => {
  console.log(`Triage500 is being served at http://${host}:${port}${base}`);
});

// Ctrl-C or a process manager's SIGTERM: stop listening and exit, leaving nothing behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
