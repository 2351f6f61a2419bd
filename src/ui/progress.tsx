/** Honest progress: this question's number out of the shortest and longest way left. */
export function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = Math.round((Math.min(done, total) / Math.max(total, 1)) * 100);
  return (
    <div className="mb-6">
      <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">{label}</p>
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden="true">
        <div className="h-full rounded-full bg-blue-700 transition-[width] duration-300 dark:bg-blue-400" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
