/** How the bench summarizes and prints numbers: medians, ratios, units, and app/floor tables. */

export function median(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

export const KiB = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
export const kib = (n: number | null) => (n === null ? '—' : KiB(n));
export const ms = (n: number | null) => (n === null ? '—' : `${Math.round(n)} ms`);
export const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100);
export const showRatio = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);
export const log = (s = '') => console.log(s);

/** A table row: app, floor, and their ratio. */
export const compare = (label: string, app: number | null, floor: number | null, show: (n: number | null) => string): string[] => [
  label,
  show(app),
  show(floor),
  showRatio(ratio(app, floor)),
];

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
