/**
 * The `log` URL value as links carry it on: ids and numbers only (see
 * engine/log-param.ts). Every page reads it; only pages that rank decode it
 * (./log-evidence.ts), so a question page's first load stays small.
 */
export interface LogParam {
  /** The value to put in links, or null: anything but ids, numbers, "." and "~" is dropped. */
  readonly raw: string | null;
}

export const NO_LOG: LogParam = { raw: null };

export function readLogParam(value: string | null): LogParam {
  return value !== null && /^[a-z0-9.~-]{1,1000}$/.test(value) ? { raw: value } : NO_LOG;
}
