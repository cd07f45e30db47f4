import type { Decimal } from '../money/decimal.js';
import { formatYuan, min, ZERO } from '../money/money.js';
import { limitCap } from './cap.js';
import { ceilingOnly } from './ceiling-only.js';
import type { Labelled, Limit, QuantifiedResult, TraceStep } from './types.js';

/** One bracket of a tier table: from this value of the base, this amount. */
export interface Bracket {
  from: Decimal;
  amount: Decimal;
}

/** The inputs of `tiered`, resolved to values. */
export interface TieredInput {
  ceiling: Limit;
  /** The tier table and the base it reads; none when the tiers are not published. */
  tiers?: { base: Labelled; brackets: readonly Bracket[] };
}

const TIERS_NOT_PUBLISHED = {
  en: 'The source does not publish the tiers: the item shows the ceiling, the most any project could receive. Pass a tier table to compute an amount.',
  zh: '原文未公布分档标准：此项列示上限，即任何项目可获的最高额度。提供分档表即可计算金额。',
};

/**
 * Tiered support up to a ceiling. With a tier table, the amount is that of the
 * highest bracket whose `from` the base reaches (0 below the first), up to the
 * ceiling. Without one (the source states only "up to"), the item is the
 * ceiling, basis `ceiling`: the most it could be, not a computed figure.
 *
 * @param input - the ceiling and, if known, the tier table with its base
 * @returns the amount with its cap and trace
 *
 * @example
 * tiered({ ceiling: { value: new Decimal(50_000_000), label: { en: 'ceiling', zh: '上限' }, id: 'ceiling' },
 *   tiers: { base: { value: new Decimal(9_000_000), label: { en: 'R&D spending', zh: '研发投入' } },
 *     brackets: [{ from: new Decimal(0), amount: new Decimal(500_000) }, { from: new Decimal(5_000_000), amount: new Decimal(2_000_000) }] } })
 *   .amount.toFixed(2);
 * //=> '2000000.00'  (9,000,000 reaches the 5,000,000 bracket)
 */
export function tiered(input: TieredInput): QuantifiedResult {
  const { ceiling, tiers } = input;
  if (!tiers) {
    return ceilingOnly(ceiling, {
      formulaNote: "tiers not published; the policy's maximum",
      trace: () => [{ label: `${ceiling.label.en} (no tier table given)`, value: ceiling.value.toFixed(2) }],
      note: TIERS_NOT_PUBLISHED,
    });
  }
  let reached: Bracket | undefined;
  for (const bracket of tiers.brackets) if (tiers.base.value.greaterThanOrEqualTo(bracket.from)) reached = bracket;
  const bracketAmount = reached?.amount ?? ZERO;
  const amount = min(bracketAmount, ceiling.value);
  const trace: TraceStep[] = [
    { label: tiers.base.label.en, value: tiers.base.value.toFixed() },
    {
      label: reached ? `bracket reached: from ${formatYuan(reached.from)}` : 'no bracket reached',
      value: bracketAmount.toFixed(),
    },
    { label: ceiling.label.en, value: ceiling.value.toFixed() },
    { label: 'amount = min(ceiling, bracket amount)', value: amount.toFixed(2) },
  ];
  return {
    kind: 'quantified',
    amount,
    basis: 'formula',
    caps: [limitCap(ceiling, 'CNY', amount)],
    explain: () => ({
      formula: `min(${formatYuan(ceiling.value)}, tier of ${tiers.base.label.en} ${formatYuan(tiers.base.value)}: ${formatYuan(bracketAmount)}) = ${formatYuan(amount)}`,
      trace,
    }),
    notes: [],
  };
}
