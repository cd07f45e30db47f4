import { z } from 'zod';
import type { Decimal } from '../money/decimal.js';
import type { IsoDate } from '../dates/iso-date.js';
import { readDate, readPositiveInteger, readSourceProject, readText, Refusal } from './field-readers.js';
import { readAmount, readRate, type ReadResult } from './amount.js';
import { LIMITS } from './limits.js';
import { QUALIFIED_ID } from './qualified-id.js';
import { MESSAGES } from './messages.js';
import type { InputIssueCode } from './issues.js';
import { textLongerThan } from './text-longer-than.js';

/**
 * Field schemas shared by every input. Each reads a raw value into its exact
 * form or records one issue whose message is a sentence from `MESSAGES`.
 * They accept `unknown` and decide themselves, so that a wrong type, a missing
 * value and a value out of range all get the same careful wording.
 */

type Context = { issues: unknown[] };

/**
 * What each field is in JSON Schema, kept in a private registry (zod's global
 * one is left alone): the fields read raw values themselves, so zod cannot
 * derive their schema. `toJsonSchema` passes this registry to zod.
 */
export const jsonSchemaRegistry = z.registry<Record<string, unknown>>();

function documented<T extends z.ZodType>(schema: T, json: Record<string, unknown>): T {
  jsonSchemaRegistry.add(schema, json);
  return schema;
}

const DECIMAL_PATTERN = '^\\d+(\\.\\d+)?$';

/** Records an issue; its kind travels in `params.code` to `toInputIssues`. */
function fail(ctx: Context, value: unknown, code: InputIssueCode, message: string): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', message, input: value, params: { code } });
  return z.NEVER;
}

function decimalField(reader: (value: unknown) => ReadResult) {
  return z.unknown().transform((value, ctx): Decimal => {
    const result = reader(value);
    return result.ok ? result.value : fail(ctx, value, result.code, result.message);
  });
}

/** An amount in yuan, read exactly (see `readAmount`). */
export const amountField = documented(decimalField(readAmount), {
  description:
    'An amount in yuan (at most 10^15, 20 decimals): a non-negative number, a decimal string such as "1500000.50", or the amount as written, such as "3,000万元" or "30 million RMB".',
  anyOf: [
    { type: 'number', minimum: 0, maximum: 1e15 },
    { type: 'string', pattern: DECIMAL_PATTERN, maxLength: 48 },
    { type: 'string', minLength: 1, maxLength: 100, pattern: '[0-9０-９]' },
  ],
});

/** An annual rate as a decimal fraction (see `readRate`). */
export const rateField = documented(decimalField(readRate), {
  description: 'A rate as a decimal fraction from 0 to 1, such as "0.0435" for 4.35%.',
  anyOf: [
    { type: 'number', minimum: 0, maximum: 1 },
    { type: 'string', pattern: DECIMAL_PATTERN, maxLength: 48 },
  ],
});

/** The value a hand reader accepted, or its refusal recorded as an issue. */
function accepted<T>(ctx: Context, value: unknown, read: T | Refusal): T {
  return read instanceof Refusal ? fail(ctx, value, read.code, read.message) : read;
}

/** A calendar date `YYYY-MM-DD` between the limits (see `readDate`). */
export const dateField = documented(z.unknown().transform((value, ctx): IsoDate => accepted(ctx, value, readDate(value))), {
  description: `A calendar date written YYYY-MM-DD, from ${LIMITS.minDate} to ${LIMITS.maxDate}.`,
  type: 'string',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
});

/** A whole number from 1 to `max` (see `readPositiveInteger`). */
export function positiveIntegerField(max: number) {
  const field = z.unknown().transform((value, ctx): number => accepted(ctx, value, readPositiveInteger(value, max)));
  return documented(field, { type: 'integer', minimum: 1, maximum: max });
}

/** A text with at least one visible character, kept as written (see `readText`). */
export const textField = documented(z.unknown().transform((value, ctx): string => accepted(ctx, value, readText(value))),
  { type: 'string', minLength: 1, maxLength: LIMITS.maxTextLength, pattern: '\\S' });

/**
 * A string of at most `max` characters, counted as every text limit of the
 * library counts them (code points, see `textLongerThan`) rather than as
 * zod's own `.max` counts them, which depends on zod's version and reads the
 * whole text; published in JSON Schema as `maxLength`, which counts the same.
 * Past the limit, the issue is the one zod's `.max` makes (`too_big`, zod's
 * sentence unless `tooLong` gives one), so that nothing else changes.
 *
 * @param max - the most characters allowed
 * @param params - zod's parameters of the string (its `error` for a value of another type), and the sentence for a text too long
 * @returns the zod schema
 *
 * @example
 * boundedString(3).safeParse('😀😀😀').success; //=> true (6 UTF-16 units, 3 characters)
 * boundedString(3).safeParse('abcd').success;   //=> false
 */
export function boundedString(max: number, params: { error?: z.core.$ZodErrorMap; tooLong?: () => string } = {}) {
  const { tooLong, ...string } = params;
  const field = z.string(string).check((ctx) => {
    if (!textLongerThan(ctx.value, max)) return;
    ctx.issues.push({
      origin: 'string', code: 'too_big', maximum: max, inclusive: true, input: ctx.value, continue: true,
      ...(tooLong !== undefined && { message: tooLong() }),
    });
  });
  return documented(field, { maxLength: max });
}

/** `true` or `false`. */
export const booleanField = z.boolean({
  error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.boolean(issue.input)),
});

/** One of a fixed set of words. */
export function choiceField<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.choice(issue.input, values)),
  });
}

/**
 * An object with exactly these fields. An unknown field is an issue at its own
 * path (a misspelt field must not be silently ignored), and so is a value that
 * is not an object at all.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      // zod groups an object's unknown keys in one issue, one message for all: a single key gets its did-you-mean.
      if (issue.code === 'unrecognized_keys') return MESSAGES.unknownField(known, issue.keys.length === 1 ? issue.keys[0] : undefined);
      return issue.input === undefined ? MESSAGES.required : MESSAGES.object(issue.input);
    },
  });
}

/** A list of at most `max` entries. */
export function listField<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item, {
      error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.list(issue.input)),
    })
    .max(max, { error: () => MESSAGES.listTooLong(max) });
}

/** A list of distinct words from a fixed set; a repeated word is refused where it repeats. */
export function choiceListField<const T extends readonly [string, ...string[]]>(values: T) {
  return distinctListField(choiceField(values), values.length);
}

/** A list of at most `max` distinct texts; a repeated one is refused where it repeats. */
export function distinctListField<T extends z.ZodType<string, unknown>>(item: T, max: number) {
  const field = listField(item, max).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((value, index) => {
      if (seen.has(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: MESSAGES.duplicateChoice(value),
          params: { code: 'duplicate' satisfies InputIssueCode },
        });
      }
      seen.add(value);
    });
  });
  return documented(field, { uniqueItems: true });
}

/** The id of a project a source names, `<pack id>/<project>`: a pack's conditions compare it as written (see `readSourceProject`). */
export const sourceProjectField = documented(z.unknown().transform((value, ctx): string => accepted(ctx, value, readSourceProject(value))),
  { type: 'string', pattern: QUALIFIED_ID.source, maxLength: 201 });
