import fc from 'fast-check';
import { evaluate } from '../api/evaluate.js';
import type { PolicyId } from '../api/options.js';
import type { PolicyPack } from '../api/policy-pack.js';
import type { Assessment } from '../engine/assessment.js';
import { INSTRUMENT_CLASS } from '../engine/totals.js';
import { Decimal } from '../money/decimal.js';
import { sum } from '../money/money.js';
import { project as projectArbitrary } from './arbitraries.js';

/** How hard to check. */
export interface CheckPolicyOptions {
  /** Generated projects to evaluate (default 200). */
  runs?: number;
  /** A fast-check seed, to replay a failure. */
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
  'the totals are the exact sums of the eligible items, cash and equity apart',
];

function fail(message: string): never {
  throw new Error(message);
}

/** Throws on the first property an assessment breaks (exported for the tests of the checks themselves). */
export function checkAssessment(assessment: Assessment): void {
  let cash = new Decimal(0);
  let equity = new Decimal(0);
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
      if (!sum((item.schedule ?? []).map((payment) => payment.amount)).equals(item.amount)) fail(`${where}: the schedule does not sum to the amount`);
      if (INSTRUMENT_CLASS[item.instrument] === 'cash') cash = cash.plus(item.amount);
      if (INSTRUMENT_CLASS[item.instrument] === 'equity') equity = equity.plus(item.amount);
    } else if (item.schedule) fail(`${where}: an ineligible item has a schedule`);
  }
  for (const [key, entry] of shared) {
    if (sum(entry.items).greaterThan(entry.limit)) fail(`shared cap ${key.split('\u0000')[0]}: the items sum to more than ${entry.limit.toFixed()}`);
  }
  if (!assessment.totals.cash.equals(cash) || !assessment.totals.equity.equals(equity) || !assessment.totals.all.equals(cash.plus(equity))) {
    fail('the totals are not the sums of the eligible items');
  }
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
 * @throws {Error} fast-check's report of the first failure, shrunk to a small project
 *
 * @example
 * import { checkPolicy } from 'chip-incentives/testing';
 * it('keeps its caps', () => { checkPolicy(myPack, { runs: 500 }); });
 */
export function checkPolicy(policy: PolicyPack | PolicyId, options: CheckPolicyOptions = {}): CheckPolicyReport {
  const runs = options.runs ?? 200;
  fc.assert(
    fc.property(projectArbitrary, (project) => {
      checkAssessment(evaluate(project, { policy }));
    }),
    { numRuns: runs, ...(options.seed !== undefined && { seed: options.seed }) },
  );
  return { policy: typeof policy === 'string' ? policy : policy.id, runs, properties: [...PROPERTIES] };
}
