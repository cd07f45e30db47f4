import { daysBetweenIsoDates, type IsoDate } from '../dates/iso-date.js';
import type { Assessment, QuantifiedLineItem } from '../engine/assessment.js';
import type { Instrument } from '../engine/definition.js';
import { INSTRUMENT_CLASS } from '../engine/totals.js';
import { Decimal, DiscountDecimal } from '../money/decimal.js';
import { roundToCent, sum } from '../money/money.js';
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
}

const optionsSchema = strictObject({ rate: rateField, asOf: dateField.optional() });

/**
 * The factor (1 + rate)^(−days / 365), computed as exp(−days × ln(1 + rate) / 365)
 * in the 40-digit discount context (`logOfGrowth` is one of its values);
 * exactly 1 for a date on or before the valuation date, or a zero rate.
 */
function discountFactor(logOfGrowth: Decimal, days: number): Decimal {
  if (days <= 0 || logOfGrowth.isZero()) return new Decimal(1);
  return new Decimal(logOfGrowth.times(-days).dividedBy(365).exp().toString());
}

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
 * @param assessment - an assessment from `evaluate`, as it was returned
 * @param options - the annual discount rate and, optionally, the valuation date
 * @returns the value per item, in total, and cash and equity apart
 * @throws {IncentiveInputError} when the rate or the date is not valid, or `assessment` is not one `evaluate` returned
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
  }
  const totals = (basis: ItemPresentValue['basis']) => {
    const of = (kind: 'cash' | 'equity') => sum(items
      .filter((item) => item.basis === basis && INSTRUMENT_CLASS[item.instrument] === kind)
      .map((item) => item.presentValue));
    const [cash, equity] = [of('cash'), of('equity')];
    return { total: cash.plus(equity), cash, equity };
  };
  return { rate, asOf, items, ...totals('formula'), ceilings: totals('ceiling'), unquantified: assessment.unquantified };
}
