import { z } from 'zod';
import { jsonSchemaRegistry } from './fields.js';
import { PACK_FACT_KEY, readProjectFacts } from './read-project-facts.js';
import { LIMITS } from './limits.js';

const DESCRIPTION =
  'Facts that policy packs declare of their own (a term sheet\'s new hires, floor space, yearly tax paid), keyed "<pack id>/<fact id>". ' +
  'Each value is checked against the declaration of the pack being evaluated; facts of other packs are left for them.';

/**
 * A project's `facts` as a zod field of the project schema: `readProjectFacts`,
 * its problems recorded as zod issues (their kind in `params.code`).
 *
 * @example
 * projectFactsField.parse({ 'my-district/new-hires': 120 }).get('my-district/new-hires'); //=> 120
 */
export const projectFactsField = z.unknown().transform((value, ctx): ReadonlyMap<string, unknown> => {
  const read = readProjectFacts(value);
  if (read.ok) return read.facts;
  const input = (path: readonly string[]) => (path.length === 0 ? value : path[0]);
  for (const issue of read.issues) {
    ctx.issues.push({ code: 'custom', message: issue.message, input: input(issue.path), path: [...issue.path], params: { code: issue.code } });
  }
  return z.NEVER;
});

jsonSchemaRegistry.add(projectFactsField, {
  description: DESCRIPTION,
  type: 'object',
  propertyNames: { pattern: PACK_FACT_KEY.source },
  maxProperties: LIMITS.maxProjectFacts,
});
