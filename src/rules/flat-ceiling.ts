import { formatYuan, min, roundToCent } from '../money/money.js';
import { centsOf } from '../money/cents.js';
import { limitCap, limitCents } from './cap.js';
import { ceilingOnly } from './ceiling-only.js';
import type { Labelled, Limit, QuantifiedResult } from './types.js';

/** The inputs of `flatCeiling`, resolved to values. */
export interface FlatCeilingInput {
  ceiling: Limit;
  /** What the project asks for, or paid, that the policy meets up to the ceiling; none when not stated. */
  requested?: Labelled;
}

const NOTHING_REQUESTED = {
  en: 'No amount was given to compute from, so the item shows the most the policy gives.',
  zh: '未提供可据以计算的金额，此项显示政策给予的最高额度。',
};

/**
 * An entitlement the policy states only as a maximum ("up to 6 million"):
 * `min(ceiling, requested)` when the project says what it asks for, otherwise
 * the ceiling itself with basis `ceiling`: the most it could be, not a
 * computed figure.
 *
 * @param input - the ceiling and, if known, the requested amount
 * @returns the amount with its cap and trace
 *
 * @example
 * flatCeiling({ ceiling: { value: new Decimal(6_000_000), label: { en: 'ceiling', zh: '上限' }, id: 'ceiling' } });
 * //=> amount 6000000.00, basis 'ceiling', the ceiling cap binding
 */
export function flatCeiling(input: FlatCeilingInput): QuantifiedResult {
  const { ceiling, requested } = input;
  if (!requested) {
    return ceilingOnly(ceiling, {
      formulaNote: "nothing requested; the policy's maximum",
      trace: () => [
        { label: ceiling.label.en, value: ceiling.value.toFixed() },
        { label: 'amount = ceiling (no amount given to compute from)', value: ceiling.value.toFixed(2) },
      ],
      note: NOTHING_REQUESTED,
    });
  }
  // In whole cents when both are (the usual case): the smaller, the requested amount on a tie, as `min` takes it.
  const requestedCents = centsOf(requested.value);
  const ceilingCents = limitCents(ceiling);
  const inCents = requestedCents !== undefined && ceilingCents !== undefined;
  const amount = inCents ? (requestedCents <= ceilingCents ? requested.value : ceiling.value) : min(roundToCent(requested.value), ceiling.value);
  return {
    kind: 'quantified',
    amount,
    basis: 'formula',
    caps: [limitCap(ceiling, 'CNY', amount, inCents ? Math.min(requestedCents, ceilingCents) : undefined)],
    explain: () => ({
      formula: `min(${formatYuan(ceiling.value)}, ${requested.label.en} ${formatYuan(requested.value)}) = ${formatYuan(amount)}`,
      trace: [
        { label: requested.label.en, value: requested.value.toFixed() },
        { label: ceiling.label.en, value: ceiling.value.toFixed() },
        { label: 'amount = min(ceiling, requested), rounded to the cent', value: amount.toFixed(2) },
      ],
    }),
    notes: [],
  };
}
