// The money functions of 0.1.0, as the engine of 0.1.0 computed with them (the library's own now compute in cents).
import { Decimal } from '../../../src/money/decimal.js';
import { frozenDecimal } from '../../../src/money/frozen-decimal.js';

/** Zero yuan, shared by every result: frozen, so that no caller can change it. */
export const ZERO: Decimal = frozenDecimal(new Decimal(0));

/**
 * Rounds an amount to the cent, half up (0.005 becomes 0.01).
 * The only rounding money sees: rules call it once, on the item's amount.
 */
export function roundToCent(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds down to the cent, for splitting a sum into parts that never exceed it. */
export function floorToCent(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

/** The exact sum of amounts (no rounding). */
export function sum(amounts: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const amount of amounts) total = total.plus(amount);
  return total;
}

/** The smaller of two amounts; the first on a tie. */
export function min(a: Decimal, b: Decimal): Decimal {
  return b.lessThan(a) ? b : a;
}

/** The larger of two amounts; the first on a tie. */
export function max(a: Decimal, b: Decimal): Decimal {
  return b.greaterThan(a) ? b : a;
}

/** An amount as a plain string with exactly two decimals: `'30000000.00'`. */
export function toCentString(amount: Decimal): string {
  return amount.toFixed(2);
}

/** An exact value as a plain decimal string, never in exponent notation: `'0.3'`. */
export function toPlainString(value: Decimal): string {
  return value.toFixed();
}

/**
 * An amount written for people: thousands separators and two decimals,
 * `30000000` becomes `'30,000,000.00'`.
 */
export function formatYuan(amount: Decimal): string {
  const fixed = amount.toFixed(2);
  const negative = fixed.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? fixed.slice(1) : fixed).split('.');
  return `${negative ? '-' : ''}${groupThousands(whole)}.${cents}`;
}

/** `'1234567'` becomes `'1,234,567'`. */
export function groupThousands(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return groups.join(',') || '0';
}

/** A rate written as a percentage, exactly: `0.3` becomes `'30%'`, `0.0435` becomes `'4.35%'`. */
export function formatRate(rate: Decimal): string {
  return `${rate.times(100).toFixed()}%`;
}
