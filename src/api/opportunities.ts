import { conditionChecks } from '../analysis/condition-checks.js';
import { findOpportunities } from '../analysis/find-opportunities.js';
import type { Opportunities } from '../analysis/opportunity-types.js';
import type { Assessment } from '../engine/assessment.js';
import { issueResult } from '../engine/results.js';
import { measureWorkload, type Workload } from '../engine/workload.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { ProjectInput } from '../schema/input-types.js';
import { validateProject } from '../schema/validate-project.js';
import { assessArguments, assessProject } from './assess-project.js';
import type { EvaluateOptions, ResolvedOptions } from './options.js';
import { IDS_OR_PACKS } from './registry.js';

const all = (tally: Workload['items']) => tally.talents + tally.loans + tally.project;
/** The items and dated payments of one assessment, from every source. */
const workOf = (workload: Workload) => ({ items: all(workload.items), payments: all(workload.payments) });

/**
 * The opportunities of a project already assessed: each changed project is
 * assessed under the same options, and one that is not valid (past a limit,
 * a contradiction) is no candidate.
 */
export function opportunitiesOf(input: unknown, options: ResolvedOptions, baseline: Assessment): Opportunities {
  const validated = validateProject(input);
  if (!validated.ok) throw new IncentiveInputError(validated.issues);
  const found = findOpportunities({
    input,
    project: validated.project,
    asOf: baseline.asOf,
    pack: options.pack,
    interpretations: options.interpretations,
    baseline,
    work: {
      ...workOf(measureWorkload(options.pack, validated.project, baseline.asOf, { interpretations: options.interpretations, plans: options.plans })),
      conditions: conditionChecks(options.pack, validated.project),
    },
    evaluate: (changed) => {
      const outcome = assessProject(changed, { ...options, asOf: baseline.asOf }, baseline.asOf);
      return outcome.ok ? outcome.assessment : undefined;
    },
  });
  if (!found.ok) throw new IncentiveInputError(found.issues);
  const { policyNameZh, ...result } = found.result;
  return issueResult({ ...result, translations: { zh: { policyName: policyNameZh } } }, 'opportunities');
}

/**
 * What a project would have to change to get more under a policy: for every
 * item that is ineligible, or eligible below its ceiling, the smallest change
 * of the facts the project states (flip a flag, add a value to a list, reach
 * a threshold, state a missing fact) that makes it eligible or raises it,
 * and the amount it would then give, computed by evaluating the changed
 * project. "Smallest" is the fewest facts changed (each value added to a
 * list counts as one), then the least added to amounts and counts, then the
 * order the rule states its conditions in; other sets of as many changes
 * that also work are listed as alternatives. A raise moves the facts the
 * amount reads to where its ceiling binds (a share's base to ceiling ÷ rate,
 * rounded up to the cent; the units of an amount per unit to a whole unit;
 * each year of a yearly share to its year's ceiling), or makes a case with
 * a higher ceiling apply. Facts a pack declares of its own are changed as
 * the built-in ones, within their declared type and bounds: a count to a
 * whole number, an amount to the cent, a rate to a hundredth of a
 * percentage point, a date to the day, a choice to one of its words.
 * The library's readings are never changed: each opportunity names the
 * interpretations it assumes. An item of a per-talent rule changes that
 * talent's facts only. Items no change makes eligible are listed with why.
 *
 * @param project - the project (see `ProjectInput`)
 * @param options - as for `evaluate`: the policy, the date, interpretations, overrides, payment plans
 * @returns the opportunities, frozen
 * @throws {IncentiveInputError} listing every problem of the project and the options, or a search
 *   that could build more than 200,000 items or 4,000,000 dated payments, or check more than 1,000,000
 *   condition tests, in all (`too_many`)
 *
 * @example
 * const found = opportunities({ name: 'x', investment: { actual: '50000000' } }, { policy: 'qingshan-lake-2018', asOf: '2019-01-01' });
 * found.opportunities.map((entry) => `${entry.ruleId}: ${entry.changes[0].description} → ${entry.after.amount.toFixed(2)}`);
 * //=> ['qingshan-lake-2018/project-co-investment: investment.actual: 50000000 → 100,000,000.00 (actual investment excluding infrastructure) → 30000000.00',
 * //    'qingshan-lake-2018/policy-fund-equity: classification.leadingIndustryDirection: false → true (in line with the leading industry directions) → 25000000.00']
 */
export function opportunities(project: ProjectInput, options: EvaluateOptions): Opportunities {
  const { input, options: resolved, assessment } = assessArguments(project, options, IDS_OR_PACKS);
  return opportunitiesOf(input, resolved, assessment);
}
