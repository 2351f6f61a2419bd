/**
 * A static file server for the bench: files only, no rewrites (like
 * `python3 -m http.server` and scripts/serve.ts), but it sends gzip when the
 * browser accepts it, as real static hosts and CDNs do. Without compression
 * a throttled ("slow VPN") load would measure transfer of raw bytes no user
 * ever downloads. Every response is `Cache-Control: no-store`: each load is cold.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** `types`: content type by file extension ('.html' → 'text/html; charset=utf-8'). */
export function serveStatic(dir: string, types: Readonly<Record<string, string>>): Promise<StaticServer> {
  const root = resolve(dir);
  const gz = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let rel: string;
    try {
      rel = decodeURIComponent(path);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': types['.html'] ?? 'text/html', 'Cache-Control': 'no-store' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': types[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let zipped = gz.get(file);
      if (!zipped) {
        zipped = gzipSync(body, { level: 9 });
        gz.set(file, zipped);
      }
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers).end(body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
