import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, IncentiveInputError, type EvaluateOptions } from '../../src/index.js';
import { builtInPolicies } from '../../src/policies/index.js';
import type { InputIssue } from '../../src/schema/issues.js';
import type { PolicyDefinition } from '../oracle/engine/definition.js';
import { oracleEvaluate } from '../oracle/index.js';
import { plainAssessment, type Plain } from '../oracle/plain.js';
import { samePlainAssessment } from '../oracle/same-plain.js';
import { callsOf, type Call } from './differential-inputs.js';
import { USER_PACKS } from './differential-packs.js';
import { FUZZ_SEED, FUZZ_TIMEOUT } from './plan.js';

/**
 * `evaluate` against the engine of 0.1.0 (test/oracle): the same generated
 * calls through both, the same assessment in every public field to the cent
 * (each item's formula, trace and schedule included), or the same input
 * error with the same issues. `DIFFERENTIAL_RUNS=n` sets the projects per
 * built-in pack for a local run (users' packs get a fifth as many);
 * `DIFFERENTIAL_REPORT=1` prints what each rule was seen as.
 */
const fromEnv = Number.parseInt(process.env['DIFFERENTIAL_RUNS'] ?? '', 10);
const RUNS = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 10_000;
const USER_RUNS = Math.ceil(RUNS / 5);
const SEED = FUZZ_SEED ?? 20_180_615;

/** What a call gave: the assessment, or the issues of the input error. */
type Outcome = { ok: true; assessment: object } | { ok: false; issues: InputIssue[] };

/** What a call gives; anything but an assessment or an input error fails the test. */
function outcomeOf(engine: typeof evaluate, call: Call): Outcome {
  try {
    // Each item's formula, trace and schedule are computed when compared: an error they throw fails the test.
    return { ok: true, assessment: engine(call.project as never, call.options) };
  } catch (error) {
    if (error instanceof IncentiveInputError) return { ok: false, issues: [...error.issues] };
    throw error;
  }
}

/** An outcome as the test compares it in full: the assessment in plain form (every public field, the computed ones read), or the issues. */
function plainOutcome(outcome: Outcome): { ok: true; assessment: Plain } | { ok: false; issues: InputIssue[] } {
  return outcome.ok ? { ok: true, assessment: plainAssessment(outcome.assessment) } : outcome;
}

/**
 * Whether both engines gave the same: the plain forms of the assessments
 * compared without building them (most calls end there), otherwise the
 * outcomes in full, as `isDeepStrictEqual` compares them.
 */
function agree(ours: Outcome, reference: Outcome): boolean {
  if (ours.ok && reference.ok && samePlainAssessment(ours.assessment, reference.assessment)) return true;
  return isDeepStrictEqual(plainOutcome(ours), plainOutcome(reference));
}

type Status = 'eligible' | 'ineligible' | 'unquantified';

/** How often each rule of each pack was seen in each status, by pack id then rule id. */
const seen = new Map<string, Map<string, Record<Status, number>>>();

function tally(packId: string, definition: PolicyDefinition, outcome: Outcome): void {
  let rules = seen.get(packId);
  if (!rules) {
    rules = new Map(definition.rules.map((rule) => [rule.id, { eligible: 0, ineligible: 0, unquantified: 0 }]));
    seen.set(packId, rules);
  }
  if (!outcome.ok) return;
  for (const item of (outcome.assessment as { items: ReadonlyArray<{ ruleId: string; status: Status }> }).items) rules.get(item.ruleId)![item.status] += 1;
}

/**
 * The rules of a pack never seen on their eligible path: never eligible, or,
 * for a rule whose amount is an offer without a number, never offered.
 */
function neverEligible(packId: string, definition: PolicyDefinition): string[] {
  const counted = seen.get(packId) ?? new Map<string, Record<Status, number>>();
  return definition.rules
    .filter((rule) => {
      const counts = counted.get(rule.id);
      return !counts || counts[rule.amount.block === 'unquantified' ? 'unquantified' : 'eligible'] === 0;
    })
    .map((rule) => rule.id);
}

/** The property for one pack: both engines give the same outcome for every drawn call. */
function agreeOn(packId: string, policy: EvaluateOptions['policy'], definition: PolicyDefinition) {
  tally(packId, definition, { ok: false, issues: [] });
  return (
    // The pack is named by its id in what is drawn (a failure prints the id, not the whole definition), then put in.
    fc.property(callsOf(packId as EvaluateOptions['policy'], definition), (drawn) => {
      const call = { ...drawn, options: { ...drawn.options, policy } };
      const ours = outcomeOf(evaluate, call);
      const reference = outcomeOf(oracleEvaluate as typeof evaluate, call);
      // The deep comparison of `expect` only on a difference, for its readable report.
      if (!agree(ours, reference)) expect(plainOutcome(ours)).toStrictEqual(plainOutcome(reference));
      tally(packId, definition, ours);
    })
  );
}

describe('evaluate gives what the engine of 0.1.0 gives', () => {
  for (const definition of builtInPolicies()) {
    it(`${definition.id}: ${RUNS} generated calls`, () => {
      const own = definition as unknown as PolicyDefinition;
      fc.assert(agreeOn(definition.id, definition.id as EvaluateOptions['policy'], own), { numRuns: RUNS, seed: SEED });
      expect(neverEligible(definition.id, own)).toEqual([]);
    }, FUZZ_TIMEOUT);
  }

  for (const { id, pack } of USER_PACKS) {
    it(`a user's pack, ${id}: ${USER_RUNS} generated calls`, () => {
      const own = pack.definition as unknown as PolicyDefinition;
      fc.assert(agreeOn(id, pack, own), { numRuns: USER_RUNS, seed: SEED });
      expect(neverEligible(id, own)).toEqual([]);
    }, FUZZ_TIMEOUT);
  }

  afterAll(() => {
    if (process.env['DIFFERENTIAL_REPORT'] === undefined) return;
    for (const [packId, rules] of seen) {
      for (const [ruleId, counts] of rules) console.log(`${packId}\t${ruleId}\t${counts.eligible}\t${counts.ineligible}\t${counts.unquantified}`);
    }
  });
});
