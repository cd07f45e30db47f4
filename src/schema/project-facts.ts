import { z } from 'zod';
import { jsonSchemaRegistry } from './fields.js';
import { isRecord } from './is-record.js';
import type { InputIssueCode } from './issues.js';
import { LIMITS } from './limits.js';
import { QUALIFIED_ID } from './qualified-id.js';
import { MESSAGES } from './messages.js';

/** `<pack id>/<fact id>`, as a pack's conditions name a fact of its own. */
export const PACK_FACT_KEY = QUALIFIED_ID;

const DESCRIPTION =
  'Facts that policy packs declare of their own (a term sheet\'s new hires, floor space, yearly tax paid), keyed "<pack id>/<fact id>". ' +
  'Each value is checked against the declaration of the pack being evaluated; facts of other packs are left for them.';

function issue(ctx: { issues: unknown[] }, code: InputIssueCode, message: string, input: unknown, path: string[] = []): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', message, input, path, params: { code } });
  return z.NEVER;
}

/**
 * A project's `facts`: an object of at most `LIMITS.maxProjectFacts` entries
 * keyed `<pack id>/<fact id>`, the values kept as given (a copy). Their types
 * and limits belong to the packs, so they are read when a pack is evaluated
 * (see `readPackFacts`); here only the keys are checked.
 *
 * @example
 * projectFactsField.parse({ 'my-district/new-hires': 120 }).get('my-district/new-hires'); //=> 120
 */
export const projectFactsField = z.unknown().transform((value, ctx): ReadonlyMap<string, unknown> => {
  if (!isRecord(value)) return issue(ctx, 'invalid_type', MESSAGES.projectFacts(value), value);
  const entries = Object.entries(value);
  if (entries.length > LIMITS.maxProjectFacts) return issue(ctx, 'too_many', MESSAGES.listTooLong(LIMITS.maxProjectFacts), value);
  let valid = true;
  for (const [key] of entries) {
    if (PACK_FACT_KEY.test(key)) continue;
    valid = false;
    issue(ctx, 'invalid_format', MESSAGES.projectFactKey(key), key, [key]);
  }
  return valid ? new Map(entries) : z.NEVER;
});

jsonSchemaRegistry.add(projectFactsField, {
  description: DESCRIPTION,
  type: 'object',
  propertyNames: { pattern: PACK_FACT_KEY.source },
  maxProperties: LIMITS.maxProjectFacts,
});
