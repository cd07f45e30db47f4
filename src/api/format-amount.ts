import { Decimal } from '../money/decimal.js';
import { frozenDecimal } from '../money/frozen-decimal.js';
import { groupThousands } from '../money/money.js';
import { readSignedAmount } from '../schema/amount.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { isRecord } from '../schema/is-record.js';
import type { InputIssue } from '../schema/issues.js';
import { readArguments } from '../schema/read-arguments.js';
import type { Money } from '../schema/input-types.js';
import { MESSAGES } from '../schema/messages.js';

/** The unit an amount is written in. `auto` picks the natural one for the locale. */
export type AmountUnit = 'auto' | 'yuan' | 'thousand' | 'million' | 'billion' | '万' | '亿';

/** How to write an amount. */
export interface FormatAmountOptions {
  /** `en` (the default): ¥30,000,000.00, or ¥30 million. `zh`: 3,000万元, or 30,000,000.00元. */
  locale?: 'en' | 'zh';
  /** The unit; by default `yuan` in English and `auto` (亿, 万 or 元) in Chinese. */
  unit?: AmountUnit;
  /**
   * Decimals to show in the unit. Without it, every digit the amount has is
   * shown (nothing is rounded). With it, a value rounded to fit is marked
   * "about" (约): a display never rounds silently.
   */
  digits?: number;
}

const FACTORS: ReadonlyMap<Exclude<AmountUnit, 'auto'>, Decimal> = new Map([
  ['yuan', frozenDecimal(new Decimal(1))],
  ['thousand', frozenDecimal(new Decimal(1000))],
  ['million', frozenDecimal(new Decimal(1_000_000))],
  ['billion', frozenDecimal(new Decimal(1_000_000_000))],
  ['万', frozenDecimal(new Decimal(10_000))],
  ['亿', frozenDecimal(new Decimal(100_000_000))],
]);
const UNITS: readonly AmountUnit[] = ['auto', ...FACTORS.keys()];
const LOCALES = ['en', 'zh'] as const;
const OPTIONS = ['locale', 'unit', 'digits'];
const MAX_DIGITS = 20;

function group(value: Decimal, minimumDecimals: number): string {
  const negative = value.isNegative() && !value.isZero();
  const fixed = value.abs().toFixed(Math.max(minimumDecimals, value.decimalPlaces()));
  const [whole = '0', fraction] = fixed.split('.');
  return `${negative ? '-' : ''}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** The largest Chinese unit in which the amount is at least 1 with at most two decimals; else yuan. */
function autoChineseUnit(amount: Decimal): '亿' | '万' | 'yuan' {
  for (const unit of ['亿', '万'] as const) {
    const value = amount.abs().dividedBy(FACTORS.get(unit)!);
    if (value.greaterThanOrEqualTo(1) && value.decimalPlaces() <= 2) return unit;
  }
  return 'yuan';
}

/** The options, checked: absent or an object of the known keys, each a value it allows. */
function readOptions(raw: unknown, issues: InputIssue[]): FormatAmountOptions {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    issues.push({ code: 'invalid_type', path: ['options'], message: MESSAGES.object(raw) });
    return {};
  }
  for (const key of Object.keys(raw)) {
    if (!OPTIONS.includes(key)) issues.push({ code: 'unknown_field', path: ['options', key], message: MESSAGES.unknownField(OPTIONS) });
  }
  const { locale, unit, digits } = raw;
  if (locale !== undefined && !(LOCALES as readonly unknown[]).includes(locale)) {
    issues.push({ code: 'unknown_option', path: ['options', 'locale'], message: MESSAGES.choice(locale, LOCALES) });
  }
  if (unit !== undefined && !(UNITS as readonly unknown[]).includes(unit)) {
    issues.push({ code: 'unknown_option', path: ['options', 'unit'], message: MESSAGES.choice(unit, UNITS as [string, ...string[]]) });
  }
  if (digits !== undefined && !(typeof digits === 'number' && Number.isInteger(digits) && digits >= 0 && digits <= MAX_DIGITS)) {
    issues.push({ code: typeof digits === 'number' ? 'out_of_range' : 'invalid_type', path: ['options', 'digits'], message: MESSAGES.wholeNumber(digits, 0, MAX_DIGITS) });
  }
  return raw as FormatAmountOptions;
}

/**
 * Writes an amount for people, in English or Chinese: `¥30,000,000.00`,
 * `¥30 million`, `3,000万元`, `3亿元`. In a unit other than yuan every digit is
 * kept (30,000,000 in 亿 is `0.3亿元`), unless `digits` asks for fewer: then a
 * rounded value says so (`about ¥1.23 million`, `约1.23亿元`).
 *
 * The amount is read exactly as a project's amounts are (the same forms,
 * limits and messages: at most 10^15, 20 decimals), except that it may be
 * negative, as a difference is: a leading `-` or `−` before any accepted form.
 *
 * @param amount - a Decimal, a number, or a string `parseAmount` reads, optionally negative
 * @param options - locale (`en`, `zh`), unit (one of `AmountUnit`) and digits (a whole number from 0 to 20)
 * @returns the amount as text
 * @throws {IncentiveInputError} for an amount that cannot be read, or options that are not these
 *
 * @example
 * formatAmount('30000000');                           //=> '¥30,000,000.00'
 * formatAmount('30000000', { locale: 'zh' });         //=> '3,000万元'
 * formatAmount('300000000', { locale: 'zh' });        //=> '3亿元'
 * formatAmount('30000000', { unit: 'million' });      //=> '¥30 million'
 * formatAmount('1234567', { unit: 'million', digits: 2 }); //=> 'about ¥1.23 million'
 */
export function formatAmount(amount: Decimal | Money, options: FormatAmountOptions = {}): string {
  const [given, settings] = readArguments({ value: amount, at: ['amount'] }, { value: options, at: ['options'] });
  const issues: InputIssue[] = [];
  const read = readSignedAmount(given);
  if (!read.ok) issues.push({ code: read.code, path: ['amount'], message: read.message });
  const chosen = readOptions(settings, issues);
  if (!read.ok || issues.length > 0) throw new IncentiveInputError(issues);
  const value = read.value;
  const locale = chosen.locale ?? 'en';
  const requested = chosen.unit ?? (locale === 'zh' ? 'auto' : 'yuan');
  const unit = requested === 'auto' ? (locale === 'zh' ? autoChineseUnit(value) : 'yuan') : requested;
  let shown = value.dividedBy(FACTORS.get(unit)!);
  let about = false;
  if (chosen.digits !== undefined) {
    const rounded = shown.toDecimalPlaces(chosen.digits, Decimal.ROUND_HALF_UP);
    about = !rounded.equals(shown);
    shown = rounded;
  }
  const text = group(shown, unit === 'yuan' && chosen.digits === undefined ? 2 : 0);
  if (locale === 'zh') {
    const suffix = unit === 'yuan' ? '元' : unit === '万' || unit === '亿' ? `${unit}元` : ` ${unit}元`;
    return `${about ? '约' : ''}${text}${suffix}`;
  }
  const word = unit === 'yuan' ? '' : unit === '万' ? ' 万' : unit === '亿' ? ' 亿' : ` ${unit}`;
  return `${about ? 'about ' : ''}¥${text}${word}`;
}
