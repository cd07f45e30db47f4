import { formatYuan } from '../money/money.js';
import { limitCap } from './cap.js';
import type { Limit, QuantifiedResult, Text, TraceStep } from './types.js';

/** Why an item shows its ceiling, in the formula, the trace and a note to the reader. */
export interface CeilingOnlyReason {
  /** Said in brackets after the ceiling in the formula. */
  formulaNote: string;
  /** Computed when the trace is read, like every trace. */
  trace: () => TraceStep[];
  note: Text;
}

/**
 * The item of a rule that cannot compute an amount (nothing requested, no
 * tier table): the ceiling itself with basis `ceiling`, the most it could be,
 * its cap binding.
 */
export function ceilingOnly(ceiling: Limit, reason: CeilingOnlyReason): QuantifiedResult {
  return {
    kind: 'quantified',
    amount: ceiling.value,
    basis: 'ceiling',
    caps: [limitCap(ceiling, 'CNY', ceiling.value)],
    explain: () => ({
      formula: `${ceiling.label.en}: ${formatYuan(ceiling.value)} (${reason.formulaNote})`,
      trace: reason.trace(),
    }),
    notes: [reason.note],
  };
}
