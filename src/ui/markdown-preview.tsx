/** A Markdown report shown as a document: React elements built from its blocks (engine/markdown-preview.ts), never HTML. */
import { markdownBlocks, type ListItem, type Span } from '../engine/markdown-preview.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

function Spans({ spans }: { spans: readonly Span[] }) {
  return spans.map((s, i) =>
    s.kind === 'strong' ? (
      <strong key={i}>{s.text}</strong>
    ) : s.kind === 'code' ? (
      <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
        {s.text}
      </code>
    ) : (
      <span key={i}>{s.text}</span>
    ),
  );
}

function Items({ items, ordered }: { items: readonly ListItem[]; ordered: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={`mt-1 space-y-1 pl-6 ${ordered ? 'list-decimal' : 'list-disc'}`}>
      {items.map((item, i) => (
        <li key={i}>
          {item.checked !== null ? <span aria-hidden="true">{item.checked ? '☑ ' : '☐ '}</span> : null}
          <Spans spans={item.spans} />
          {item.children.length > 0 ? <Items items={item.children} ordered={false} /> : null}
        </li>
      ))}
    </List>
  );
}

/** `headingLevel`: the level the report's own top heading becomes on the page. */
export function MarkdownPreview({ markdown, headingLevel }: { markdown: string; headingLevel: number }) {
  return markdownBlocks(markdown).map((b, i) => {
    switch (b.kind) {
      case 'heading': {
        const H = HEADINGS[Math.min(5, b.level - 2 + headingLevel)] ?? 'h6';
        return (
          <H key={i} className={`${b.level === 1 ? 'text-lg' : 'mt-4 text-base'} font-bold`}>
            <Spans spans={b.spans} />
          </H>
        );
      }
      case 'list':
        return <Items key={i} items={b.items} ordered={b.ordered} />;
      case 'code':
        return (
          <pre key={i} className="mt-1 rounded-md bg-slate-100 p-2 text-sm whitespace-pre-wrap wrap-anywhere dark:bg-slate-800">
            <code className="font-mono">{b.lines.join('\n')}</code>
          </pre>
        );
      case 'paragraph':
        return (
          <p key={i} className="mt-1">
            <Spans spans={b.spans} />
          </p>
        );
    }
  });
}
