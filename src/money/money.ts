import { Decimal } from './decimal.js';
import { centsOf, decimalOfCents } from './cents.js';
import { frozenDecimal } from './frozen-decimal.js';

/** Zero yuan, shared by every result: frozen, so that no caller can change it. */
export const ZERO: Decimal = frozenDecimal(new Decimal(0));

/**
 * Rounds an amount to the cent, half up (0.005 becomes 0.01).
 * The only rounding money sees: rules call it once, on the item's amount.
 */
export function roundToCent(amount: Decimal): Decimal {
  // An amount already in whole cents is its own rounding (the usual case: amounts given in cents, ceilings).
  if (centsOf(amount) !== undefined) return amount;
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds down to the cent, for splitting a sum into parts that never exceed it. */
export function floorToCent(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

/** The exact sum of amounts (no rounding). */
export function sum(amounts: readonly Decimal[]): Decimal {
  // In whole cents while every amount is whole cents and the sum stays exact; the rest with the Decimal.
  let cents = 0;
  let index = 0;
  for (; index < amounts.length; index += 1) {
    const next = centsOf(amounts[index]!);
    if (next === undefined || !Number.isSafeInteger(cents + next)) break;
    cents += next;
  }
  let total = index === 0 ? ZERO : decimalOfCents(cents);
  for (; index < amounts.length; index += 1) total = total.plus(amounts[index]!);
  return total;
}

/** The smaller of two amounts; the first on a tie. */
export function min(a: Decimal, b: Decimal): Decimal {
  const [x, y] = [centsOf(a), centsOf(b)];
  if (x !== undefined && y !== undefined) return y < x ? b : a;
  return b.lessThan(a) ? b : a;
}

/** Whether the first amount is at most the second (compared in cents when both are cents). */
export function atMost(a: Decimal, b: Decimal): boolean {
  const [x, y] = [centsOf(a), centsOf(b)];
  if (x !== undefined && y !== undefined) return x <= y;
  return a.lessThanOrEqualTo(b);
}

/** The exact sum of two amounts (in cents when both are cents and the sum a safe integer). */
export function plus(a: Decimal, b: Decimal): Decimal {
  const [x, y] = [centsOf(a), centsOf(b)];
  if (x !== undefined && y !== undefined && Number.isSafeInteger(x + y)) return decimalOfCents(x + y);
  return a.plus(b);
}

/** The exact difference of two amounts (in cents when both are cents). */
export function minus(a: Decimal, b: Decimal): Decimal {
  const [x, y] = [centsOf(a), centsOf(b)];
  if (x !== undefined && y !== undefined && Number.isSafeInteger(x - y)) return decimalOfCents(x - y);
  return a.minus(b);
}

/** Whether two amounts are equal. */
export function sameAmount(a: Decimal, b: Decimal): boolean {
  const [x, y] = [centsOf(a), centsOf(b)];
  if (x !== undefined && y !== undefined) return x === y;
  return a.equals(b);
}

/** The larger of two amounts; the first on a tie. */
export function max(a: Decimal, b: Decimal): Decimal {
  const [x, y] = [centsOf(a), centsOf(b)];
  if (x !== undefined && y !== undefined) return y > x ? b : a;
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
