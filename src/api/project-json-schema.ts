import { z } from 'zod';
import type { PolicyDefinition } from '../engine/definition.js';
import { packFactsJsonSchema } from '../schema/fact-json-schema.js';
import { strictObject } from '../schema/fields.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { projectJsonSchema as builtInProjectSchema } from '../schema/json-schema.js';
import { MESSAGES } from '../schema/messages.js';
import { readArguments } from '../schema/read-arguments.js';
import { toInputIssues } from '../schema/zod-issues.js';
import type { PolicyId } from './options.js';
import { keepPackAt, type PolicyPack } from './policy-pack.js';
import { builtInPolicyIds, resolvePolicy } from './registry.js';

// The policy is an id or a pack, read by `resolvePolicy`; any other key is refused with a did-you-mean.
const optionsSchema = strictObject({ policy: z.unknown().optional() });

/** The pack the options name, or undefined for none; every problem at its path under `options`. */
function policyOf(settings: unknown): PolicyDefinition | undefined {
  const parsed = optionsSchema.safeParse(settings, { reportInput: true });
  if (!parsed.success) throw new IncentiveInputError(toInputIssues(parsed.error.issues, ['options']));
  const { policy } = parsed.data;
  if (policy === undefined) return undefined;
  const resolved = resolvePolicy(policy);
  if (resolved.ok) return resolved.pack.definition;
  const path = ['options', 'policy'];
  if (resolved.error) throw new IncentiveInputError(resolved.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })));
  throw new IncentiveInputError([{ code: 'unknown_option', path, message: MESSAGES.unknownPolicy(policy, builtInPolicyIds()) }]);
}

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
 * @throws {IncentiveInputError} for options that are not an object, an unknown option (with did-you-mean),
 *   an unknown policy id or anything that is not a pack, at their path under `options`
 *
 * @example
 * projectJsonSchema().required;
 * //=> ['name', 'investment']
 * Object.keys(projectJsonSchema({ policy: termSheet }).properties.facts.properties);
 * //=> ['my-district/new-hires', 'my-district/local-tax']
 */
export function projectJsonSchema(options: { policy?: PolicyId | PolicyPack } = {}): Record<string, unknown> {
  const [settings] = readArguments({ value: options, at: ['options'], keep: keepPackAt('policy') });
  const definition = policyOf(settings);
  const schema = builtInProjectSchema();
  if (definition === undefined) return schema;
  const facts = packFactsJsonSchema(definition.id, definition.facts);
  const properties = { ...(schema['properties'] as Record<string, unknown>), facts };
  const required = [...(schema['required'] as string[]), ...(facts['required'] ? ['facts'] : [])];
  return { ...schema, title: `chip-incentives project for ${definition.id}`, properties, required };
}
