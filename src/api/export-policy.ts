import type { PolicyDefinition } from '../engine/definition.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { MESSAGES } from '../schema/messages.js';
import { isPolicyPack, type PolicyPack } from './policy-pack.js';
import { builtInPolicyIds, findBuiltInPolicy } from './registry.js';

/**
 * A pack's full definition as plain JSON data: every built-in pack (by id) or
 * any pack from `definePolicy`. `loadPolicy` reads it back, and the loaded pack
 * gives the same results. `JSON.stringify(exportPolicy(id), null, 2)` is the file.
 *
 * @param policy - a built-in policy id, or a pack
 * @returns a deep copy of the definition, every value a string, number, boolean, array or object
 * @throws {IncentiveInputError} for an unknown id
 *
 * @example
 * exportPolicy('qingshan-lake-2018').rules[0].parameters.ceiling.value;
 * //=> '30000000'
 */
export function exportPolicy(policy: string | PolicyPack): PolicyDefinition {
  const definition = isPolicyPack(policy) ? policy.definition : typeof policy === 'string' ? findBuiltInPolicy(policy) : undefined;
  if (!definition) {
    throw new IncentiveInputError([{ code: 'unknown_option', path: ['policy'], message: MESSAGES.unknownPolicy(policy, builtInPolicyIds()) }]);
  }
  return structuredClone(definition) as PolicyDefinition;
}
