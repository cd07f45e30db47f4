import type { PolicyPack } from './policy-pack.js';
import { definePolicy } from './define-policy.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { MESSAGES } from '../schema/messages.js';
import { parseJsonText } from '../schema/parse-json.js';
import type { PolicyDefinitionInput } from '../schema/policy-definition.js';

/** Longest JSON text read, in characters (a pack of five hundred rules fits many times over). */
const MAX_JSON = 5_000_000;

/**
 * Reads a policy definition from JSON (a string, or an already parsed value)
 * and validates it as `definePolicy` does. `exportPolicy` writes the JSON this
 * reads; loading an exported pack gives the same results as the original.
 *
 * @param json - the definition as JSON text or as a parsed value
 * @returns a pack usable wherever a built-in policy id is
 * @throws {IncentiveInputError} for text that is not JSON, or a definition that is not valid
 *
 * @example
 * const pack = loadPolicy(readFileSync('my-district.json', 'utf8'));
 */
export function loadPolicy(json: string | unknown): PolicyPack {
  let value: unknown = json;
  if (typeof json === 'string') {
    if (json.length > MAX_JSON) throw new IncentiveInputError([{ code: 'out_of_range', path: [], message: MESSAGES.invalidJson('policy', `longer than ${MAX_JSON} characters`) }]);
    value = parseJsonText(json, 'policy');
  }
  return definePolicy(value as PolicyDefinitionInput);
}
