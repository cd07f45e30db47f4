import type { IsoDate } from '../dates/iso-date.js';
import { isIsoDate } from '../dates/iso-date.js';
import { CopiedDecimal } from '../schema/amount.js';
import { LIMITS } from '../schema/limits.js';

/** The options as the zod schema of `resolveOptions` gives them: the policy, overrides and schedules still raw. */
export interface ParsedOptions {
  policy: unknown;
  asOf?: IsoDate | undefined;
  interpretations?: Record<string, string> | undefined;
  overrides?: unknown;
  schedules?: unknown;
}

const KNOWN = new Set(['policy', 'asOf', 'interpretations', 'overrides', 'schedules']);

/** A plain object of the copy: not a list, not a copied Decimal (a kept pack is found only at `policy`). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof CopiedDecimal);
}

/** Readings by interpretation id, every one a text, no own `__proto__` key (which zod would drop and the options refuse). */
function readings(value: unknown): Record<string, string> | undefined {
  if (!isPlainRecord(value)) return undefined;
  for (const key in value) {
    if (key === '__proto__' || typeof value[key] !== 'string') return undefined;
  }
  return value as Record<string, string>;
}

/**
 * The options of `evaluate` read by hand in the common shape (a policy, an
 * assessment date, readings, overrides and schedules left for the pack to
 * check), as the zod schema of `resolveOptions` reads them; `undefined` for
 * anything else, and zod reads them and says what is wrong. The options are
 * the copy `readInput` made.
 *
 * @param copy - the options, as `readInput` copied them
 * @returns the options in the shape zod gives them, or undefined to take the zod path
 *
 * @example
 * readOptionsFast({ policy: 'qingshan-lake-2018', asOf: '2019-01-01' });
 * //=> { policy: 'qingshan-lake-2018', asOf: '2019-01-01', interpretations: undefined, overrides: undefined, schedules: undefined }
 * readOptionsFast({ policy: 'qingshan-lake-2018', asOf: '2019-02-30' });
 * //=> undefined
 */
export function readOptionsFast(copy: unknown): ParsedOptions | undefined {
  if (!isPlainRecord(copy)) return undefined;
  for (const key in copy) if (!KNOWN.has(key)) return undefined;
  // zod requires the key itself (`in`, as it asks), even for a policy of any value.
  if (!('policy' in copy)) return undefined;
  const { policy, asOf, interpretations, overrides, schedules } = copy;
  if (asOf !== undefined && (typeof asOf !== 'string' || !isIsoDate(asOf) || asOf < LIMITS.minDate || asOf > LIMITS.maxDate)) return undefined;
  const read = interpretations === undefined ? undefined : readings(interpretations);
  if (interpretations !== undefined && read === undefined) return undefined;
  return { policy, asOf: asOf as IsoDate | undefined, interpretations: read, overrides, schedules };
}
