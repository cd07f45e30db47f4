import { z } from 'zod';
import { dateField, strictObject } from '../schema/fields.js';
import { MESSAGES } from '../schema/messages.js';

/** Readings by interpretation id, each a text. */
export const interpretationsField = z.record(z.string(), z.string({ error: (issue) => MESSAGES.text(issue.input) }), {
  error: (issue) => MESSAGES.object(issue.input),
});

/**
 * The zod schema of the options of `evaluate`: what `resolveOptions` read
 * them with before it read them by hand (`readOptions`), kept as the
 * reference that reading is held to (the differential fuzz test).
 *
 * @example
 * optionsSchema.safeParse({ policy: 'qingshan-lake-2018', asOf: '2019-02-30' }).success; //=> false
 */
export const optionsSchema = strictObject({
  // An id or a pack: read by `resolvePolicy`.
  policy: z.unknown(),
  asOf: dateField.optional(),
  interpretations: interpretationsField.optional(),
  // Read against the pack's parameters and rules in `resolveOverrides` and `resolveTranchePlans`.
  overrides: z.unknown().optional(),
  schedules: z.unknown().optional(),
});
