import type { Decimal } from '../money/decimal.js';
import { readAmount } from '../schema/amount.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { MESSAGES } from '../schema/messages.js';

/**
 * Reads an amount in yuan as the policies and the people who read them write
 * it, exactly (a Decimal, never a float): digits with or without thousands
 * separators and decimals; an optional unit, 万, 亿, 万亿, 千, the compounds
 * 十万, 百万, 千万, 百亿 and 千亿 (the longest that matches), thousand, million
 * or billion; an optional currency before or after, ¥, RMB, CNY, 元 or yuan;
 * Chinese amounts of decreasing units ("3亿5000万元", "3千万"); full-width
 * digits. Within the limits of every amount: at most 10^15 yuan, 20 decimals.
 *
 * A number after the last Chinese unit, with no unit of its own, is read as
 * people mean it: one digit is the next place down (after 万 thousands, after
 * 亿 ten-millions, after 千 hundreds, after 万亿 hundred-billions: "3万5" is
 * 35,000), and a full group of the unit's digits is a count of yuan ("3万5000"
 * is 35,000, "3万0500" is 30,500). Any other ("3万500", "3万05") has no one
 * reading and is refused, the message showing how to write it ("3.05万" or
 * "30,500").
 *
 * @param text - the amount as written
 * @returns the amount in yuan
 * @throws {IncentiveInputError} naming the text, for anything it cannot read or that is ambiguous
 *
 * @example
 * parseAmount('3,000万元').toFixed(2);        //=> '30000000.00'
 * parseAmount('1.1 billion yuan').toFixed(2); //=> '1100000000.00'
 * parseAmount('3亿').toFixed(2);              //=> '300000000.00'
 * parseAmount('3万5').toFixed(2);             //=> '35000.00'
 * parseAmount('3千万').toFixed(2);            //=> '30000000.00'
 */
export function parseAmount(text: string): Decimal {
  if (typeof text !== 'string') throw new IncentiveInputError([{ code: 'invalid_type', path: [], message: MESSAGES.amountTextExpected(text) }]);
  const read = readAmount(text);
  if (!read.ok) throw new IncentiveInputError([{ code: read.code, path: [], message: read.message }]);
  return read.value;
}
