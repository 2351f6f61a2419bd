/**
 * The log's evidence as it travels in the URL's `log` parameter, so every page
 * reached from a pasted log ranks with it — ids and numbers only, never log text:
 *   log=resource-exhaustion.95~disk-full.95~dependency-failure.20
 * Each item is a family or cause id and its evidence in hundredths. Links from
 * before this format carried one cause id (`log=disk-full`): read as strong
 * evidence for that cause. decodeLogParam is total: unknown ids and malformed
 * items are dropped.
 */
import type { LogEvidence } from './log-analyzer.ts';
import { lookup } from './result.ts';
import { FAMILY_IDS, ID_PATTERN, type ContentCore, type FamilyId } from './types.ts';

const MAX_LOG_ITEMS = 12;
/** The most a value may carry: a long log of decisive lines adds up, but the URL need not say more. */
const MAX_VALUE = 2000;
/** An old link's cause id counts as one decisive line. */
const LEGACY_WEIGHT = 1;

const isFamily = (id: string): id is FamilyId => FAMILY_IDS.some((f) => f === id);

export function encodeLogParam(evidence: LogEvidence): string {
  const items: [string, number][] = [
    ...FAMILY_IDS.flatMap((f): [string, number][] => {
      const v = lookup(evidence.families, f);
      return v ? [[f, v]] : [];
    }),
    ...Object.entries(evidence.causes).filter(([, v]) => v > 0),
  ];
  return items
    .map(([id, v]): [string, number] => [id, Math.min(MAX_VALUE, Math.round(v * 100))])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_LOG_ITEMS)
    .map(([id, n]) => `${id}.${n}`)
    .join('~');
}

/** The evidence a `log` value carries, or null when it carries none. */
export function decodeLogParam(content: ContentCore, raw: string | null | undefined): LogEvidence | null {
  if (typeof raw !== 'string' || raw === '' || raw.length > 2000) return null;
  if (!raw.includes('.')) {
    const cause = lookup(content.causes, raw);
    return cause ? { families: { [cause.family]: LEGACY_WEIGHT }, causes: { [cause.id]: LEGACY_WEIGHT } } : null;
  }
  const families: Partial<Record<FamilyId, number>> = {};
  const causes: Record<string, number> = {};
  for (const item of raw.split('~', MAX_LOG_ITEMS)) {
    const dot = item.lastIndexOf('.');
    const id = item.slice(0, dot);
    const digits = item.slice(dot + 1);
    if (dot < 1 || !ID_PATTERN.test(id) || !/^\d{1,4}$/.test(digits)) continue;
    const value = Math.min(MAX_VALUE, Number(digits)) / 100;
    if (value <= 0) continue;
    if (isFamily(id)) families[id] = value;
    else if (lookup(content.causes, id)) causes[id] = value;
  }
  // A cause's evidence is also its family's: a value that names only causes still ranks their families.
  for (const [id, v] of Object.entries(causes)) {
    const f = content.causes[id]!.family;
    if (families[f] === undefined) families[f] = v;
  }
  return Object.keys(families).length > 0 ? { families, causes } : null;
}
