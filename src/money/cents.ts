import { Decimal } from './decimal.js';

/**
 * Whole cents as exact JavaScript integers, and Decimals made from them
 * without parsing a string: the engine's hot path computes in cents and hands
 * out Decimals at the boundary.
 *
 * Both read or write decimal.js's instance fields (`s`, `e`, `d`: the sign,
 * the exponent of the first digit, the digits in words of seven), which its
 * public API does not document. decimal.js is pinned to the version whose
 * layout this follows (package.json), and the layout is checked when this
 * module loads against the public constructor: on any difference both
 * functions fall back to the public API (slower, the same values).
 * test/money/cents.test.ts checks them against the public API over millions
 * of values.
 */

/** The digits of a decimal.js word. */
const WORD = 1e7;
/** 10^0 to 10^22, every one exact as a double. */
const POWERS = Array.from({ length: 23 }, (_, power) => 10 ** power);

interface Layout {
  s: number;
  e: number;
  d: number[] | null;
}

/** The prototype every instance of the private constructor has, and its constructor as the own field decimal.js sets. */
const PROTOTYPE = Object.getPrototypeOf(new Decimal(0)) as object;

/** A Decimal built from its fields, in the order decimal.js sets them (the same hidden class as one it builds). */
function Built(this: Layout & { constructor: unknown }, s: number, e: number, d: number[]) {
  this.constructor = Decimal;
  this.s = s;
  this.e = e;
  this.d = d;
}
Built.prototype = PROTOTYPE;

const NewBuilt = Built as unknown as new (s: number, e: number, d: number[]) => Decimal;

/**
 * A Decimal made from its fields as decimal.js lays them out, not frozen, with
 * no check of its own: only for callers that test `CENTS_BY_FIELDS` first and
 * give fields decimal.js itself would make (the benchmark's floor prototype).
 *
 * @example
 * decimalFromFields(1, 8, [38, 0, 5500000]).toFixed(); //=> '380000000.55'
 */
export function decimalFromFields(sign: number, exponent: number, words: number[]): Decimal {
  return new NewBuilt(sign, exponent, words);
}

/** How many digits a word of decimal.js has (its first word has no leading zeros). */
function digitsOfWord(word: number): number {
  return word >= 1e6 ? 7 : word >= 1e5 ? 6 : word >= 1e4 ? 5 : word >= 1e3 ? 4 : word >= 100 ? 3 : word >= 10 ? 2 : 1;
}

function centsByFields(value: Decimal): number | undefined {
  const { s, e, d } = value as unknown as Layout;
  if (d === null || d.length === 0) return undefined;
  const first = d[0]!;
  if (first === 0) return 0;
  const firstDigits = digitsOfWord(first);
  // The power of ten of the last word's units in cents: the value is Σ d[j] × 10^(power + 7 × (n - 1 - j)).
  const power = e + 3 - firstDigits - 7 * (d.length - 1);
  let cents = 0;
  for (let index = 0; index < d.length; index += 1) {
    const word = d[index]!;
    const exponent = power + 7 * (d.length - 1 - index);
    if (exponent >= 0) {
      if (exponent > 15) return undefined;
      cents += word * POWERS[exponent]!;
    } else {
      if (exponent < -7) {
        if (word !== 0) return undefined;
        continue;
      }
      const divisor = POWERS[-exponent]!;
      if (word % divisor !== 0) return undefined;
      cents += word / divisor;
    }
  }
  return cents <= Number.MAX_SAFE_INTEGER ? s * cents : undefined;
}

/** Zero cents: one frozen Decimal for every zero made from cents (nobody can change it, so nobody can tell). */
const ZERO_BY_FIELDS = Object.freeze(new NewBuilt(1, 0, Object.freeze([0]) as number[]));

function decimalByFields(cents: number): Decimal {
  // Beyond the safe integers the words below would not be digits: the public API, from the number as it is.
  if (!Number.isSafeInteger(cents)) return decimalByApi(cents);
  if (cents === 0) return ZERO_BY_FIELDS;
  const sign = cents < 0 ? -1 : 1;
  const whole = Math.abs(cents);
  const fraction = (whole % 100) * 1e5;
  const yuan = (whole - (whole % 100)) / 100;
  // The exponent of the first digit: that of the yuan's first word and the words after it, or, under a yuan, -1 or -2.
  let words: number[];
  let exponent: number;
  // Fewer than 2^53 / 100 < 10^14 yuan: at most two words before the point.
  if (yuan >= WORD) {
    const high = (yuan - (yuan % WORD)) / WORD;
    words = fraction === 0 ? (yuan % WORD === 0 ? [high] : [high, yuan % WORD]) : [high, yuan % WORD, fraction];
    exponent = digitsOfWord(high) + 6;
  } else if (yuan > 0) {
    words = fraction === 0 ? [yuan] : [yuan, fraction];
    exponent = digitsOfWord(yuan) - 1;
  } else {
    // decimal.js keeps no trailing word of zeros (10,000,000 is one word, [1]), and a fraction alone is one word.
    words = [fraction];
    exponent = whole >= 10 ? -1 : -2;
  }
  return Object.freeze(new NewBuilt(sign, exponent, Object.freeze(words) as number[]));
}

const HUNDRED = new Decimal(100);

function centsByApi(value: Decimal): number | undefined {
  const cents = value.times(HUNDRED);
  return cents.isInteger() && cents.abs().lessThanOrEqualTo(Number.MAX_SAFE_INTEGER) ? cents.toNumber() : undefined;
}

function decimalByApi(cents: number): Decimal {
  const value = new Decimal(cents).dividedBy(HUNDRED);
  Object.freeze((value as unknown as Layout).d);
  return Object.freeze(value);
}

/** Whether the fields are laid out as this module writes and reads them: checked once, against the public API. */
function layoutHolds(): boolean {
  const samples = [0, 1, 5, 10, 99, 100, 101, 1234, 100000, 9999999, 10000000, 123456789, 1000000000, 38000000055,
    99999999999999, 123456789012345, Number.MAX_SAFE_INTEGER, -1, -38000000055, -Number.MAX_SAFE_INTEGER];
  try {
    for (const cents of samples) {
      const expected = new Decimal(cents).dividedBy(HUNDRED) as unknown as Layout;
      const built = decimalByFields(cents) as unknown as Layout & Decimal;
      if (built.s !== expected.s || built.e !== expected.e || JSON.stringify(built.d) !== JSON.stringify(expected.d)) return false;
      if (!built.equals(expected as unknown as Decimal) || built.constructor !== Decimal) return false;
      if (centsByFields(expected as unknown as Decimal) !== cents) return false;
    }
    return centsByFields(new Decimal('0.001')) === undefined && centsByFields(new Decimal('1e300')) === undefined;
  } catch {
    return false;
  }
}

const FIELDS = layoutHolds();

/**
 * An amount in whole cents, when it is a whole number of cents that a
 * JavaScript number holds exactly; otherwise `undefined` (the caller computes
 * with the Decimal).
 *
 * @param value - a Decimal of the library
 * @returns its value × 100, or `undefined`
 *
 * @example
 * centsOf(new Decimal('380000000.55')); //=> 38000000055
 * centsOf(new Decimal('0.005'));        //=> undefined
 */
export const centsOf: (value: Decimal) => number | undefined = FIELDS ? centsByFields : centsByApi;

/**
 * The Decimal of a number of cents, frozen with its digits (see
 * `frozenDecimal`), as `new Decimal(cents).dividedBy(100)` would give it.
 *
 * @param cents - a safe integer
 * @returns the amount in yuan, frozen
 *
 * @example
 * decimalOfCents(38000000055).toFixed(2); //=> '380000000.55'
 */
export const decimalOfCents: (cents: number) => Decimal = FIELDS ? decimalByFields : decimalByApi;

/** Whether the fast field layout is in use (false only if decimal.js's layout changed). */
export const CENTS_BY_FIELDS = FIELDS;

/**
 * An amount times a whole count, exactly: in cents when the amount is whole
 * cents and the product a safe integer, else with the Decimal.
 *
 * @example
 * timesCount(new Decimal('1850.35'), 36).toFixed(); //=> '66612.6'
 */
export function timesCount(value: Decimal, count: number): Decimal {
  const cents = centsOf(value);
  if (cents !== undefined && Number.isInteger(count)) {
    const product = cents * count;
    if (Number.isSafeInteger(product)) return decimalOfCents(product);
  }
  return value.times(count);
}

const WHOLE_NUMBERS: Decimal[] = [];

/**
 * A whole number as a frozen Decimal, shared for the small ones (months, years).
 *
 * @example
 * wholeDecimal(36).toFixed(); //=> '36'
 */
export function wholeDecimal(count: number): Decimal {
  if (Number.isInteger(count) && count >= 0 && count < 1000) return (WHOLE_NUMBERS[count] ??= decimalOfCents(count * 100));
  if (Number.isSafeInteger(count * 100)) return decimalOfCents(count * 100);
  const value = new Decimal(count);
  Object.freeze((value as unknown as Layout).d);
  return Object.freeze(value);
}

/**
 * A Decimal as an integer over a power of ten (`units / 10^scale`, the
 * smallest scale), when the integer is a safe one; otherwise `undefined`.
 *
 * @example
 * unitsOf(new Decimal('0.0435')); //=> { units: 435, scale: 4 }
 */
export function unitsOf(value: Decimal): { units: number; scale: number } | undefined {
  if (!FIELDS) {
    const text = value.toFixed();
    const point = text.indexOf('.');
    const scale = point < 0 ? 0 : text.length - point - 1;
    const units = Number(text.replace('.', ''));
    return Number.isSafeInteger(units) ? { units, scale } : undefined;
  }
  const { s, e, d } = value as unknown as Layout;
  if (d === null || d.length === 0) return undefined;
  if (d[0] === 0) return { units: 0, scale: 0 };
  const last = d[d.length - 1]!;
  let trailing = 0;
  while (trailing < 7 && (last / POWERS[trailing + 1]!) % 1 === 0) trailing += 1;
  let units = 0;
  for (let index = 0; index < d.length - 1; index += 1) {
    if (units > Number.MAX_SAFE_INTEGER / WORD) return undefined;
    units = units * WORD + d[index]!;
  }
  if (d.length > 1 && units > Number.MAX_SAFE_INTEGER / POWERS[7 - trailing]!) return undefined;
  units = d.length === 1 ? last / POWERS[trailing]! : units * POWERS[7 - trailing]! + last / POWERS[trailing]!;
  if (!Number.isSafeInteger(units)) return undefined;
  const first = d[0]!;
  const firstDigits = digitsOfWord(first);
  // The power of ten of the last digit kept.
  const lowest = e + 1 - firstDigits - 7 * (d.length - 1) + trailing;
  if (lowest >= 0) {
    if (lowest > 15 || !Number.isSafeInteger(units * POWERS[lowest]!)) return undefined;
    return { units: s * units * POWERS[lowest]!, scale: 0 };
  }
  return { units: s * units, scale: -lowest };
}

/**
 * An integer over 10^scale rounded half up (away from zero on a tie) to a
 * whole number, as decimal.js's ROUND_HALF_UP rounds.
 *
 * @example
 * roundHalfUp(95400000054, 1); //=> 9540000005 (9,540,000,005.4)
 */
export function roundHalfUp(units: number, scale: number): number {
  if (scale === 0) return units;
  // A safe integer over more than 10^22 is below a hundred-millionth: it rounds to nothing.
  if (scale > 22) return units < 0 ? -0 : 0;
  const divisor = POWERS[scale]!;
  const magnitude = Math.abs(units);
  const remainder = magnitude % divisor;
  const whole = (magnitude - remainder) / divisor + (remainder * 2 >= divisor ? 1 : 0);
  return units < 0 ? -whole : whole;
}

/**
 * A rate times an amount, rounded half up to the cent: in integers when both
 * are exact as an integer over a power of ten and their product is a safe
 * integer (a rate of 30% on an amount in cents), else with the Decimal. The
 * same value `rate.times(amount)` rounded to the cent gives.
 *
 * @example
 * productToCent(new Decimal('0.3'), new Decimal('318000000.18')).toFixed(2); //=> '95400000.05' (95,400,000.054)
 */
export function productToCent(rate: Decimal, amount: Decimal): Decimal {
  const factor = unitsOf(rate);
  const cents = factor === undefined ? undefined : centsOf(amount);
  if (cents !== undefined) {
    const product = factor!.units * cents;
    if (Number.isSafeInteger(product)) return decimalOfCents(roundHalfUp(product, factor!.scale));
  }
  return rate.times(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
