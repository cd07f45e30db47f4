import { IncentiveInputError } from '../schema/input-error.js';
import { readInput } from '../schema/read-input.js';
import { policyDefinitionSchema, type PolicyDefinitionInput } from '../schema/policy-definition.js';
import { toInputIssues } from '../schema/zod-issues.js';
import { mergeIssues, reservedKeyIssues } from '../schema/reserved-keys.js';
import { Problems } from './definition/check-values.js';
import { normalizeDefinition } from './definition/normalize-definition.js';
import { makePack, type PolicyPack } from './policy-pack.js';
import type { PolicyDefinition } from '../engine/definition.js';

/**
 * Validates a definition into the engine's full form, or returns every
 * problem with its path (from `at`). The definition is read once, bounded in
 * depth and size (see `readInput`), and everything after works on that copy:
 * no check, and no recursive walk of a condition or an amount, sees more than
 * `LIMITS.maxInputDepth` levels.
 */
export function validateDefinition(input: unknown, at: readonly string[] = []): { ok: true; definition: PolicyDefinition } | { ok: false; error: IncentiveInputError } {
  const read = readInput(input, { at });
  if (!read.ok) return { ok: false, error: new IncentiveInputError(read.issues) };
  const parsed = policyDefinitionSchema.safeParse(read.value, { reportInput: true });
  const reserved = reservedKeyIssues(read.value, at);
  if (!parsed.success || reserved.length > 0) {
    return { ok: false, error: new IncentiveInputError(mergeIssues(parsed.success ? [] : toInputIssues(parsed.error.issues, at), reserved)) };
  }
  const problems = new Problems(at);
  const definition = normalizeDefinition(parsed.data, problems);
  if (problems.issues.length > 0) return { ok: false, error: new IncentiveInputError(problems.issues) };
  return { ok: true, definition };
}

/**
 * Validates a policy definition (plain data, see `PolicyDefinitionInput`)
 * and returns a pack usable wherever a built-in policy id is: `evaluate`,
 * `compare`, and through their assessments `presentValue` and `allocateFund`.
 * Rules are built from the library's blocks only, so a user's pack gets the
 * same exact money, caps, citations and schedules as the built-in ones.
 *
 * @param definition - the pack as data; texts may be strings or `{ en, zh }`, citations free text
 * @returns a frozen pack
 * @throws {IncentiveInputError} listing every problem with its path: a negative rate, a cap below
 *   zero, a duplicate rule id, a condition on a fact that does not exist, a reference to a missing parameter…
 *
 * @example
 * const offer = definePolicy({
 *   id: 'my-district-2026', name: 'My district offer', jurisdiction: { level: 'district', name: 'My district' },
 *   source: { document: 'offer-letter.pdf', published: '2026-03-01' },
 *   rules: [{
 *     id: 'equipment', label: 'Equipment subsidy', instrument: 'grant',
 *     citation: { document: 'offer-letter.pdf', quote: '30% of the actual investment excluding infrastructure, up to 100 million yuan.' },
 *     parameters: { rate: { value: '0.3', unit: 'ratio' }, ceiling: { value: '100000000', unit: 'CNY' } },
 *     amount: { block: 'capped-share', rate: { param: 'rate' }, base: { fact: 'investment.eligible' }, ceiling: { param: 'ceiling' } },
 *   }],
 * });
 * evaluate(project, { policy: offer, asOf: '2026-04-01' });
 */
export function definePolicy(definition: PolicyDefinitionInput): PolicyPack {
  const result = validateDefinition(definition);
  if (!result.ok) throw result.error;
  return makePack(result.definition);
}
