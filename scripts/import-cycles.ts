/**
 * Part of npm run lint: fails on an import cycle that goes through a dynamic
 * import() (a lazy page that imports the table of lazy pages, say). oxlint's
 * import/no-cycle reports the cycles of static imports and does not follow
 * import(). Reads the TypeScript of the folders given (default: the project's
 * code) with oxc's parser; relative specifiers only (packages and virtual
 * modules cannot close a cycle). Prints each cycle and exits 1 if there is one.
 *
 *   tsx scripts/import-cycles.ts [DIR|FILE …]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSync } from 'oxc-parser';

interface Edge {
  readonly to: string;
  readonly dynamic: boolean;
}

const CODE = /\.(ts|tsx|mts)$/;
const SKIP = new Set(['node_modules', 'fixtures', '.out', 'dist', 'build-ssr']);

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return CODE.test(path) ? [path] : [];
  return readdirSync(path)
    .filter((name) => !SKIP.has(name))
    .flatMap((name) => files(join(path, name)));
}

function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

function edgesOf(file: string): Edge[] {
  const source = readFileSync(file, 'utf8');
  const { module } = parseSync(file, source);
  const staticSpecifiers = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.flatMap((x) => (x.moduleRequest ? [x.moduleRequest.value] : []))),
  ];
  // import(expression): only a string literal names a module here.
  const dynamicSpecifiers = module.dynamicImports.flatMap((d) => {
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(source.slice(d.moduleRequest.start, d.moduleRequest.end));
    return literal?.[2] ? [literal[2]] : [];
  });
  return [...staticSpecifiers.map((s) => ({ s, dynamic: false })), ...dynamicSpecifiers.map((s) => ({ s, dynamic: true }))].flatMap(({ s, dynamic }) => {
    const to = resolveSpecifier(file, s);
    return to ? [{ to, dynamic }] : [];
  });
}

/** The shortest import path from `start` to `goal` (both included), or null. */
function path(graph: ReadonlyMap<string, readonly Edge[]>, start: string, goal: string): string[] | null {
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === goal) {
      const out: string[] = [];
      for (let at: string | null = node; at !== null; at = previous.get(at) ?? null) out.unshift(at);
      return out;
    }
    for (const { to } of graph.get(node) ?? []) {
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return null;
}

/** Every cycle that contains an import(): one per dynamic edge that leads back to where it started. */
function dynamicCycles(roots: readonly string[]): string[][] {
  const graph = new Map<string, Edge[]>();
  for (const file of roots.flatMap(files)) graph.set(resolve(file), edgesOf(resolve(file)));
  const cycles: string[][] = [];
  for (const [from, edges] of graph) {
    for (const edge of edges) {
      if (!edge.dynamic) continue;
      const back = path(graph, edge.to, from);
      if (back) cycles.push([from, ...back]);
    }
  }
  return cycles;
}

const args = process.argv.slice(2);
const roots = args.length > 0 ? args : ['src', 'scripts', 'bench', 'test', 'vite.config.ts'].filter((p) => existsSync(p));
const cycles = dynamicCycles(roots);
for (const cycle of cycles) console.error(`import cycle through import(): ${cycle.map((f) => relative(process.cwd(), f)).join(' → ')}`);
process.exit(cycles.length > 0 ? 1 : 0);
