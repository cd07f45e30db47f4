import { ISO_DATE_SHAPE, isIsoDate, type IsoDate } from '../dates/iso-date.js';
import type { InputIssueCode } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import { QUALIFIED_ID } from './qualified-id.js';
import { textLongerThan } from './text-longer-than.js';

/**
 * The readers of the plain fields of every input (texts, dates, whole
 * numbers, the ids of named projects), without zod: the hand validation of
 * projects and options calls them, and the zod fields of `fields.ts` wrap
 * them, so that both say the same thing in the same words. Each returns the
 * value it accepts, or a `Refusal`; nothing is allocated for a value accepted.
 */

/** Why a value was refused: the kind of problem and the sentence that says it. */
export class Refusal {
  constructor(
    readonly code: InputIssueCode,
    readonly message: string,
  ) {}
}

/** The refusal of a missing value, the same everywhere. */
export const REQUIRED = new Refusal('required', MESSAGES.required);

/**
 * A calendar date `YYYY-MM-DD` between `LIMITS.minDate` and `LIMITS.maxDate`.
 *
 * @param value - the value as given
 * @returns the date, or why it is not one
 * @example
 * readDate('2018-07-01');                //=> '2018-07-01'
 * (readDate('2018-02-30') as Refusal).code; //=> 'invalid_format'
 */
export function readDate(value: unknown): IsoDate | Refusal {
  if (value === undefined) return REQUIRED;
  if (typeof value !== 'string') return new Refusal('invalid_type', MESSAGES.date(value));
  if (!isIsoDate(value)) {
    return new Refusal('invalid_format', ISO_DATE_SHAPE.test(value) ? MESSAGES.impossibleDate(value) : MESSAGES.date(value));
  }
  if (value < LIMITS.minDate || value > LIMITS.maxDate) return new Refusal('out_of_range', MESSAGES.dateOutOfRange(value));
  return value;
}

/**
 * A whole number from 1 to `max`.
 *
 * @param value - the value as given
 * @param max - the largest accepted
 * @returns the number, or why it is not one
 * @example
 * readPositiveInteger(12, 1200);                  //=> 12
 * (readPositiveInteger(0, 1200) as Refusal).code; //=> 'out_of_range'
 */
export function readPositiveInteger(value: unknown, max: number): number | Refusal {
  if (value === undefined) return REQUIRED;
  if (typeof value !== 'number') return new Refusal('invalid_type', MESSAGES.positiveInteger(value, max));
  if (!Number.isInteger(value) || value < 1 || value > max) return new Refusal('out_of_range', MESSAGES.positiveInteger(value, max));
  return value;
}

/**
 * A text with at least one visible character and at most
 * `LIMITS.maxTextLength` characters (code points, as the published JSON
 * Schema's `maxLength` counts them: see `textLongerThan`), kept as written.
 *
 * @param value - the value as given
 * @returns the text, or why it is not one
 * @example
 * readText(' CMP line ');            //=> ' CMP line '
 * (readText('  ') as Refusal).code;  //=> 'out_of_range'
 */
export function readText(value: unknown): string | Refusal {
  if (value === undefined) return REQUIRED;
  if (typeof value !== 'string') return new Refusal('invalid_type', MESSAGES.text(value));
  if (textLongerThan(value, LIMITS.maxTextLength) || value.trim() === '') return new Refusal('out_of_range', MESSAGES.text(value));
  return value;
}

/**
 * The id of a project a source names, `<pack id>/<project>`, kept as written.
 *
 * @param value - the value as given
 * @returns the id, or why it is not one
 * @example
 * readSourceProject('nanhu-2022/photomask-material'); //=> 'nanhu-2022/photomask-material'
 * (readSourceProject('photomask') as Refusal).code;   //=> 'invalid_format'
 */
export function readSourceProject(value: unknown): string | Refusal {
  if (value === undefined) return REQUIRED;
  if (typeof value !== 'string') return new Refusal('invalid_type', MESSAGES.sourceProject(value));
  if (!QUALIFIED_ID.test(value)) return new Refusal('invalid_format', MESSAGES.sourceProject(value));
  return value;
}
