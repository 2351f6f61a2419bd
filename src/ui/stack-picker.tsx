/** "Show commands for": every stack as a toggle button, one tap to choose. */
import type { StackId } from '../engine/types.ts';

interface Props {
  readonly label: string;
  /** Why a stack is preselected (e.g. "from your log"), or null. */
  readonly hint: string | null;
  readonly options: readonly { readonly id: StackId | 'all'; readonly label: string }[];
  readonly value: StackId | 'all';
  readonly disabled: boolean;
  readonly onChange: (stack: StackId | 'all') => void;
}

export function StackPicker({ label, hint, options, value, disabled, onChange }: Props) {
  return (
    <div role="group" aria-labelledby="stack-picker-label" className="mt-3">
      <p id="stack-picker-label" className="text-sm font-semibold">
        {label}
        {hint ? <span className="font-normal text-slate-700 dark:text-slate-300"> ({hint})</span> : null}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map((o) => (
          <button
            key={o.id}
            type="button"
            aria-pressed={o.id === value}
            disabled={disabled}
            onClick={() => onChange(o.id)}
            className={`min-h-10 rounded-full border-2 px-3 py-1 text-sm font-semibold ${
              o.id === value
                ? 'border-blue-800 bg-blue-800 text-white dark:border-blue-400 dark:bg-blue-400 dark:text-slate-950'
                : 'border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800'
            }`}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
