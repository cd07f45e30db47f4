import { formatRate, formatYuan, max, min, roundToCent, ZERO } from '../money/money.js';
import { cap, limitCap } from './cap.js';
import { upTo } from './up-to.js';
import type { Cap, Labelled, Limit, QuantifiedResult, TraceStep } from './types.js';

/** The inputs of `thresholdExcess`, resolved to values. */
export interface ThresholdExcessInput {
  /** The amount whose part above the threshold counts. */
  base: Labelled;
  /** The part of the base at or below it earns nothing. */
  threshold: Limit;
  /** The share of the excess, as a fraction. */
  rate: Limit;
  /** The most the item can be. */
  ceiling?: Limit;
}

/**
 * A share of the part of a base above a threshold ("10% of output above 500
 * million, up to 20 million"): `min(ceiling, rate × max(0, base − threshold))`,
 * rounded once to the cent, half up. A base at or below the threshold gives 0.
 *
 * @param input - the base, the threshold, the rate and the ceiling
 * @returns the amount with its caps and trace
 *
 * @example
 * thresholdExcess({ base: { value: new Decimal(800_000_000), label: { en: 'output', zh: '产值' } },
 *   threshold: { value: new Decimal(500_000_000), label: { en: 'threshold', zh: '门槛' }, id: 'threshold' },
 *   rate: { value: new Decimal('0.1'), label: { en: 'share', zh: '比例' }, id: 'rate' } }).amount.toFixed(2);
 * //=> '30000000.00'  (10% × (800,000,000 − 500,000,000))
 */
export function thresholdExcess(input: ThresholdExcessInput): QuantifiedResult {
  const { base, threshold, rate, ceiling } = input;
  const excess = max(ZERO, base.value.minus(threshold.value));
  const share = rate.value.times(excess);
  const shareLimit = roundToCent(share);
  const amount = ceiling ? min(shareLimit, ceiling.value) : shareLimit;
  const caps: Cap[] = [];
  if (ceiling) caps.push(limitCap(ceiling, 'CNY', amount));
  const excessText = `(${base.label.en} ${formatYuan(base.value)} − ${formatYuan(threshold.value)})`;
  caps.push(cap(rate.id, {
    en: `${formatRate(rate.value)} of ${base.label.en} above ${formatYuan(threshold.value)}`,
    zh: `${base.label.zh}超过${formatYuan(threshold.value)}部分的${formatRate(rate.value)}`,
  }, shareLimit, 'CNY', amount));
  return {
    kind: 'quantified',
    amount,
    basis: 'formula',
    caps,
    explain: () => {
      const trace: TraceStep[] = [
        { label: base.label.en, value: base.value.toFixed() },
        { label: threshold.label.en, value: threshold.value.toFixed() },
        { label: `excess = max(0, ${base.label.en} − ${threshold.label.en})`, value: excess.toFixed() },
        { label: `share = ${formatRate(rate.value)} × excess`, value: share.toFixed() },
      ];
      if (ceiling) trace.push({ label: ceiling.label.en, value: ceiling.value.toFixed() });
      trace.push({ label: 'amount, rounded to the cent', value: amount.toFixed(2) });
      const product = `${formatRate(rate.value)} × max(0, ${excessText})`;
      return { formula: `${upTo(ceiling, product)} = ${formatYuan(amount)}`, trace };
    },
    notes: [],
  };
}
