import type { Decimal } from '../money/decimal.js';
import { formatYuan, groupThousands, min, roundToCent } from '../money/money.js';
import { limitCap } from './cap.js';
import { upTo } from './up-to.js';
import type { Cap, Labelled, Limit, QuantifiedResult, TraceStep } from './types.js';

/** The inputs of `perUnit`, resolved to values. */
export interface PerUnitInput {
  /** What each unit earns. */
  perUnit: Limit;
  /** How many units the project counts (new hires, square metres). */
  units: Labelled<number>;
  /** The most the item can be; none when the policy states only the rate per unit. */
  ceiling?: Limit;
}

/**
 * An amount per unit of a count ("20,000 yuan per new hire, up to 2 million"):
 * `min(ceiling, per unit × units)`, rounded once to the cent, half up.
 *
 * @param input - the amount per unit, the count and the ceiling
 * @returns the amount with its cap and trace
 *
 * @example
 * perUnit({ perUnit: { value: new Decimal(20_000), label: { en: 'per new hire', zh: '每名新增雇员' }, id: 'perHire' },
 *   units: { value: 120, label: { en: 'new hires', zh: '新增雇员' } },
 *   ceiling: { value: new Decimal(2_000_000), label: { en: 'ceiling', zh: '上限' }, id: 'ceiling' } }).amount.toFixed(2);
 * //=> '2000000.00'  (20,000 × 120 = 2,400,000, above the 2,000,000 ceiling)
 */
export function perUnit(input: PerUnitInput): QuantifiedResult {
  const { perUnit: rate, units, ceiling } = input;
  const exact = rate.value.times(units.value);
  const computed = roundToCent(exact);
  const amount: Decimal = ceiling ? min(computed, ceiling.value) : computed;
  const caps: Cap[] = ceiling ? [limitCap(ceiling, 'CNY', amount)] : [];
  const count = groupThousands(String(units.value));
  return {
    kind: 'quantified',
    amount,
    basis: 'formula',
    caps,
    explain: () => {
      const product = `${formatYuan(rate.value)} × ${units.label.en} ${count}`;
      const trace: TraceStep[] = [
        { label: units.label.en, value: String(units.value) },
        { label: rate.label.en, value: rate.value.toFixed() },
        { label: `${rate.label.en} × ${units.label.en}`, value: exact.toFixed() },
      ];
      if (ceiling) trace.push({ label: ceiling.label.en, value: ceiling.value.toFixed() });
      trace.push({ label: 'amount, rounded to the cent', value: amount.toFixed(2) });
      return { formula: `${upTo(ceiling, product)} = ${formatYuan(amount)}`, trace };
    },
    notes: [],
  };
}
