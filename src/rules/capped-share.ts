import type { Decimal } from '../money/decimal.js';
import { centsOf, productToCent } from '../money/cents.js';
import { atMost, formatRate, formatYuan, max, min } from '../money/money.js';
import { cap, limitCap, limitCents } from './cap.js';
import type { Cap, Explanation, Limit, QuantifiedResult, Text, TraceStep } from './types.js';

/** The inputs of `cappedShare`, resolved to values. */
export interface CappedShareInput {
  /** The share of the base, as a fraction (0.3 for 30%). */
  rate: Decimal;
  /** The amount the share is taken of. */
  base: Decimal;
  baseLabel: Text;
  /** The most the item can be; none when the policy states only the share. */
  ceiling?: Limit;
  /** The least an eligible item is (never more than the ceiling). */
  floor?: Limit;
  /** The parameter that holds the rate, for the share cap's id. */
  rateId?: string;
}

/**
 * A capped share of a base: `min(ceiling, rate × base)`, raised to `floor` if
 * one is given, rounded once to the cent.
 *
 * Both the share and the ceiling are reported as caps: the sources phrase the
 * share as a limit too ("no more than 30% of the project's actual investment").
 *
 * @param input - the rate, base, ceiling and floor, with their labels
 * @returns the amount with its caps and trace
 *
 * @example
 * cappedShare({ rate: new Decimal('0.3'), base: new Decimal(200_000_000), baseLabel: { en: 'eligible investment', zh: '合格投资' },
 *   ceiling: { value: new Decimal(30_000_000), label: { en: 'ceiling', zh: '上限' }, id: 'ceiling' } }).amount.toFixed(2);
 * //=> '30000000.00'  (30% × 200,000,000 = 60,000,000, above the 30,000,000 ceiling)
 */
/** The share cap's label by rate and base label, both constants of a pack: written once, not on every call. */
const shareLabels = new WeakMap<Decimal, WeakMap<Text, Text>>();

function shareLabelOf(rate: Decimal, baseLabel: Text): Text {
  let byBase = shareLabels.get(rate);
  if (!byBase) shareLabels.set(rate, (byBase = new WeakMap()));
  let label = byBase.get(baseLabel);
  if (!label) byBase.set(baseLabel, (label = Object.freeze({ en: `${formatRate(rate)} of ${baseLabel.en}`, zh: `${baseLabel.zh}的${formatRate(rate)}` })));
  return label;
}

export function cappedShare(input: CappedShareInput): QuantifiedResult {
  const { rate, base, ceiling, floor } = input;
  const shareLimit = productToCent(rate, base);
  const floorValue = floor && (ceiling ? min(floor.value, ceiling.value) : floor.value);
  const caps: Cap[] = [];
  const shareCents = floorValue ? undefined : centsOf(shareLimit);
  const ceilingCents = ceiling && limitCents(ceiling);
  let amount: Decimal;
  if (shareCents !== undefined && (!ceiling || ceilingCents !== undefined)) {
    // Without a floor, in whole cents (the usual case): the smaller of the share and the ceiling, the share on a tie, as `min` takes it.
    const capped = ceiling !== undefined && ceilingCents! < shareCents;
    amount = capped ? ceiling.value : shareLimit;
    const amountCents = capped ? ceilingCents! : shareCents;
    if (ceiling) caps.push(limitCap(ceiling, 'CNY', amount, amountCents));
    caps.push(cap(input.rateId ?? 'share', shareLabelOf(rate, input.baseLabel), shareLimit, 'CNY', amount, shareCents, amountCents));
  } else {
    amount = ceiling ? min(shareLimit, ceiling.value) : shareLimit;
    if (floorValue) amount = max(amount, floorValue);
    if (ceiling) caps.push(limitCap(ceiling, 'CNY', amount));
    // With a floor above the share, the amount exceeds the share: the share is then not a limit.
    if (atMost(amount, shareLimit)) {
      caps.push(cap(input.rateId ?? 'share', shareLabelOf(rate, input.baseLabel), shareLimit, 'CNY', amount));
    }
  }
  const explain = (): Explanation => {
    const baseLabel = input.baseLabel.en;
    const share = rate.times(base);
    const trace: TraceStep[] = [
      { label: baseLabel, value: base.toFixed() },
      { label: `share = ${formatRate(rate)} × ${baseLabel}`, value: share.toFixed() },
    ];
    if (ceiling) trace.push({ label: ceiling.label.en, value: ceiling.value.toFixed() });
    let formula = ceiling
      ? `min(${formatYuan(ceiling.value)}, ${formatRate(rate)} × ${baseLabel} ${formatYuan(base)})`
      : `${formatRate(rate)} × ${baseLabel} ${formatYuan(base)}`;
    if (floor && floorValue) {
      trace.push({ label: floor.label.en, value: floorValue.toFixed() });
      formula = `max(${formatYuan(floorValue)}, ${formula})`;
    }
    trace.push({ label: 'amount, rounded to the cent', value: amount.toFixed(2) });
    return { formula: `${formula} = ${formatYuan(amount)}`, trace };
  };
  return { kind: 'quantified', amount, basis: 'formula', caps, explain, notes: [] };
}
