import { Decimal } from '../money/decimal.js';
import { ISO_DATE_SHAPE, isIsoDate } from '../dates/iso-date.js';
import { readAmount, readRate } from './amount.js';
import type { InputIssueCode } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';

/** What a fact value is checked against: its declared type and limits (see `DeclaredFact`). */
export interface FactValueSpec {
  type: 'amount' | 'count' | 'rate' | 'boolean' | 'date' | 'choice' | 'amount-series' | 'count-series';
  min?: string;
  max?: string;
  values?: readonly string[];
}

/** One problem of a value, at a path below the value (a series' year). */
export interface FactValueProblem {
  path: string[];
  code: InputIssueCode;
  message: string;
}

/** A value read: exact (a Decimal, a whole number, a date, a word, a series by year), or its problems. */
export type FactValueResult = { ok: true; value: unknown } | { ok: false; problems: FactValueProblem[] };

/**
 * A series' key: a calendar year written canonically, four digits from 1900
 * to 2999 (the years of `LIMITS.minDate` and `LIMITS.maxDate`). "02026",
 * " 2026", "2026.0" or "0x7E0" would each read as 2026 with `Number`, and are
 * refused rather than guessed.
 */
export const SERIES_YEAR_PATTERN = '^(19|2\\d)\\d{2}$';
const YEAR = new RegExp(SERIES_YEAR_PATTERN);
const MIN_YEAR = Number(LIMITS.minDate.slice(0, 4));
const MAX_YEAR = Number(LIMITS.maxDate.slice(0, 4));

function problem(code: InputIssueCode, message: string, path: string[] = []): FactValueResult {
  return { ok: false, problems: [{ path, code, message }] };
}

/** A whole number from 0 to `LIMITS.maxFactCount`, as a number or a digit string. */
function readCount(value: unknown): { ok: true; value: Decimal } | { ok: false; code: InputIssueCode; message: string } {
  const number = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0 || number > LIMITS.maxFactCount) {
    return { ok: false, code: typeof number === 'number' ? 'out_of_range' : 'invalid_type', message: MESSAGES.wholeNumber(value, 0, LIMITS.maxFactCount) };
  }
  return { ok: true, value: new Decimal(number) };
}

/** A number within the declared bounds, or the problem of one outside them. */
function withinBounds(value: Decimal, raw: unknown, spec: FactValueSpec, path: string[]): FactValueResult | undefined {
  if (spec.min !== undefined && value.lessThan(spec.min)) return problem('out_of_range', MESSAGES.factBelow(raw, spec.min), path);
  if (spec.max !== undefined && value.greaterThan(spec.max)) return problem('out_of_range', MESSAGES.factAbove(raw, spec.max), path);
  return undefined;
}

function readNumber(raw: unknown, spec: FactValueSpec, kind: 'amount' | 'count' | 'rate', path: string[]): FactValueResult {
  const read = kind === 'amount' ? readAmount(raw) : kind === 'rate' ? readRate(raw) : readCount(raw);
  if (!read.ok) return problem(read.code, read.message, path);
  return withinBounds(read.value, raw, spec, path) ?? { ok: true, value: kind === 'count' ? read.value.toNumber() : read.value };
}

function readDate(raw: unknown, spec: FactValueSpec): FactValueResult {
  if (typeof raw !== 'string') return problem('invalid_type', MESSAGES.date(raw));
  if (!isIsoDate(raw)) return problem('invalid_format', ISO_DATE_SHAPE.test(raw) ? MESSAGES.impossibleDate(raw) : MESSAGES.date(raw));
  const earliest = spec.min ?? LIMITS.minDate;
  const latest = spec.max ?? LIMITS.maxDate;
  if (raw < earliest) return problem('out_of_range', MESSAGES.factBelow(raw, earliest));
  if (raw > latest) return problem('out_of_range', MESSAGES.factAbove(raw, latest));
  return { ok: true, value: raw };
}

function readSeries(raw: unknown, spec: FactValueSpec, kind: 'amount' | 'count'): FactValueResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return problem('invalid_type', MESSAGES.series(raw));
  const entries = Object.entries(raw);
  if (entries.length > LIMITS.maxSeriesYears) return problem('too_many', MESSAGES.seriesTooLong(LIMITS.maxSeriesYears));
  const problems: FactValueProblem[] = [];
  const series: Array<{ year: number; value: Decimal }> = [];
  for (const [key, value] of entries) {
    const year = Number(key);
    if (!YEAR.test(key) || year < MIN_YEAR || year > MAX_YEAR) {
      problems.push({ path: [key], code: 'invalid_format', message: MESSAGES.seriesYear(key, MIN_YEAR, MAX_YEAR) });
      continue;
    }
    const read = readNumber(value, spec, kind, [key]);
    if (!read.ok) problems.push(...read.problems);
    else series.push({ year, value: kind === 'count' ? new Decimal(read.value as number) : (read.value as Decimal) });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: series.sort((a, b) => a.year - b.year) };
}

/**
 * Reads the value a project gives for a fact of a pack's own, by its declared
 * type: an amount (as `readAmount`), a whole count, a rate from 0 to 1, true or
 * false, a date, a word of the declared choice, or a series by calendar year
 * of amounts or counts; each number within the declared `min` and `max`.
 *
 * @param raw - the value as given (already a copy of the caller's)
 * @param spec - the declared type and limits
 * @returns the exact value, or every problem with its path below the value
 *
 * @example
 * readFactValue({ "2026": 120 }, { type: 'count-series', max: '100' });
 * //=> { ok: false, problems: [{ path: ['2026'], code: 'out_of_range', message: 'Expected at most 100; got 120.' }] }
 */
export function readFactValue(raw: unknown, spec: FactValueSpec): FactValueResult {
  switch (spec.type) {
    case 'amount':
    case 'count':
    case 'rate':
      return readNumber(raw, spec, spec.type, []);
    case 'boolean':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : problem('invalid_type', MESSAGES.boolean(raw));
    case 'date':
      return readDate(raw, spec);
    case 'choice': {
      const values = spec.values ?? [];
      return typeof raw === 'string' && values.includes(raw) ? { ok: true, value: raw } : problem(typeof raw === 'string' ? 'unknown_option' : 'invalid_type', MESSAGES.choice(raw, values));
    }
    case 'amount-series':
      return readSeries(raw, spec, 'amount');
    case 'count-series':
      return readSeries(raw, spec, 'count');
  }
}
