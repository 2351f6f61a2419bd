import { useEffect, useState } from 'react';
import { copyText } from './copy.ts';
import { CheckIcon, CopyIcon } from './icons.tsx';

type Status = 'idle' | 'copied' | 'failed';

interface Props {
  readonly text: string;
  readonly label: string;
  readonly accessibleLabel?: string;
  readonly copiedLabel: string;
  readonly failedLabel: string;
  readonly className?: string;
}

/** A button that copies `text` and says so, visibly and to screen readers. */
export function CopyButton({ text, label, accessibleLabel, copiedLabel, failedLabel, className = '' }: Props) {
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    if (status !== 'copied') return undefined;
    const timer = setTimeout(() => setStatus('idle'), 2000);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => void copyText(text).then((ok) => setStatus(ok ? 'copied' : 'failed'))}
        aria-label={accessibleLabel}
        className={`inline-flex min-h-9 items-center gap-1.5 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 ${className}`}
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
