import { useEffect, useState } from 'react';
import { copyText } from './copy.ts';
import { CheckIcon, CopyIcon } from './icons.tsx';

const plainLook =
  'min-h-9 border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
const primaryLook =
  'min-h-12 border-blue-800 bg-blue-800 px-5 py-2 font-bold text-white hover:bg-blue-900 dark:border-blue-500 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400';

type Status = 'idle' | 'copied' | 'failed';

interface Props {
  readonly text: string;
  readonly label: string;
  readonly accessibleLabel?: string;
  readonly copiedLabel: string;
  readonly failedLabel: string;
  readonly className?: string;
  /** The page's main action: filled. */
  readonly primary?: boolean;
}

/** A button that copies `text` and says so, visibly and to screen readers. */
export function CopyButton({ text, label, accessibleLabel, copiedLabel, failedLabel, className = '', primary = false }: Props) {
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    if (status !== 'copied') return undefined;
    const timer = setTimeout(() => setStatus('idle'), 2000);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <span className="inline-flex shrink-0 items-center gap-2">
      <button
        type="button"
        onClick={() => void copyText(text).then((ok) => setStatus(ok ? 'copied' : 'failed'))}
        aria-label={accessibleLabel}
        className={`inline-flex items-center gap-1.5 rounded-md border whitespace-nowrap ${primary ? primaryLook : plainLook} ${className}`}
      >
        {status === 'copied' ? <CheckIcon /> : <CopyIcon />}
        {status === 'copied' ? copiedLabel : label}
      </button>
      <span role="status" className={status === 'failed' ? 'text-sm text-rose-800 dark:text-rose-300' : 'sr-only'}>
        {status === 'copied' ? copiedLabel : status === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
