import { displayWidth } from './display-width.js';

/**
 * A number as reports write it, which a line never breaks inside: digits
 * joined by thousands commas, a decimal point, the hyphens of a date or a
 * slash or colon, with its sign and a percent sign.
 */
export const NUMBER = /[-−]?\d+(?:[,.\-/:]\d+)*%?/u;

/**
 * The width of the widest number in a text, in terminal cells: the narrowest
 * a table column can be without cutting one of its numbers.
 *
 * @param text - one line of printable text
 * @returns the width, 0 when the text holds no number
 *
 * @example
 * widestNumber('annual-output: 760,000,000.00 → 1,000,000,000.00'); //=> 16
 */
export function widestNumber(text: string): number {
  let widest = 0;
  for (const [found] of text.matchAll(new RegExp(NUMBER.source, 'gu'))) widest = Math.max(widest, displayWidth(found));
  return widest;
}
