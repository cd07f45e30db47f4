import { Decimal } from './decimal.js';

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A finite decimal as an integer over a power of ten. */
function asFraction(value: Decimal): [bigint, bigint] {
  const places = value.decimalPlaces();
  return [BigInt(value.times(new Decimal(10).pow(places)).toFixed(0)), 10n ** BigInt(places)];
}

/**
 * The quotient of two finite decimals, exactly: as a decimal when it
 * terminates (`'100000000'`), as a reduced fraction when it does not
 * (`'1000000000/3'`), with its value to the library's precision.
 *
 * @example
 * exactQuotient(new Decimal(100_000_000), new Decimal('0.3')).exact;
 * //=> '1000000000/3'  (333,333,333.33…)
 */
export function exactQuotient(numerator: Decimal, denominator: Decimal): { value: Decimal; exact: string } {
  const [n1, d1] = asFraction(numerator);
  const [n2, d2] = asFraction(denominator);
  let top = n1 * d2;
  let bottom = d1 * n2;
  if (bottom < 0n) [top, bottom] = [-top, -bottom];
  const divisor = gcd(top, bottom);
  top /= divisor;
  bottom /= divisor;
  const value = numerator.dividedBy(denominator);
  let rest = bottom;
  for (const prime of [2n, 5n]) while (rest % prime === 0n) rest /= prime;
  return { value, exact: rest === 1n ? value.toFixed() : `${top}/${bottom}` };
}
