import type { PolicyDefinition } from '../engine/definition.js';
import type { TranchePlan } from '../engine/evaluate-rule.js';
import { PAYMENTS_BEFORE_SOURCE } from '../engine/payments-before-source.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';

/**
 * Refuses, under the default reading of `paymentsBeforeSource`, every tranche
 * of a caller's payment plan dated before the pack's source date. Such a
 * tranche is not silently left unpaid: the plan shares out the whole amount,
 * and dropping a share would change what the caller asked for. Under
 * `whole-period` the plan is taken as given.
 *
 * @param pack - the pack the plans are for
 * @param plans - the validated plans by rule id
 * @param chosen - the caller's readings
 * @param issues - where each refused tranche is reported, at its `date`
 *
 * @example
 * tranchesBeforeSource(qingshanLake, new Map([[rule, [{ date: '2018-01-01', share: new Decimal(1) }]]]), {}, issues);
 * issues[0].path; //=> ['options', 'schedules', rule, '0', 'date']
 */
export function tranchesBeforeSource(pack: PolicyDefinition, plans: ReadonlyMap<string, TranchePlan>,
  chosen: Readonly<Record<string, string>>, issues: InputIssue[]): void {
  if (chosen[PAYMENTS_BEFORE_SOURCE] === 'whole-period') return;
  const { published } = pack.source;
  for (const [ruleId, plan] of plans) {
    plan.forEach((tranche, index) => {
      if (tranche.date >= published) return;
      issues.push({ code: 'out_of_range', path: ['options', 'schedules', ruleId, String(index), 'date'], message: MESSAGES.trancheBeforeSource(tranche.date, published) });
    });
  }
}
