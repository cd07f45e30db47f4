import type { IsoDate } from '../dates/iso-date.js';
import { splitByShares } from '../money/allocate.js';
import type { ExitValue } from '../rules/exit-give-away.js';
import type { Explanation, QuantifiedResult, ScheduleEntry, TraceStep } from '../rules/types.js';
import type { ItemSources } from './item-record.js';
import type { TranchePlan } from './evaluate-rule.js';

/**
 * What an eligible item computes when it is read, from what its block found:
 * its payments (nothing for an amount of 0; the caller's tranche plan for
 * the rule if there is one; else the block's own dates, such as monthly rent
 * or interest as it falls due; else one payment on the assessment date) and
 * its explanation, whose trace ends with how the payments were timed and, for
 * equity given away at exit, the value of what is given away. One object per
 * item, holding what it needs: nothing is computed until it is read.
 *
 * @example
 * new EligibleSources([], result, undefined, '2019-01-01', undefined).schedule();
 * //=> [{ date: '2019-01-01', amount: result.amount }]  (one payment on the assessment date)
 */
export class EligibleSources implements ItemSources {
  #payments: ScheduleEntry[] | undefined;

  constructor(
    readonly tests: readonly TraceStep[],
    private readonly result: QuantifiedResult,
    private readonly plan: TranchePlan | undefined,
    private readonly asOf: IsoDate,
    private readonly exit: ExitValue | undefined,
  ) {}

  /** The dated payments, computed once. */
  schedule(): ScheduleEntry[] {
    if (this.result.amount.isZero()) return [];
    return (this.#payments ??= this.payments());
  }

  /** The block's formula and trace, then how the payments are timed (and the exit's steps). */
  explain(): Explanation {
    const explained = this.result.explain();
    const trace = [...explained.trace, { label: `schedule: ${this.how()}`, value: String(this.schedule().length) }];
    return { formula: explained.formula, trace: this.exit ? [...trace, ...this.exit.trace] : trace };
  }

  private payments(): ScheduleEntry[] {
    const { result, plan } = this;
    if (plan) {
      const parts = splitByShares(result.amount, plan.map((tranche) => tranche.share));
      return plan.map((tranche, index) => ({ date: tranche.date, amount: parts[index]! }));
    }
    if (result.schedule) return result.schedule();
    return [{ date: this.asOf, amount: result.amount }];
  }

  /** How the payments are timed, in words, for the trace. */
  private how(): string {
    if (this.result.amount.isZero()) return 'nothing to pay';
    const plan = this.plan;
    if (plan) return `the caller's tranche plan (${plan.map((tranche) => `${tranche.share.times(100).toFixed()}% on ${tranche.date}`).join(', ')})`;
    if (this.result.schedule) return 'the dates of the entitlement itself';
    return `one payment on the assessment date ${this.asOf}`;
  }
}
