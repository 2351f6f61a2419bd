/** Reading incident cases (../shared/cases/*.jsonl): one JSON object a line; bad lines are reported and skipped. */
import { readFileSync } from 'node:fs';

export type Fact = 'yes' | 'no' | 'unknown';
export const FACT_KEYS = ['after_deploy_or_change', 'under_load', 'single_route', 'intermittent', 'all_requests', 'restart_helps'] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export interface Case {
  readonly id: string;
  readonly family: string;
  readonly log: string;
  readonly logDiagnostic: boolean;
  readonly facts: Readonly<Partial<Record<FactKey, Fact>>>;
}

export function readCases(files: readonly string[], warn: (message: string) => void): Case[] {
  const out: Case[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const c = JSON.parse(line) as Record<string, unknown>;
        out.push({
          id: typeof c['id'] === 'string' ? c['id'] : `${file}:${i + 1}`,
          family: typeof c['family'] === 'string' ? c['family'] : '?',
          log: typeof c['log'] === 'string' ? c['log'] : '',
          logDiagnostic: c['log_diagnostic'] !== false,
          facts: typeof c['facts'] === 'object' && c['facts'] !== null ? c['facts'] : {},
        });
      } catch {
        warn(`${file}: line ${i + 1} is not JSON; skipped`);
      }
    });
  }
  return out;
}
