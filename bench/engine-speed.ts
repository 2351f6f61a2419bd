/**
 * Engine speed on a generated tree (./engine-tree.ts): validating all of it
 * (median of 5) and resolving its deepest path (median of 2000). Throws if
 * the tree is not valid or the path does not resolve: then the numbers would
 * measure the wrong thing.
 */
import { encodePath } from '../src/engine/path-codec.ts';
import { resolveStep } from '../src/engine/resolve.ts';
import { validateContent } from '../src/engine/validate.ts';
import { generateTree } from './engine-tree.ts';
import { log, median, ms } from './numbers.ts';

export interface EngineSpeed {
  readonly nodes: number;
  readonly questions: number;
  readonly causes: number;
  readonly validateMs: { readonly median: number | null; readonly runs: number; readonly samples: readonly number[] };
  readonly resolveDeepPath: { readonly pairs: number; readonly medianUs: number; readonly runs: number };
}

export function measureEngine(size = 10_000): EngineSpeed {
  const tree = generateTree(size);
  const validateTimes: number[] = [];
  let validated = validateContent(tree.files);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    validated = validateContent(tree.files);
    validateTimes.push(performance.now() - t0);
  }
  if (!validated.ok)
    throw new Error(
      `the generated tree is not valid: ${validated.error
        .slice(0, 3)
        .map((e) => `${e.code} ${e.at}`)
        .join('; ')}`,
    );
  const deepRaw = encodePath(tree.deepPath);
  const resolveTimes: number[] = [];
  let resolved = resolveStep(validated.value, { kind: 'question', id: tree.deepTarget }, deepRaw);
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    resolved = resolveStep(validated.value, { kind: 'question', id: tree.deepTarget }, deepRaw);
    resolveTimes.push(performance.now() - t0);
  }
  if (resolved.status !== 'ok' || resolved.trail.length !== tree.deepPath.length) throw new Error('the deep path did not resolve');
  return {
    nodes: tree.questions + tree.causes,
    questions: tree.questions,
    causes: tree.causes,
    validateMs: { median: median(validateTimes), runs: validateTimes.length, samples: validateTimes.map((t) => Math.round(t * 10) / 10) },
    resolveDeepPath: { pairs: tree.deepPath.length, medianUs: (median(resolveTimes) ?? 0) * 1000, runs: resolveTimes.length },
  };
}

export function printEngine(engine: EngineSpeed): void {
  log();
  log(`ENGINE  generated tree: ${engine.nodes} nodes (${engine.questions} questions, ${engine.causes} causes)`);
  log(`validate (zod + structure + graph): median ${ms(engine.validateMs.median)} of ${engine.validateMs.runs}`);
  log(`resolve a ${engine.resolveDeepPath.pairs}-answer path: median ${engine.resolveDeepPath.medianUs.toFixed(1)} µs of ${engine.resolveDeepPath.runs}`);
}
