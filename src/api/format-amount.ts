import { Decimal, isDecimal } from '../money/decimal.js';
import { groupThousands } from '../money/money.js';
import { readAmount } from '../schema/amount.js';
import { IncentiveInputError } from '../schema/input-error.js';
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

const FACTORS: Record<Exclude<AmountUnit, 'auto'>, Decimal> = {
  yuan: new Decimal(1),
  thousand: new Decimal(1000),
  million: new Decimal(1_000_000),
  billion: new Decimal(1_000_000_000),
  万: new Decimal(10_000),
  亿: new Decimal(100_000_000),
};

function group(value: Decimal, minimumDecimals: number): string {
  const negative = value.isNegative() && !value.isZero();
  const fixed = value.abs().toFixed(Math.max(minimumDecimals, value.decimalPlaces()));
  const [whole = '0', fraction] = fixed.split('.');
  return `${negative ? '-' : ''}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** The largest Chinese unit in which the amount is at least 1 with at most two decimals; else yuan. */
function autoChineseUnit(amount: Decimal): '亿' | '万' | 'yuan' {
  for (const unit of ['亿', '万'] as const) {
    const value = amount.abs().dividedBy(FACTORS[unit]);
    if (value.greaterThanOrEqualTo(1) && value.decimalPlaces() <= 2) return unit;
  }
  return 'yuan';
}

/**
 * Writes an amount for people, in English or Chinese: `¥30,000,000.00`,
 * `¥30 million`, `3,000万元`, `3亿元`. In a unit other than yuan every digit is
 * kept (30,000,000 in 亿 is `0.3亿元`), unless `digits` asks for fewer: then a
 * rounded value says so (`about ¥1.23 million`, `约1.23亿元`).
 *
 * @param amount - a Decimal, a number, or a string `parseAmount` reads
 * @param options - locale, unit and digits
 * @returns the amount as text
 * @throws {IncentiveInputError} for an amount that cannot be read
 *
 * @example
 * formatAmount('30000000');                           //=> '¥30,000,000.00'
 * formatAmount('30000000', { locale: 'zh' });         //=> '3,000万元'
 * formatAmount('300000000', { locale: 'zh' });        //=> '3亿元'
 * formatAmount('30000000', { unit: 'million' });      //=> '¥30 million'
 * formatAmount('1234567', { unit: 'million', digits: 2 }); //=> 'about ¥1.23 million'
 */
export function formatAmount(amount: Decimal | Money, options: FormatAmountOptions = {}): string {
  let value: Decimal;
  if (isDecimal(amount)) value = new Decimal(amount.toString());
  else if (typeof amount === 'string' && /^\s*[-−]/.test(amount)) value = new Decimal(amount.replace('−', '-').trim());
  else {
    const read = readAmount(amount);
    if (!read.ok) throw new IncentiveInputError([{ code: read.code, path: ['amount'], message: read.message }]);
    value = read.value;
  }
  if (!value.isFinite()) throw new IncentiveInputError([{ code: 'out_of_range', path: ['amount'], message: MESSAGES.amountNotFinite(String(amount)) }]);
  const locale = options.locale ?? 'en';
  const requested = options.unit ?? (locale === 'zh' ? 'auto' : 'yuan');
  const unit = requested === 'auto' ? (locale === 'zh' ? autoChineseUnit(value) : 'yuan') : requested;
  let shown = value.dividedBy(FACTORS[unit]);
  let about = false;
  if (options.digits !== undefined) {
    const rounded = shown.toDecimalPlaces(Math.max(0, Math.min(20, Math.trunc(options.digits))), Decimal.ROUND_HALF_UP);
    about = !rounded.equals(shown);
    shown = rounded;
  }
  const text = group(shown, unit === 'yuan' && options.digits === undefined ? 2 : 0);
  if (locale === 'zh') {
    const suffix = unit === 'yuan' ? '元' : unit === '万' || unit === '亿' ? `${unit}元` : ` ${unit}元`;
    return `${about ? '约' : ''}${text}${suffix}`;
  }
  const word = unit === 'yuan' ? '' : unit === '万' ? ' 万' : unit === '亿' ? ' 亿' : ` ${unit}`;
  return `${about ? 'about ' : ''}¥${text}${word}`;
}
