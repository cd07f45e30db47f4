import type { IsoDate } from '../../../src/dates/iso-date.js';
import { LIMITS } from '../../../src/schema/limits.js';

/** The month of a date counted from year 0, read without making strings. */
function monthIndex(date: IsoDate): number {
  let year = 0;
  for (let at = 0; at < 4; at += 1) year = year * 10 + date.charCodeAt(at) - 48;
  return year * 12 + (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48 - 1;
}

const LAST_MONTH = monthIndex(LIMITS.maxDate);

/**
 * The most payments a block can make from `start`, one every `apart` months,
 * with the last still in a month on or before `LIMITS.maxDate`: the bound an
 * assessment is refused by (a payment dated after the last date accepted),
 * and a definition too, from the earliest date accepted, since no project
 * could then be assessed.
 *
 * @param start - the first payment's date, from `LIMITS.minDate` to `LIMITS.maxDate`
 * @param apart - the months between two payments: 1 for a monthly block, 12 for a yearly one
 * @returns the most periods that can be paid
 *
 * @example
 * periodsWithinDates('1900-01-01', 1);  //=> 13200  (January 1900 to December 2999)
 * periodsWithinDates('1900-01-01', 12); //=> 1100   (1900 to 2999)
 * periodsWithinDates('2999-06-15', 1);  //=> 7      (June to December 2999)
 */
export function periodsWithinDates(start: IsoDate, apart: number): number {
  return Math.floor((LAST_MONTH - monthIndex(start)) / apart) + 1;
}
