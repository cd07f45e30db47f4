import { Decimal } from '../money/decimal.js';

/** What comes before the exponent of a number literal: its digits. */
const MANTISSA = /^[^eE]*/;

/**
 * Whether the JavaScript number a parser made of a number literal still
 * says what the literal says. The library reads a number from its shortest
 * text (`String(n)`); a JSON or YAML parser reads `99999999999999.99` as the
 * nearest double, 99999999999999.984375, whose shortest text is
 * `99999999999999.98`: a cent lost before any check could see it. The
 * literal is compared, as a decimal, with the decimal of that text; `0.1`,
 * `36`, `1e3` and `-0` hold, `1e400` (infinite) and `1e-400` (read as 0) do not.
 *
 * @param literal - the number as written in the text (`-12.5e3`)
 * @param parsed - the number the parser made of it
 * @returns true when `parsed` holds `literal` exactly
 *
 * @example
 * holdsExactly('0.1', 0.1); //=> true
 * holdsExactly('99999999999999.99', 99999999999999.99); //=> false
 */
export function holdsExactly(literal: string, parsed: number): boolean {
  if (!Number.isFinite(parsed)) return false;
  // The usual case, `36` or `0.1`, without a decimal made.
  if (String(parsed) === literal) return true;
  // An exponent past decimal.js's own range reads as 0 there too; a zero is exact only when no digit of the literal is one.
  if (parsed === 0) return !/[1-9]/.test(MANTISSA.exec(literal)![0]);
  try {
    return new Decimal(literal).eq(new Decimal(String(parsed)));
  } catch {
    return false;
  }
}
