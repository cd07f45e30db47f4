import { z } from 'zod';
import type { Decimal } from '../money/decimal.js';
import { ISO_DATE_SHAPE, isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { readAmount, readRate, type ReadResult } from './amount.js';
import { LIMITS } from './limits.js';
import { QUALIFIED_ID } from './qualified-id.js';
import { MESSAGES } from './messages.js';
import type { InputIssueCode } from './issues.js';

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

function failRequired(ctx: Context): typeof z.NEVER {
  return fail(ctx, undefined, 'required', MESSAGES.required);
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

/** A calendar date `YYYY-MM-DD` between the limits. */
export const dateField = documented(z.unknown().transform((value, ctx): IsoDate => {
  if (value === undefined) return failRequired(ctx);
  if (typeof value !== 'string') return fail(ctx, value, 'invalid_type', MESSAGES.date(value));
  if (!isIsoDate(value)) {
    const message = ISO_DATE_SHAPE.test(value) ? MESSAGES.impossibleDate(value) : MESSAGES.date(value);
    return fail(ctx, value, 'invalid_format', message);
  }
  if (value < LIMITS.minDate || value > LIMITS.maxDate) {
    return fail(ctx, value, 'out_of_range', MESSAGES.dateOutOfRange(value));
  }
  return value;
}), {
  description: `A calendar date written YYYY-MM-DD, from ${LIMITS.minDate} to ${LIMITS.maxDate}.`,
  type: 'string',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
});

/** A whole number from 1 to `max`. */
export function positiveIntegerField(max: number) {
  const field = z.unknown().transform((value, ctx): number => {
    if (value === undefined) return failRequired(ctx);
    if (typeof value !== 'number') return fail(ctx, value, 'invalid_type', MESSAGES.positiveInteger(value, max));
    if (!Number.isInteger(value) || value < 1 || value > max) {
      return fail(ctx, value, 'out_of_range', MESSAGES.positiveInteger(value, max));
    }
    return value;
  });
  return documented(field, { type: 'integer', minimum: 1, maximum: max });
}

/** A text with at least one visible character, kept as written. */
export const textField = documented(z.unknown().transform((value, ctx): string => {
  if (value === undefined) return failRequired(ctx);
  if (typeof value !== 'string') return fail(ctx, value, 'invalid_type', MESSAGES.text(value));
  if (value.trim() === '' || value.length > LIMITS.maxTextLength) {
    return fail(ctx, value, 'out_of_range', MESSAGES.text(value));
  }
  return value;
}), { type: 'string', minLength: 1, maxLength: LIMITS.maxTextLength, pattern: '\\S' });

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

const SOURCE_PROJECT = QUALIFIED_ID;

/** The id of a project a source names, `<pack id>/<project>`: a pack's conditions compare it as written. */
export const sourceProjectField = documented(z.unknown().transform((value, ctx): string => {
  if (value === undefined) return failRequired(ctx);
  if (typeof value !== 'string') return fail(ctx, value, 'invalid_type', MESSAGES.sourceProject(value));
  if (!SOURCE_PROJECT.test(value)) return fail(ctx, value, 'invalid_format', MESSAGES.sourceProject(value));
  return value;
}), { type: 'string', pattern: SOURCE_PROJECT.source, maxLength: 201 });
