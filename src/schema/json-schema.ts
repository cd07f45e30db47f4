import { z } from 'zod';
import { jsonSchemaRegistry } from './fields.js';
import { policyDefinitionSchema } from './policy-definition.js';
import { libraryProjectSchema } from './project.js';

function toJsonSchema(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: jsonSchemaRegistry });
  return { ...json, title, description };
}

/**
 * The JSON Schema (draft 2020-12) of a project, for users outside
 * TypeScript; generated from `projectSchema`. The package ships it as
 * `chip-incentives/project.schema.json`. It checks shapes and ranges; the
 * relations between fields (unique names, a founder among the talents) are
 * checked by `evaluate`.
 *
 * @returns the schema as a plain object
 *
 * @example
 * projectJsonSchema().required;
 * //=> ['name', 'investment']
 */
export function projectJsonSchema(): Record<string, unknown> {
  return toJsonSchema(libraryProjectSchema(), 'chip-incentives project', 'A hypothetical project, described once and assessed under any policy.');
}

/**
 * The JSON Schema (draft 2020-12) of a policy definition, as `definePolicy`
 * and `loadPolicy` read it; shipped as `chip-incentives/policy.schema.json`.
 * References (to facts, parameters, interpretations) are checked by `definePolicy`.
 *
 * @returns the schema as a plain object
 *
 * @example
 * policyJsonSchema().title;
 * //=> 'chip-incentives policy definition'
 */
export function policyJsonSchema(): Record<string, unknown> {
  return toJsonSchema(policyDefinitionSchema, 'chip-incentives policy definition', 'A policy pack as plain data: parameters with citations and rules built from the library\'s blocks.');
}
