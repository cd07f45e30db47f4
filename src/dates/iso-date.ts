import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/**
 * A calendar date written `YYYY-MM-DD`. Every date the library reads or writes
 * has this form; none comes from a clock.
 */
export type IsoDate = string;

/** The shape of a `YYYY-MM-DD` date, real or not. */
export const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`
 * (`'2018-02-30'` is not; `'2020-02-29'` is).
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE_SHAPE.test(value)) return false;
  const date = parseISO(value);
  // parseISO rejects impossible days; the round trip also rejects anything it normalised.
  return isValid(date) && formatISO(date, { representation: 'date' }) === value;
}

/** The date `months` calendar months after `date`, clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
export function addMonthsToIsoDate(date: IsoDate, months: number): IsoDate {
  return formatISO(addMonths(parseISO(date), months), { representation: 'date' });
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  // YYYY-MM-DD strings of four-digit years sort as their dates do.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `a` falls strictly after `b`. */
export function isAfterIsoDate(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) > 0;
}

/** The number of calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenIsoDates(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** The calendar year of a date. */
export function yearOfIsoDate(date: IsoDate): string {
  return date.slice(0, 4);
}
