/**
 * Honest progress: this question's number out of the shortest and longest way left.
 * The bar is SVG geometry, not an inline style, so a strict CSP (no inline
 * styles) allows it in the prerendered page too.
 */
export function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = Math.round((Math.min(done, total) / Math.max(total, 1)) * 100);
  return (
    <div className="mb-6">
      <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">{label}</p>
      <svg aria-hidden="true" focusable="false" className="mt-2 block h-2 w-full overflow-hidden rounded-full" viewBox="0 0 100 2" preserveAspectRatio="none">
        <rect width="100" height="2" className="fill-slate-200 dark:fill-slate-800" />
        <rect width={percent} height="2" className="fill-blue-700 transition-[width] duration-300 dark:fill-blue-400" data-percent={percent} />
      </svg>
    </div>
  );
}
