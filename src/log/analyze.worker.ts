/** Runs the log analyzer off the main thread, so a pasted log of tens of MB never freezes the page. */
import { analyzeLog, type AnalyzerContent } from '../engine/log-analyzer.ts';

interface Request {
  readonly id: number;
  readonly content: AnalyzerContent;
  readonly text: string;
}

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (e) => {
  scope.postMessage({ id: e.data.id, analysis: analyzeLog(e.data.content, e.data.text) });
};
