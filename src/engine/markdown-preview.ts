/**
 * The Markdown this app writes (reports: headings, lists, task items, code
 * fences, **bold**, `code`, <links>, backslash escapes), read back into blocks
 * for a preview. Only structure and text come out, never HTML: the UI builds
 * its own elements from them.
 */

export interface Span {
  readonly kind: 'text' | 'strong' | 'code';
  readonly text: string;
}

export interface ListItem {
  readonly spans: readonly Span[];
  /** A task item: done or not; null for a plain item. */
  readonly checked: boolean | null;
  readonly children: readonly ListItem[];
}

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly spans: readonly Span[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItem[] }
  | { readonly kind: 'code'; readonly lines: readonly string[] }
  | { readonly kind: 'paragraph'; readonly spans: readonly Span[] };

/** Inline text: escapes undone, **bold** and `code` picked out, <autolinks> as their text. */
export function spansOf(line: string): Span[] {
  const spans: Span[] = [];
  let text = '';
  let strong = false;
  const flush = () => {
    if (text) spans.push({ kind: strong ? 'strong' : 'text', text });
    text = '';
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      text += line[++i];
    } else if (c === '*' && line[i + 1] === '*') {
      flush();
      strong = !strong;
      i++;
    } else if (c === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const end = line.indexOf(run, i + run.length);
      if (end < 0) {
        text += run;
        i += run.length - 1;
        continue;
      }
      flush();
      spans.push({ kind: 'code', text: line.slice(i + run.length, end).trim() });
      i = end + run.length - 1;
    } else if (c === '<' && /^<https?:\/\/[^\s<>]*>/.test(line.slice(i))) {
      const end = line.indexOf('>', i);
      text += line.slice(i + 1, end);
      i = end;
    } else {
      text += c;
    }
  }
  flush();
  return spans;
}

const ITEM = /^( *)(?:([-*+])|(\d+)[.)]) (?:\[([ xX])\] )?(.*)$/;

/** Blocks of a Markdown text, in order. Total: any text gives blocks (unknown lines are paragraphs). */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(`{3,})/.exec(line);
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const item = ITEM.exec(line);
    if (fence) {
      const code: string[] = [];
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith(fence[1]!)) code.push(lines[++i]!);
      i++;
      blocks.push({ kind: 'code', lines: code });
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, spans: spansOf(heading[2]!) });
    } else if (item) {
      const ordered = item[3] !== undefined;
      const items: { spans: Span[]; checked: boolean | null; children: ListItem[] }[] = [];
      let j = i;
      for (let m = ITEM.exec(line); m; m = j < lines.length ? ITEM.exec(lines[j]!) : null) {
        const nested = m[1]!.length > 0;
        if (!nested && (m[3] !== undefined) !== ordered) break;
        const entry = { spans: spansOf(m[5]!), checked: m[4] === undefined ? null : m[4] !== ' ', children: [] };
        const parent = items.at(-1);
        if (nested && parent) parent.children.push(entry);
        else items.push(entry);
        j++;
      }
      i = j - 1;
      blocks.push({ kind: 'list', ordered, items });
    } else if (line.trim() !== '') {
      blocks.push({ kind: 'paragraph', spans: spansOf(line) });
    }
  }
  return blocks;
}
