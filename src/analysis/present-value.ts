import { daysBetweenIsoDates, type IsoDate } from '../dates/iso-date.js';
import type { Assessment, QuantifiedLineItem } from '../engine/assessment.js';
import type { Instrument } from '../engine/definition.js';
import { INSTRUMENT_CLASS } from '../engine/totals.js';
import { z } from 'zod';
import { DiscountDecimal, type Decimal } from '../money/decimal.js';
import { max, roundToCent, sum, ZERO } from '../money/money.js';
import { discountFactor } from './discount-factor.js';
import { expectedClawback } from './expected-clawback.js';
import { readMissProbabilities, type MissProbabilities } from './miss-probabilities.js';
import { dateField, rateField, strictObject } from '../schema/fields.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { Rate } from '../schema/input-types.js';
import { toInputIssues } from '../schema/zod-issues.js';
import { readInput } from '../schema/read-input.js';
import { resultIssues } from '../engine/results.js';

/** How to discount. */
export interface PresentValueOptions {
  /** The annual discount rate, a fraction such as `'0.08'`. */
  rate: Rate;
  /** The date values are taken on; defaults to the assessment's date. */
  asOf?: IsoDate;
  /**
   * The probability of missing each commitment entirely, a fraction from 0 to
   * 1: one for every commitment, or a record by `<rule id>/<commitment id>`
   * with `'*'` for every commitment not named. Given, each item with
   * commitments and the totals are valued net of the expected clawback.
   */
  missProbability?: Rate | Readonly<Record<string, Rate>>;
}

/** How an item was valued. */
export type Valuation = 'discounted' | 'face' | 'profit-given-away';

/** The present value of one item. */
export interface ItemPresentValue {
  ruleId: string;
  beneficiary?: string;
  label: string;
  instrument: Instrument;
  /** `ceiling` for an amount that is only a stated maximum: valued, but kept out of `total`, `cash` and `equity`. */
  basis: 'formula' | 'ceiling';
  /** The item's amount. */
  nominal: Decimal;
  /** Its value on the valuation date, rounded to the cent. */
  presentValue: Decimal;
  valuation: Valuation;
  /** How the value was reached, in words. */
  method: string;
  /** With `missProbability`, for an item with commitments: the expected clawback, discounted from each commitment's date. */
  expectedClawback?: Decimal;
  /** With `missProbability`, for an item with commitments: `presentValue − expectedClawback`, never below 0. */
  netPresentValue?: Decimal;
}

/** The present value of an assessment: per item, in total, and cash and equity apart. */
export interface PresentValue {
  rate: Decimal;
  asOf: IsoDate;
  items: ItemPresentValue[];
  /** Sums of the rounded values of the computed items (basis `formula`), exact. */
  total: Decimal;
  cash: Decimal;
  equity: Decimal;
  /** The same sums for the items that are only a stated maximum (basis `ceiling`), never added to the computed ones. */
  ceilings: { total: Decimal; cash: Decimal; equity: Decimal };
  /** Offers without a number, which have no value to discount. */
  unquantified: number;
  /**
   * With `missProbability`: the computed items' values net of expected
   * clawback (an item without commitments at its present value), summed as
   * `total`, `cash` and `equity` are.
   */
  net?: { total: Decimal; cash: Decimal; equity: Decimal };
}

const optionsSchema = strictObject({ rate: rateField, asOf: dateField.optional(), missProbability: z.unknown().optional() });

function discounted(item: QuantifiedLineItem, asOf: IsoDate, logOfGrowth: Decimal): Decimal {
  const entries = item.schedule ?? [];
  return sum(entries.map((entry) => entry.amount.times(discountFactor(logOfGrowth, daysBetweenIsoDates(asOf, entry.date)))));
}

function valueOf(item: QuantifiedLineItem, asOf: IsoDate, logOfGrowth: Decimal): Omit<ItemPresentValue, 'ruleId' | 'label' | 'instrument' | 'basis' | 'nominal'> {
  if (INSTRUMENT_CLASS[item.instrument] !== 'equity') {
    return {
      presentValue: roundToCent(discounted(item, asOf, logOfGrowth)),
      valuation: 'discounted',
      method: `each of ${item.schedule?.length ?? 0} payments × (1 + rate)^(−days / 365), summed and rounded to the cent`,
    };
  }
  if (item.exit) {
    const factor = discountFactor(logOfGrowth, daysBetweenIsoDates(asOf, item.exit.date));
    return {
      presentValue: roundToCent(item.exit.profitGivenAway.times(factor)),
      valuation: 'profit-given-away',
      method: `the profit given away at exit on ${item.exit.date} (${item.exit.profitGivenAway.toFixed(2)}), discounted; the investment itself is bought back`,
    };
  }
  return { presentValue: item.amount, valuation: 'face', method: 'equity at its face amount: no exit terms given' };
}

/**
 * The present value of an assessment's entitlements on a date: every payment
 * of every quantified item discounted at `rate`, annual compounding over actual
 * days / 365 (`(1 + rate)^(−days / 365)`); a payment dated on or before the
 * valuation date counts at its face amount. Equity counts at its face amount,
 * unless the project gave exit terms for a fund that gives its profit away: then
 * it is valued as the discounted profit given away. Each item is rounded once,
 * half up, to the cent; totals are exact sums of the items, those that are
 * only a stated maximum (basis `ceiling`) summed apart in `ceilings`.
 *
 * With `missProbability`, each item with commitments is also valued net of
 * its expected clawback: `netPresentValue = presentValue − Σ e × (1 +
 * rate)^(−days to by / 365)`, never below 0, where `e` is a judged
 * commitment's clawback, or a pending one's probability of being missed
 * times its amount at risk, each limited to what the earlier ones (by date)
 * left of the amount; the expected clawback is rounded once to the cent.
 * `net` sums the net values as `total`, `cash` and `equity` sum the values.
 *
 * @param assessment - an assessment from `evaluate`, as it was returned
 * @param options - the annual discount rate and, optionally, the valuation date and the probabilities of missing commitments
 * @returns the value per item, in total, and cash and equity apart
 * @throws {IncentiveInputError} when the rate, the date or a probability is not valid, a probability names no
 *   commitment of the assessment or a pending commitment has none, or `assessment` is not one `evaluate` returned
 *
 * @example
 * presentValue(assessment, { rate: '0.08' }).cash.toFixed(2);
 * //=> '61,...'  (the rent subsidy's 36 monthly payments, each discounted)
 */
export function presentValue(assessment: Assessment, options: PresentValueOptions): PresentValue {
  const issues = resultIssues(assessment, 'assessment');
  const read = readInput(options, { at: ['options'] });
  const parsed = read.ok ? optionsSchema.safeParse(read.value, { reportInput: true }) : undefined;
  if (!read.ok) issues.push(...read.issues);
  else if (!parsed!.success) issues.push(...toInputIssues(parsed!.error.issues, ['options']));
  const raw = parsed?.success ? parsed.data.missProbability : undefined;
  const probability = raw === undefined || issues.length > 0 ? undefined : readMissProbabilities(raw, assessment, issues);
  if (issues.length > 0 || !parsed?.success) throw new IncentiveInputError(issues);
  const rate = parsed.data.rate;
  const asOf = parsed.data.asOf ?? assessment.asOf;
  // A value of the discount context: every factor derived from it is computed at its precision.
  const logOfGrowth = new DiscountDecimal(rate.toString()).plus(1).ln();
  const items: ItemPresentValue[] = [];
  for (const item of assessment.items) {
    if (item.status !== 'eligible') continue;
    items.push({
      ruleId: item.ruleId,
      ...(item.beneficiary !== undefined && { beneficiary: item.beneficiary }),
      label: item.label,
      instrument: item.instrument,
      basis: item.basis,
      nominal: item.amount,
      ...valueOf(item, asOf, logOfGrowth),
    });
    if (probability && item.commitments) Object.assign(items.at(-1)!, netOf(items.at(-1)!, item, probability, asOf, logOfGrowth));
  }
  const totals = (basis: ItemPresentValue['basis']) => {
    const of = (kind: 'cash' | 'equity') => sum(items
      .filter((item) => item.basis === basis && INSTRUMENT_CLASS[item.instrument] === kind)
      .map((item) => item.presentValue));
    const [cash, equity] = [of('cash'), of('equity')];
    return { total: cash.plus(equity), cash, equity };
  };
  const result: PresentValue = { rate, asOf, items, ...totals('formula'), ceilings: totals('ceiling'), unquantified: assessment.unquantified };
  if (probability) result.net = netTotals(items);
  return result;
}

/** An item's value net of its expected clawback (see `expectedClawback`), never below 0. */
function netOf(valued: ItemPresentValue, item: QuantifiedLineItem, probability: MissProbabilities, asOf: IsoDate, logOfGrowth: Decimal): Pick<ItemPresentValue, 'expectedClawback' | 'netPresentValue'> {
  const expected = expectedClawback({ ruleId: item.ruleId, paid: item.amount, commitments: item.commitments ?? [] }, probability, asOf, logOfGrowth);
  return { expectedClawback: expected, netPresentValue: max(ZERO, valued.presentValue.minus(expected)) };
}

/** The computed items' net values, cash and equity apart; an item without commitments at its present value. */
function netTotals(items: readonly ItemPresentValue[]): NonNullable<PresentValue['net']> {
  const of = (kind: 'cash' | 'equity') => sum(items
    .filter((item) => item.basis === 'formula' && INSTRUMENT_CLASS[item.instrument] === kind)
    .map((item) => item.netPresentValue ?? item.presentValue));
  const [cash, equity] = [of('cash'), of('equity')];
  return { total: cash.plus(equity), cash, equity };
}
