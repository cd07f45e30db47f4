import type { Sweep } from '../analysis/sweep.js';
import type { Breakpoint } from '../analysis/breakpoints.js';
import { toCentString } from '../money/money.js';

/** A sweep in JSON: input values with every digit, amounts with exactly two decimals. */
export interface SweepJSON {
  path: string;
  values: string[];
  totals: { cash: string[]; equity: string[]; all: string[] };
  items: Array<{
    ruleId: string;
    beneficiary?: string;
    label: string;
    amounts: Array<string | null>;
    binding: boolean[];
    translations: { zh: { label: string } };
  }>;
  breakpoints?: Array<Omit<Breakpoint, 'at'> & { at: string }>;
}

/**
 * A sweep as plain JSON (for `toJSON`, which checks it is one first).
 *
 * @example
 * sweepToJSON(curve).totals.cash; //=> ['0.00', '15000000.00', '30000000.00', …]
 */
export function sweepToJSON(curve: Sweep): SweepJSON {
  return {
    path: curve.path,
    values: curve.values.map((value) => value.toFixed()),
    totals: { cash: curve.totals.cash.map(toCentString), equity: curve.totals.equity.map(toCentString), all: curve.totals.all.map(toCentString) },
    items: curve.items.map((series) => ({
      ruleId: series.ruleId,
      ...(series.beneficiary !== undefined && { beneficiary: series.beneficiary }),
      label: series.label,
      amounts: series.amounts.map((amount) => (amount === null ? null : toCentString(amount))),
      binding: [...series.binding],
      translations: { zh: { label: series.translations.zh.label } },
    })),
    ...(curve.breakpoints && { breakpoints: curve.breakpoints.map((point) => ({ ...point, at: point.at.toFixed() })) }),
  };
}
