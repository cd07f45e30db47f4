import { z } from 'zod';
import type { Decimal } from '../money/decimal.js';
import { ISO_DATE_SHAPE, isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { readAmount, readRate, type ReadResult } from './amount.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import type { InputIssueCode } from './issues.js';

/**
 * Field schemas shared by every input. Each reads a raw value into its exact
 * form or records one issue whose message is a sentence from `MESSAGES`.
 * They accept `unknown` and decide themselves, so that a wrong type, a missing
 * value and a value out of range all get the same careful wording.
 */

type Context = { issues: unknown[] };

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
export const amountField = decimalField(readAmount);

/** An annual rate as a decimal fraction (see `readRate`). */
export const rateField = decimalField(readRate);

/** A calendar date `YYYY-MM-DD` between the limits. */
export const dateField = z.unknown().transform((value, ctx): IsoDate => {
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
});

/** A whole number from 1 to `max`. */
export function positiveIntegerField(max: number) {
  return z.unknown().transform((value, ctx): number => {
    if (value === undefined) return failRequired(ctx);
    if (typeof value !== 'number') return fail(ctx, value, 'invalid_type', MESSAGES.positiveInteger(value, max));
    if (!Number.isInteger(value) || value < 1 || value > max) {
      return fail(ctx, value, 'out_of_range', MESSAGES.positiveInteger(value, max));
    }
    return value;
  });
}

/** A text with at least one visible character, kept as written. */
export const textField = z.unknown().transform((value, ctx): string => {
  if (value === undefined) return failRequired(ctx);
  if (typeof value !== 'string') return fail(ctx, value, 'invalid_type', MESSAGES.text(value));
  if (value.trim() === '' || value.length > LIMITS.maxTextLength) {
    return fail(ctx, value, 'out_of_range', MESSAGES.text(value));
  }
  return value;
});

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
      if (issue.code === 'unrecognized_keys') return MESSAGES.unknownField(known);
      return issue.input === undefined ? MESSAGES.required : MESSAGES.object(issue.input);
    },
  });
}

/**
 * A list of at most `max` entries. The length is checked before any entry is
 * read, so an oversized list is refused at once rather than parsed in full.
 */
export function listField<T extends z.ZodType>(item: T, max: number) {
  return z
    .custom<unknown>((value) => !Array.isArray(value) || value.length <= max, {
      error: () => MESSAGES.listTooLong(max),
      params: { code: 'too_many' satisfies InputIssueCode },
    })
    .pipe(
      z.array(item, {
        error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.list(issue.input)),
      }),
    );
}

/** A list of distinct words from a fixed set; a repeated word is refused where it repeats. */
export function choiceListField<const T extends readonly [string, ...string[]]>(values: T) {
  return listField(choiceField(values), values.length).superRefine((list, ctx) => {
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
}
