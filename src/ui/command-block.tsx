/** A command in a monospace block with a copy button. The command is text, never HTML. */
import type { Command } from '../engine/types.ts';
import { usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { CopyButton } from './copy-button.tsx';

export function CommandBlock({ command }: { command: Command }) {
  const t = usePageStrings();
  const tx = useTx();
  const caption = command.label ? tx(command.label) : t.stacks[command.stack];
  return (
    <figure className="my-2 overflow-hidden rounded-lg border border-slate-300 dark:border-slate-700">
      <figcaption className="flex items-center justify-between gap-2 bg-slate-100 px-3 py-1.5 text-sm text-slate-800 dark:bg-slate-900 dark:text-slate-200">
        <span className="min-w-0">
          <span className="font-semibold">{t.stacks[command.stack]}</span>
          {command.label ? (
            <span>
              {'\u00a0· '}
              {caption}
            </span>
          ) : null}
        </span>
        <CopyButton
          text={command.code}
          label={t.command.copy}
          accessibleLabel={t.command.copyLabel(caption)}
          copiedLabel={t.command.copied}
          failedLabel={t.command.copyFailed}
        />
      </figcaption>
      <pre className="bg-slate-900 px-3 py-3 text-sm leading-relaxed whitespace-pre-wrap text-slate-50 wrap-anywhere dark:bg-slate-800" tabIndex={0}>
        <code className="font-mono">{command.code}</code>
      </pre>
    </figure>
  );
}

/** Commands for the stacks not chosen, folded: "Other stacks (n)". */
export function OtherStacks({ commands, label }: { commands: readonly Command[]; label: (n: number) => string }) {
  if (commands.length === 0) return null;
  return (
    <details className="my-2">
      <summary className="cursor-pointer text-sm font-semibold text-slate-700 dark:text-slate-300">{label(commands.length)}</summary>
      {commands.map((c) => (
        <CommandBlock key={`${c.stack}:${c.code}`} command={c} />
      ))}
    </details>
  );
}
