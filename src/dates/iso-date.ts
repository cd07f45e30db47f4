import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { parseISO } from 'date-fns/parseISO';

/**
 * A calendar date written `YYYY-MM-DD`. Every date the library reads or writes
 * has this form; none comes from a clock.
 */
export type IsoDate = string;

/** The shape of a `YYYY-MM-DD` date, real or not. */
export const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const februaries = new Map<number, number>();
const LENGTHS = [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The number of days in a month (1–12) of a year. February's length comes
 * from date-fns, once per year: the other months never change.
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return LENGTHS[month - 1]!;
  let days = februaries.get(year);
  if (days === undefined) {
    days = getDaysInMonth(new Date(year, 1, 1));
    if (februaries.size < 5000) februaries.set(year, days);
  }
  return days;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`
 * (`'2018-02-30'` is not; `'2020-02-29'` is).
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE_SHAPE.test(value)) return false;
  const year = Number.parseInt(value.slice(0, 4), 10);
  const month = Number.parseInt(value.slice(5, 7), 10);
  const day = Number.parseInt(value.slice(8, 10), 10);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The date `months` calendar months after `date`, on the same day of the
 * month or, when that month is shorter, on its last day (31 January + 1 month
 * = 28 or 29 February), as date-fns's `addMonths` counts.
 */
export function addMonthsToIsoDate(date: IsoDate, months: number): IsoDate {
  const year = Number.parseInt(date.slice(0, 4), 10);
  const month = Number.parseInt(date.slice(5, 7), 10);
  const day = Number.parseInt(date.slice(8, 10), 10);
  const index = month - 1 + months;
  const targetYear = year + Math.floor(index / 12);
  const targetMonth = (((index % 12) + 12) % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
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

/**
 * The date `days` calendar days after `date` (before it, for a negative
 * count), counted through the months so that no clock or time zone is read.
 */
export function addDaysToIsoDate(date: IsoDate, days: number): IsoDate {
  let year = Number.parseInt(date.slice(0, 4), 10);
  let month = Number.parseInt(date.slice(5, 7), 10);
  let day = Number.parseInt(date.slice(8, 10), 10) + days;
  while (day < 1) {
    month -= 1;
    if (month < 1) [year, month] = [year - 1, 12];
    day += daysInMonth(year, month);
  }
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
