/** A cause family: always a colour, an icon and a label together, never colour alone. */
import type { FamilyId } from '../engine/types.ts';
import { FamilyIcon } from './icons.tsx';

export const familyStyles: Record<FamilyId, string> = {
  'code-bug': 'bg-violet-100 text-violet-900 ring-violet-300 dark:bg-violet-950 dark:text-violet-100 dark:ring-violet-700',
  'resource-exhaustion': 'bg-orange-100 text-orange-900 ring-orange-300 dark:bg-orange-950 dark:text-orange-100 dark:ring-orange-700',
  misconfiguration: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-700',
  permissions: 'bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-100 dark:ring-rose-700',
  'dependency-failure': 'bg-teal-100 text-teal-900 ring-teal-300 dark:bg-teal-950 dark:text-teal-100 dark:ring-teal-700',
  'deployment-artifact': 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700',
};

export function FamilyBadge({ family, label }: { family: FamilyId; label: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-semibold ring-1 ${familyStyles[family]}`}
      data-family={family}
    >
      <FamilyIcon family={family} />
      {label}
    </span>
  );
}
