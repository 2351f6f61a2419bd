/**
 * Analyzes pasted text in a worker when the browser allows one (sandboxed
 * frames and strict hosts may not), on the main thread otherwise.
 * Nothing leaves the browser: the text goes to the worker and back.
 */
import { analyzeLog, analyzerContent, type Analysis, type AnalyzerContent } from '../engine/log-analyzer.ts';

let worker: Worker | null = null;
let nextId = 0;

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
    return worker;
  } catch {
    return null;
  }
}

export function analyzeText(content: AnalyzerContent, text: string): Promise<Analysis> {
  const small = analyzerContent(content);
  const w = getWorker();
  if (!w) return Promise.resolve(analyzeLog(small, text));
  const id = ++nextId;
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent<{ id: number; analysis: Analysis }>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(e.data.analysis);
    };
    const onError = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      worker = null;
      resolve(analyzeLog(small, text));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, content: small, text });
  });
}
