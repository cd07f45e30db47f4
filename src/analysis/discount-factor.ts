import { Decimal } from '../money/decimal.js';

/**
 * The factor (1 + rate)^(−days / 365), computed as exp(−days × ln(1 + rate) / 365)
 * in the 40-digit discount context (`logOfGrowth` is one of its values);
 * exactly 1 for a date on or before the valuation date, or a zero rate.
 *
 * @param logOfGrowth - ln(1 + rate), a value of the discount context
 * @param days - the days from the valuation date to the payment
 * @returns the factor, as a library Decimal
 *
 * @example
 * discountFactor(new DiscountDecimal('1.08').ln(), 365).toFixed(6); //=> '0.925926'
 */
export function discountFactor(logOfGrowth: Decimal, days: number): Decimal {
  if (days <= 0 || logOfGrowth.isZero()) return new Decimal(1);
  return new Decimal(logOfGrowth.times(-days).dividedBy(365).exp().toString());
}
