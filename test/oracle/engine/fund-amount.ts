import { Decimal } from '../../../src/money/decimal.js';
import { frozenDecimal } from '../../../src/money/frozen-decimal.js';
import { roundToCent } from '../money/money.js';
import type { FundDefinition } from './definition.js';

const amounts = new WeakMap<FundDefinition, Decimal>();

/**
 * A fund's amount to the cent: a lower bound rounded down and an upper bound
 * rounded up, so that the figure used is still a bound (89,285,714.2857… is
 * over 89,285,714.28, not over 89,285,714.29); a stated amount, already in
 * cents, as it is. Read once per fund definition.
 *
 * @param fund - a fund of a pack
 * @returns its amount per period, in whole cents
 *
 * @example
 * fundAmount({ ...fund, amount: '89285714.2857142857', bound: 'lower' }).toFixed(2); //=> '89285714.28'
 */
export function fundAmount(fund: FundDefinition): Decimal {
  let amount = amounts.get(fund);
  if (amount) return amount;
  const exact = new Decimal(fund.amount);
  if (fund.bound === 'lower') amount = exact.toDecimalPlaces(2, Decimal.ROUND_DOWN);
  else if (fund.bound === 'upper') amount = exact.toDecimalPlaces(2, Decimal.ROUND_UP);
  else amount = roundToCent(exact);
  amount = frozenDecimal(amount); // shared by every assessment of the pack: nobody may change it
  amounts.set(fund, amount);
  return amount;
}
