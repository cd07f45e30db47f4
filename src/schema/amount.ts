import { Decimal, isDecimal } from '../money/decimal.js';
import { frozenDecimal } from '../money/frozen-decimal.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import { readAmountText } from '../money/parse-amount.js';
import { groupThousands } from '../money/money.js';
import { decimalOfCents } from '../money/cents.js';
import type { InputIssueCode } from './issues.js';

/** What a reader returns: the exact value, or the kind of problem and the sentence that says why not. */
export type ReadResult =
  | { ok: true; value: Decimal }
  | { ok: false; code: InputIssueCode; message: string };

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
/** A fraction from 0 to 1 as plain text with at most 20 decimals, not all of them zeros. */
const PLAIN_FRACTION = /^0\.(?=\d{0,19}[1-9])\d{1,20}$/;
/** A minus sign before anything else: a negative amount, however it is written. */
const NEGATIVE = /^\s*[-−]\s*[\d０-９]/;
/** Longer than any accepted value (16 integer digits, a point, 20 decimals). */
const MAX_TEXT = 48;
const MAX_AMOUNT = frozenDecimal(new Decimal(LIMITS.maxAmount));
const MAX_RATE = frozenDecimal(new Decimal(LIMITS.maxRate));

const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/;

/**
 * The text of a `decimal.js` instance, read defensively: anything can claim to
 * be a Decimal, so its `toString` may throw or return nonsense.
 */
function decimalInstanceText(value: unknown): string | undefined {
  try {
    const text = String(value);
    return text.length <= MAX_TEXT && DECIMAL_TEXT.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `decimal.js` instance as the boundary reader copies it: its text, read
 * once, so that what the caller's instance says now is what every later check
 * sees. It has no field of its own (a schema that wants an object lists none
 * of a Decimal's methods as unknown fields), and only the amount and rate
 * readers read it: as the Decimal it was, or, when its text was not a plain
 * decimal, refused as the instance was.
 */
export class CopiedDecimal {
  readonly #text: string | undefined;

  /** @param value - a `decimal.js` instance of any clone */
  constructor(value: Decimal) {
    this.#text = decimalInstanceText(value);
  }

  /** The exact value, or undefined when the instance's text was not a plain decimal. */
  get decimal(): Decimal | undefined {
    return this.#text === undefined ? undefined : new Decimal(this.#text);
  }
}

/** 30500 as `30,500`, 1234.5 as `1,234.5`: a value written out in full for a message. */
function grouped(value: Decimal): string {
  const [whole = '0', fraction] = value.toFixed().split('.');
  return `${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** The sentence for a text that is not an amount, or is one only ambiguously. */
function textMessage(value: string, shown: unknown): string | undefined {
  const read = readAmountText(value);
  if (read.ok) return undefined;
  if (read.problem === 'empty') return MESSAGES.amountTextEmpty;
  if (read.problem !== 'ambiguous') return MESSAGES.amountText(shown);
  const factor = new Decimal(10).pow(read.places);
  return MESSAGES.amountAmbiguous(shown, {
    unit: read.unit,
    places: read.places,
    example: grouped(factor.times('1.5')),
    meant: grouped(read.literal),
    meantInUnit: `${read.literal.dividedBy(factor).toFixed()}${read.unit}`,
  });
}

function toDecimal(value: unknown, words: boolean): Decimal | undefined {
  if (typeof value === 'number') return new Decimal(value);
  if (typeof value === 'string') {
    if (value.length <= MAX_TEXT && PLAIN_DECIMAL.test(value)) return new Decimal(value);
    if (!words) return undefined;
    const read = readAmountText(value);
    return read.ok ? read.value : undefined;
  }
  if (value instanceof CopiedDecimal) return value.decimal;
  if (isDecimal(value)) return new CopiedDecimal(value).decimal;
  return undefined;
}

/**
 * The common case, read without a comparison: a plain decimal string of at
 * most 15 integer digits (so below 10^15) and at most 20 decimals, which
 * cannot be negative or too large. Anything else takes the full path.
 */
function readPlainDecimal(value: string): Decimal | undefined {
  if (value.length > MAX_TEXT || !PLAIN_DECIMAL.test(value)) return undefined;
  const point = value.indexOf('.');
  const whole = point < 0 ? value.length : point;
  const decimals = point < 0 ? 0 : value.length - point - 1;
  if (whole <= 13 && decimals <= 2) return decimalOfCents(centsOfPlain(value, point, decimals));
  return whole <= 15 && decimals <= LIMITS.maxDecimalPlaces ? new Decimal(value) : undefined;
}

/**
 * The cents of a plain decimal of at most 13 integer digits and 2 decimals
 * (so below 10^15 cents, a safe integer), digit by digit: building its Decimal
 * from cents costs half of parsing its text, with the same value and digits.
 */
function centsOfPlain(value: string, point: number, decimals: number): number {
  let cents = 0;
  for (let index = 0; index < value.length; index += 1) {
    if (index !== point) cents = cents * 10 + (value.charCodeAt(index) - 48);
  }
  return decimals === 2 ? cents : decimals === 1 ? cents * 10 : cents * 100;
}

function read(value: unknown, max: Decimal, messages: {
  shape: (v: unknown) => string;
  negative: (v: unknown) => string;
  tooLarge: (v: unknown) => string;
}, words: boolean, shown: unknown = value): ReadResult {
  if (typeof value === 'string' && max === MAX_AMOUNT) {
    const plain = readPlainDecimal(value);
    if (plain) return { ok: true, value: plain };
  }
  // A fraction written "0.0435": below 1 and not negative, read without a comparison (a zero takes the full path).
  if (typeof value === 'string' && max === MAX_RATE && PLAIN_FRACTION.test(value)) return { ok: true, value: new Decimal(value) };
  if (value === undefined) return { ok: false, code: 'required', message: MESSAGES.required };
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { ok: false, code: 'out_of_range', message: MESSAGES.amountNotFinite(shown) };
  }
  if (typeof value === 'string' && NEGATIVE.test(value)) {
    return { ok: false, code: 'out_of_range', message: messages.negative(shown) };
  }
  const decimal = toDecimal(value, words);
  if (decimal === undefined) {
    const code = typeof value === 'string' ? 'invalid_format' : 'invalid_type';
    const message = typeof value === 'string' && words ? (textMessage(value, shown) ?? MESSAGES.amountText(shown)) : messages.shape(shown);
    return { ok: false, code, message };
  }
  if (decimal.isNegative() && !decimal.isZero()) {
    return { ok: false, code: 'out_of_range', message: messages.negative(shown) };
  }
  if (decimal.greaterThan(max)) return { ok: false, code: 'out_of_range', message: messages.tooLarge(shown) };
  if (decimal.decimalPlaces() > LIMITS.maxDecimalPlaces) {
    return { ok: false, code: 'out_of_range', message: MESSAGES.tooManyDecimals(shown) };
  }
  // -0 becomes 0: a sign on nothing would only show up later as "-0.00".
  return { ok: true, value: decimal.isZero() ? new Decimal(0) : decimal };
}

const AMOUNT_MESSAGES = {
  shape: MESSAGES.amount,
  negative: MESSAGES.amountNegative,
  tooLarge: MESSAGES.amountTooLarge,
};

const RATE_MESSAGES = {
  shape: MESSAGES.rate,
  negative: MESSAGES.rateNegative,
  tooLarge: MESSAGES.rateTooLarge,
};

/** The messages of a fraction that is not a rate a year: a probability, or a share of a whole. */
const FRACTION_MESSAGES = {
  probability: { shape: MESSAGES.probability, negative: MESSAGES.probabilityNegative, tooLarge: MESSAGES.probabilityTooLarge },
  share: { shape: MESSAGES.share, negative: MESSAGES.shareNegative, tooLarge: MESSAGES.shareTooLarge },
};

/**
 * Reads an amount in yuan: a non-negative finite number, a decimal string
 * (`"1500000.50"`), an amount as people write it (`"3,000万元"`, `"30 million
 * RMB"`, see `parseAmount`) or a `decimal.js` instance, at most 10^15 and with
 * at most 20 decimal places.
 */
export function readAmount(value: unknown): ReadResult {
  return read(value, MAX_AMOUNT, AMOUNT_MESSAGES, true);
}

/** A minus sign, ASCII or typographic, first in a text (after any spaces). */
const MINUS = /^\s*[-−]/;

function negated(result: ReadResult): ReadResult {
  return result.ok && !result.value.isZero() ? { ok: true, value: result.value.negated() } : result;
}

/**
 * Reads an amount that may be negative, such as a difference: a leading `-`
 * or `−` followed by anything `readAmount` accepts, or what `readAmount`
 * accepts, within the same limits and with the same messages (which quote the
 * value as given, sign included).
 */
export function readSignedAmount(value: unknown): ReadResult {
  if (typeof value === 'string' && MINUS.test(value)) {
    const rest = value.replace(MINUS, '');
    // Two signs ("--5") make no number: not a negative amount refused, but a text that is not an amount.
    if (MINUS.test(rest)) return { ok: false, code: 'invalid_format', message: MESSAGES.amountText(value) };
    return negated(read(rest, MAX_AMOUNT, AMOUNT_MESSAGES, true, value));
  }
  if (typeof value === 'number' && value < 0) return negated(read(-value, MAX_AMOUNT, AMOUNT_MESSAGES, true, value));
  const own = value instanceof CopiedDecimal ? value.decimal : isDecimal(value) ? new CopiedDecimal(value).decimal : undefined;
  if (own?.isNegative()) return negated(read(own.negated(), MAX_AMOUNT, AMOUNT_MESSAGES, true, value));
  return readAmount(value);
}

/** Reads a rate written as a decimal fraction from 0 to 1 (`"0.0435"` for 4.35%). */
export function readRate(value: unknown): ReadResult {
  return read(value, MAX_RATE, RATE_MESSAGES, false);
}

/**
 * Reads a fraction from 0 to 1 that is not a rate a year, as `readRate`
 * reads a rate, its messages naming what it is: a probability (of missing a
 * commitment) or a share of a whole (a share clawed back, a tranche's share).
 *
 * @param value - the value as given
 * @param kind - what the fraction is, for the messages
 * @returns the exact fraction, or the problem
 *
 * @example
 * readFraction('1.5', 'probability');
 * //=> { ok: false, code: 'out_of_range', message: 'A probability cannot exceed 1 (certain); got "1.5". Write 20% as 0.2.' }
 */
export function readFraction(value: unknown, kind: keyof typeof FRACTION_MESSAGES): ReadResult {
  return read(value, MAX_RATE, FRACTION_MESSAGES[kind], false);
}
