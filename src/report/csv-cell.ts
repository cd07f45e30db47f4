import { printable } from '../schema/printable.js';

/**
 * A cell a spreadsheet would run as a formula: its first character that is
 * not blank (spaces, tabs, line breaks, the full-width space, zero-width and
 * other invisible format characters, or controls, which some spreadsheets
 * skip) is `=`, `+`, `-` or `@`, in ASCII or full width (`＝＋－＠`, which some
 * spreadsheets read as the ASCII ones).
 */
const FORMULA = /^[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202f\u2060-\u206f]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** The line breaks a quoted cell keeps: a value's own lines, as RFC 4180 allows. */
const LINE_BREAK = /(\r\n|\r|\n)/;

/**
 * One cell of RFC 4180 CSV, safe to open in a spreadsheet: a cell that would
 * run as a formula (see above) gets a leading apostrophe, which spreadsheets
 * read as "text"; control characters other than line breaks are written as
 * `\uXXXX` (see `printable`); the cell is quoted when it holds a comma, a
 * quote or a line break. Amounts, plain digits, pass through unchanged.
 *
 * @param value - the cell's text
 * @returns the cell as it goes into the file
 *
 * @example
 * csvCell(' \u3000=HYPERLINK("x")'); //=> `"' \u3000=HYPERLINK(""x"")"`
 */
export function csvCell(value: string): string {
  const lines = value.split(LINE_BREAK).map((part, index) => (index % 2 === 1 ? part : printable(part)));
  const text = lines.join('');
  const safe = FORMULA.test(value) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
