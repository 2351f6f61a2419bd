/** A cause family: always a colour, an icon and a label together, never colour alone. */
import type { FamilyId } from '../engine/types.ts';
import { FamilyIcon } from './icons.tsx';

export const familyStyles: Record<FamilyId, string> = {
  'code-bug': 'bg-violet-100 text-violet-900 ring-violet-300 dark:bg-violet-900 dark:text-violet-50 dark:ring-violet-400',
  'resource-exhaustion': 'bg-orange-100 text-orange-900 ring-orange-300 dark:bg-orange-900 dark:text-orange-50 dark:ring-orange-400',
  misconfiguration: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-900 dark:text-sky-50 dark:ring-sky-400',
  permissions: 'bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-900 dark:text-rose-50 dark:ring-rose-400',
  'dependency-failure': 'bg-teal-100 text-teal-900 ring-teal-300 dark:bg-teal-900 dark:text-teal-50 dark:ring-teal-400',
  'deployment-artifact': 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-yellow-800 dark:text-yellow-50 dark:ring-yellow-300',
};

export function FamilyBadge({ family, label }: { family: FamilyId; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-semibold ring-1 ${familyStyles[family]}`} data-family={family}>
      <FamilyIcon family={family} />
      {label}
    </span>
  );
}
