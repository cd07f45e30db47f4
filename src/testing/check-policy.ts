import fc from 'fast-check';
import { evaluate, type Assessment, type Decimal, type PolicyId, type PolicyPack } from '../index.js';
import { INSTRUMENT_CLASS } from '../engine/instrument-class.js';
import { project as projectArbitrary } from './arbitraries.js';
import { checkPolicyArguments } from './check-policy-arguments.js';

// This entry uses the library through its public entry only (`../index.js`), which the build
// leaves to the package itself: one copy of the library, whichever entry a caller imports.

/** How hard to check. */
export interface CheckPolicyOptions {
  /** Generated projects to evaluate: a whole number from 1 to 1,000,000 (default 200). */
  runs?: number;
  /** A fast-check seed, to replay a failure: the whole number its report prints. */
  seed?: number;
}

/** What was checked. */
export interface CheckPolicyReport {
  policy: string;
  runs: number;
  properties: string[];
}

const PROPERTIES = [
  'every generated project is assessed without an error',
  'every amount is in whole cents and never negative; an ineligible item is 0',
  'no amount exceeds a cap of its own: limit − headroom = amount, headroom ≥ 0, binding exactly when the headroom is 0',
  'items sharing a cap sum to no more than it',
  'every schedule sums exactly to its item',
  'an unquantified item has no amount, no caps and no schedule',
  'the totals are the exact sums of the eligible items, cash and equity apart, the stated maximums (basis ceiling) apart from the computed',
];

function fail(message: string): never {
  throw new Error(message);
}

/**
 * What is left of `from` once every part is taken away: zero when the parts
 * sum to it exactly. Decimal arithmetic on the assessment's own values, so
 * that nothing here needs a decimal constructor of its own.
 */
function remainder(from: Decimal, parts: readonly Decimal[]): Decimal {
  return parts.reduce((rest, part) => rest.minus(part), from);
}

/** Throws on the first property an assessment breaks (exported for the tests of the checks themselves). */
export function checkAssessment(assessment: Assessment): void {
  // The computed amounts, and the stated maximums (basis `ceiling`), each by class.
  const sums = { formula: { cash: [] as Decimal[], equity: [] as Decimal[] }, ceiling: { cash: [] as Decimal[], equity: [] as Decimal[] } };
  const shared = new Map<string, { limit: Decimal; items: Decimal[] }>();
  for (const item of assessment.items) {
    const where = `${item.ruleId}${item.beneficiary ? ` (${item.beneficiary})` : ''}`;
    if (item.status === 'unquantified') {
      if (item.amount !== null || item.caps.length > 0 || item.schedule) fail(`${where}: an unquantified item carries an amount, caps or a schedule`);
      continue;
    }
    if (item.amount.isNegative() || item.amount.decimalPlaces() > 2) fail(`${where}: amount ${item.amount.toFixed()} is not in whole cents, or negative`);
    if (item.status === 'ineligible' && !item.amount.isZero()) fail(`${where}: an ineligible item has ${item.amount.toFixed()}`);
    for (const cap of item.caps) {
      if (cap.headroom.isNegative()) fail(`${where}: the cap ${cap.id} is exceeded by ${cap.headroom.negated().toFixed()}`);
      if (cap.binding !== cap.headroom.isZero()) fail(`${where}: the cap ${cap.id} is marked binding=${cap.binding} with headroom ${cap.headroom.toFixed()}`);
      if (cap.unit === 'CNY' && !cap.shared && !cap.limit.minus(cap.headroom).equals(item.amount)) {
        fail(`${where}: the cap ${cap.id} (${cap.limit.toFixed()}) does not match the amount ${item.amount.toFixed()}`);
      }
      if (cap.shared) {
        const key = `${cap.id}\u0000${item.beneficiary ?? ''}`;
        const entry = shared.get(key) ?? { limit: cap.limit, items: [] };
        entry.items.push(item.amount);
        shared.set(key, entry);
      }
    }
    if (item.status === 'eligible') {
      const payments = (item.schedule ?? []).map((payment) => payment.amount);
      if (!remainder(item.amount, payments).isZero()) fail(`${where}: the schedule does not sum to the amount`);
      const kind = INSTRUMENT_CLASS[item.instrument];
      if (kind !== 'none') sums[item.basis][kind].push(item.amount);
    } else if (item.schedule) fail(`${where}: an ineligible item has a schedule`);
  }
  for (const [key, entry] of shared) {
    if (remainder(entry.limit, entry.items).lessThan(0)) fail(`shared cap ${key.split('\u0000')[0]}: the items sum to more than ${entry.limit.toFixed()}`);
  }
  const exact = (totals: { cash: Decimal; equity: Decimal; all: Decimal }, { cash, equity }: { cash: Decimal[]; equity: Decimal[] }) =>
    remainder(totals.cash, cash).isZero() && remainder(totals.equity, equity).isZero() && remainder(totals.all, [...cash, ...equity]).isZero();
  const { totals } = assessment;
  if (!exact(totals, sums.formula) || !exact(totals.ceilings, sums.ceiling)) fail('the totals are not the sums of the eligible items');
}

/**
 * Checks a policy pack the way the built-in ones are checked: evaluates it on
 * generated projects (fast-check) and verifies its caps, schedules and totals.
 * Meant for a user's own test suite: it throws, with the counterexample and a
 * seed to replay it, when a property fails.
 *
 * @param policy - a pack from `definePolicy` / `loadPolicy`, or a built-in id
 * @param options - how many generated projects, and a seed to replay
 * @returns what was checked, when every property held
 * @throws {IncentiveInputError} before any project is generated, for an unknown policy, a value that
 *   is not a pack, or bad options (every problem listed)
 * @throws {Error} fast-check's report of the first property that fails, shrunk to a small project
 *
 * @example
 * import { checkPolicy } from 'chip-incentives/testing';
 * it('keeps its caps', () => { checkPolicy(myPack, { runs: 500 }); });
 * checkPolicy('qingshan-lake-2018', { runs: 20 }).properties.length;
 * //=> 7
 */
export function checkPolicy(policy: PolicyPack | PolicyId, options: CheckPolicyOptions = {}): CheckPolicyReport {
  const plan = checkPolicyArguments(policy, options);
  fc.assert(
    fc.property(projectArbitrary, (project) => {
      checkAssessment(evaluate(project, { policy }));
    }),
    { numRuns: plan.runs, ...(plan.seed !== undefined && { seed: plan.seed }) },
  );
  return { policy: plan.policy, runs: plan.runs, properties: [...PROPERTIES] };
}
