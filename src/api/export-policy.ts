import type { PolicyDefinition } from '../engine/definition.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { MESSAGES } from '../schema/messages.js';
import { readArguments } from '../schema/read-arguments.js';
import { keepPackAt, type PolicyPack } from './policy-pack.js';
import { builtInPolicyIds, findBuiltInPolicy, resolvePolicy } from './registry.js';

/**
 * A pack's full definition as plain JSON data: every built-in pack (by id) or
 * any pack from `definePolicy`. `loadPolicy` reads it back, and the loaded pack
 * gives the same results. `JSON.stringify(exportPolicy(id), null, 2)` is the file.
 *
 * @param policy - a built-in policy id, or a pack
 * @returns a deep copy of the definition, every value a string, number, boolean, array or object
 * @throws {IncentiveInputError} for an unknown id, or anything that is not a pack
 *
 * @example
 * exportPolicy('qingshan-lake-2018').rules[0].parameters.ceiling.value;
 * //=> '30000000'
 */
export function exportPolicy(policy: string | PolicyPack): PolicyDefinition {
  const [value] = readArguments({ value: policy, at: ['policy'], keep: keepPackAt() });
  if (typeof value === 'string') {
    const definition = findBuiltInPolicy(value);
    if (definition) return structuredClone(definition);
  } else {
    const resolved = resolvePolicy(value);
    if (resolved.ok) return structuredClone(resolved.pack.definition);
    if (resolved.error) throw new IncentiveInputError(resolved.error.issues.map((issue) => ({ ...issue, path: ['policy', ...issue.path] })));
  }
  throw new IncentiveInputError([{ code: 'unknown_option', path: ['policy'], message: MESSAGES.unknownPolicy(value, builtInPolicyIds()) }]);
}
