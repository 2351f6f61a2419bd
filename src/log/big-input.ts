/**
 * Large pasted or dropped logs, without freezing the page: such text is never
 * put into the text box (laying out megabytes there blocks the main thread for
 * seconds); the page keeps it aside and shows its size and its first lines.
 * Pure helpers, no React; each pass over the text is a single native search.
 */

/** Above this many characters, input is kept out of the text box. */
export const BIG_INPUT = 100_000;
/** The preview shows at most this many lines, and at most PREVIEW_CHARS characters of them. */
const PREVIEW_LINES = 200;
const PREVIEW_CHARS = 20_000;

/** What the page shows of a big input (the text itself is kept elsewhere). */
export interface BigInput {
  /** The file's size, or for pasted text its length (one byte a character, as a plain-ASCII log holds). */
  readonly bytes: number;
  readonly lines: number;
  /** The first lines, at most PREVIEW_LINES of them (cut within a very long line). */
  readonly preview: string;
  readonly previewLines: number;
  /** True when the text has no character other than whitespace. */
  readonly blank: boolean;
}

/** Lines as a log reader counts them: a final line break does not start another. */
export function countLines(text: string): number {
  if (text === '') return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}

export function bigInput(text: string, bytes = text.length): BigInput {
  let end = 0;
  let shown = 0;
  while (shown < PREVIEW_LINES && end < text.length) {
    const next = text.indexOf('\n', end);
    end = next === -1 ? text.length : next + 1;
    shown++;
  }
  const preview = text.slice(0, Math.min(end, PREVIEW_CHARS));
  return { bytes, lines: countLines(text), preview, previewLines: shown, blank: !/\S/.test(text) };
}

/** "840 KB", "5.2 MB": a size as people read it (decimal units, as file managers show). */
export function formatSize(bytes: number, locale: string): string {
  const mb = bytes >= 1_000_000;
  const value = mb ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000));
  return `${value.toLocaleString(locale, { maximumFractionDigits: mb ? 1 : 0 })} ${mb ? 'MB' : 'KB'}`;
}

/** A file's text, decoded in chunks as it is read, so no single step holds the page. */
export async function readTextInChunks(file: Blob): Promise<string> {
  if (typeof file.stream !== 'function' || typeof TextDecoderStream === 'undefined') return file.text();
  const parts: string[] = [];
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return parts.join('');
}
