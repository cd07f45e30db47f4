import { packFactsJsonSchema } from '../schema/fact-json-schema.js';
import { projectJsonSchema as builtInProjectSchema } from '../schema/json-schema.js';
import { readArguments } from '../schema/read-arguments.js';
import { exportPolicy } from './export-policy.js';
import type { PolicyId } from './options.js';
import { keepPackAt, type PolicyPack } from './policy-pack.js';

/**
 * The JSON Schema (draft 2020-12) of a project, for users outside
 * TypeScript. Without a policy, the schema of any project, shipped as
 * `chip-incentives/project.schema.json`; with one (a built-in id or a pack),
 * the schema of a project for that pack: the built-in fields and, under
 * `facts`, each fact the pack declares of its own with its label, unit, type
 * and bounds, the required ones required. It checks shapes and ranges; the
 * relations between fields are checked by `evaluate`.
 *
 * @param options - optionally the policy whose own facts to describe
 * @returns the schema as a plain object
 * @throws {IncentiveInputError} for an unknown policy id, or anything that is not a pack
 *
 * @example
 * projectJsonSchema().required;
 * //=> ['name', 'investment']
 * Object.keys(projectJsonSchema({ policy: termSheet }).properties.facts.properties);
 * //=> ['my-district/new-hires', 'my-district/local-tax']
 */
export function projectJsonSchema(options: { policy?: PolicyId | PolicyPack } = {}): Record<string, unknown> {
  const [settings] = readArguments({ value: options, at: ['options'], keep: keepPackAt('policy') });
  const policy = typeof settings === 'object' && settings !== null ? (settings as { policy?: PolicyId | PolicyPack }).policy : undefined;
  const schema = builtInProjectSchema();
  if (policy === undefined) return schema;
  const definition = exportPolicy(policy);
  const facts = packFactsJsonSchema(definition.id, definition.facts);
  const properties = { ...(schema['properties'] as Record<string, unknown>), facts };
  const required = [...(schema['required'] as string[]), ...(facts['required'] ? ['facts'] : [])];
  return { ...schema, title: `chip-incentives project for ${definition.id}`, properties, required };
}
