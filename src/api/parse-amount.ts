import type { Decimal } from '../money/decimal.js';
import { readAmount } from '../schema/amount.js';
import { IncentiveInputError } from '../schema/input-error.js';

/**
 * Reads an amount in yuan as the policies and the people who read them write
 * it, exactly (a Decimal, never a float): digits with or without thousands
 * separators and decimals; an optional unit, 万, 亿, 万亿, 千, 百万, thousand,
 * million or billion; an optional currency before or after, ¥, RMB, CNY, 元 or
 * yuan; Chinese compounds of decreasing units ("3亿5000万元"); full-width digits.
 * Within the limits of every amount: at most 10^15 yuan, 20 decimals.
 *
 * @param text - the amount as written
 * @returns the amount in yuan
 * @throws {IncentiveInputError} naming the text, for anything it cannot read
 *
 * @example
 * parseAmount('3,000万元').toFixed(2);        //=> '30000000.00'
 * parseAmount('1.1 billion yuan').toFixed(2); //=> '1100000000.00'
 * parseAmount('3亿').toFixed(2);              //=> '300000000.00'
 */
export function parseAmount(text: string): Decimal {
  const read = readAmount(typeof text === 'string' ? text : { text });
  if (!read.ok) throw new IncentiveInputError([{ code: read.code, path: [], message: read.message }]);
  return read.value;
}
