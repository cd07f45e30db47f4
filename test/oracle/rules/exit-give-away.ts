import { addMonthsToIsoDate, type IsoDate } from '../../../src/dates/iso-date.js';
import type { Decimal } from '../../../src/money/decimal.js';
import { formatRate, formatYuan, roundToCent, ZERO } from '../money/money.js';
import type { TraceStep } from './types.js';

/** Terms on which a fund exits its equity. */
export interface ExitTerms {
  holdingYears: number;
  /** The buy-back price is principal × (1 + buyBackRate × years): simple interest. */
  buyBackRate: Decimal;
  /** The project's expected return on equity a year, compounded. */
  expectedReturn: Decimal;
}

/** The value of the profit a fund gives away at exit, with the figures it comes from. */
export interface ExitValue {
  /** The exit date: `holdingYears` after the assessment date. */
  date: IsoDate;
  holdingYears: number;
  /** What the fund's stake would be worth at the expected return: equity × (1 + return)^years. */
  stakeValue: Decimal;
  /** What the fund takes back instead: equity × (1 + buyBackRate × years). */
  buyBackPrice: Decimal;
  /** stakeValue − buyBackPrice, or 0 when the buy-back is worth more: what the project keeps. */
  profitGivenAway: Decimal;
  trace: TraceStep[];
}

/**
 * The profit a fund "withdraws to give away" at exit: the stake it would hold
 * at the project's expected return, less the buy-back price it takes instead.
 * Each figure is rounded to the cent; the profit is their difference, never
 * below zero. A value under the caller's terms, not an entitlement.
 *
 * @param equity - the fund's investment
 * @param terms - holding years, buy-back rate and expected return
 * @param asOf - the assessment date, from which the holding period runs
 * @returns the exit date and figures
 *
 * @example
 * exitGiveAway(new Decimal(100_000_000), { holdingYears: 5, buyBackRate: new Decimal('0.03'), expectedReturn: new Decimal('0.15') }, '2018-09-01')
 *   .profitGivenAway.toFixed(2);
 * //=> '86135718.75'  (100,000,000 × 1.15^5 = 201,135,718.75, less 100,000,000 × (1 + 3% × 5) = 115,000,000)
 */
export function exitGiveAway(equity: Decimal, terms: ExitTerms, asOf: IsoDate): ExitValue {
  const years = terms.holdingYears;
  const stakeValue = roundToCent(equity.times(terms.expectedReturn.plus(1).pow(years)));
  const buyBackPrice = roundToCent(equity.times(terms.buyBackRate.times(years).plus(1)));
  const difference = stakeValue.minus(buyBackPrice);
  const profitGivenAway = difference.isNegative() ? ZERO : difference;
  return {
    date: addMonthsToIsoDate(asOf, 12 * years),
    holdingYears: years,
    stakeValue,
    buyBackPrice,
    profitGivenAway,
    trace: [
      { label: `stake at exit = ${formatYuan(equity)} × (1 + ${formatRate(terms.expectedReturn)})^${years}`, value: stakeValue.toFixed(2) },
      { label: `buy-back price = ${formatYuan(equity)} × (1 + ${formatRate(terms.buyBackRate)} × ${years})`, value: buyBackPrice.toFixed(2) },
      { label: 'profit given away = stake − buy-back price, at least 0', value: profitGivenAway.toFixed(2) },
    ],
  };
}
