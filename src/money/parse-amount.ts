import { Decimal } from './decimal.js';
import { frozenDecimal } from './frozen-decimal.js';

/** Why a text could not be read as an amount; `parseAmount` turns it into an input error. */
export type AmountTextProblem = 'empty' | 'negative' | 'unreadable' | 'too-long' | 'ambiguous';

/** A unit of a written amount: its word, its factor and, for a Chinese unit, the digits of its factor. */
interface Unit {
  word: string;
  factor: Decimal;
  /** For a Chinese unit, the number of zeros of its factor (万 is 4); undefined for an English one. */
  places?: number;
}

const chinese = (word: string, places: number): Unit => ({ word, factor: frozenDecimal(new Decimal(10).pow(places)), places });
const english = (word: string, factor: string): Unit => ({ word, factor: frozenDecimal(new Decimal(factor)) });

/**
 * The units, longest word first, so that 千万 is read as ten million rather
 * than as 千 followed by 万, and "million" before "mn".
 */
const UNITS: readonly Unit[] = [
  chinese('万亿', 12), chinese('千亿', 11), chinese('百亿', 10), chinese('千万', 7), chinese('百万', 6), chinese('十万', 5),
  chinese('亿', 8), chinese('万', 4), chinese('千', 3),
  english('thousand', '1000'), english('billion', '1000000000'), english('million', '1000000'),
  english('bn', '1000000000'), english('mn', '1000000'),
].sort((a, b) => b.word.length - a.word.length);
const CURRENCIES = ['rmb', 'cny', 'yuan', '元', '¥', '￥'];
const MAX_TEXT = 100;

/** Full-width digits and punctuation, as Chinese text often writes them, in ASCII. */
function halfWidth(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (char === '，') out += ',';
    else if (char === '．' || char === '。') out += '.';
    else if (char === '　') out += ' ';
    else out += char;
  }
  return out;
}

/** A number as written: its value, where it ends, how many integer digits it has and whether it has decimals. */
interface WrittenNumber {
  value: Decimal;
  end: number;
  integerDigits: number;
  fraction: boolean;
}

/** Reads digits with optional thousands separators (every group of three) and decimals, from `at`. */
function readNumber(text: string, at: number): WrittenNumber | undefined {
  let end = at;
  let digits = '';
  let group = -1; // digits since the last separator; -1 before any separator
  while (end < text.length) {
    const char = text[end]!;
    if (char >= '0' && char <= '9') {
      digits += char;
      if (group >= 0) group += 1;
      end += 1;
    } else if (char === ',' && digits.length > 0 && (group === -1 ? digits.length <= 3 : group === 3) && /\d/.test(text[end + 1] ?? '')) {
      group = 0;
      end += 1;
    } else break;
  }
  if (digits.length === 0 || (group !== -1 && group !== 3)) return undefined;
  const integerDigits = digits.length;
  if (text[end] === '.' && /\d/.test(text[end + 1] ?? '')) {
    let fraction = '';
    end += 1;
    while (end < text.length && text[end]! >= '0' && text[end]! <= '9') fraction += text[end++];
    digits += `.${fraction}`;
  }
  return { value: new Decimal(digits), end, integerDigits, fraction: integerDigits < digits.length };
}

function skipSpaces(text: string, at: number): number {
  let end = at;
  while (text[end] === ' ') end += 1;
  return end;
}

function readWord(text: string, at: number, words: readonly string[]): { word: string; end: number } | undefined {
  const rest = text.slice(at).toLowerCase();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    if (rest.startsWith(word)) {
      const end = at + word.length;
      // A Latin word must end at a word boundary ("millionaire" is not "million").
      if (/[a-z]$/.test(word) && /[a-z]/i.test(text[end] ?? '')) continue;
      return { word, end };
    }
  }
  return undefined;
}

/** What reading a written amount gives: its value, or the kind of problem (with, when ambiguous, what it would literally sum to). */
export type AmountTextResult =
  | { ok: true; value: Decimal }
  | { ok: false; problem: Exclude<AmountTextProblem, 'ambiguous'> }
  | { ok: false; problem: 'ambiguous'; unit: string; places: number; literal: Decimal };

function readUnit(text: string, at: number): Unit | undefined {
  return UNITS.find((candidate) => readWord(text, at, [candidate.word]));
}

/**
 * The value of a number written after a Chinese unit with no unit of its
 * own, read as people mean it: a single digit is the next place down (3万5 is
 * 35,000: 5 thousands), a full group of the unit's digits is a count (3万0500
 * is 30,500). Undefined for anything else (3万500), which has no one reading.
 */
function trailingGroup(number: WrittenNumber, places: number): Decimal | undefined {
  if (number.integerDigits === 1 && !number.fraction) return number.value.times(new Decimal(10).pow(places - 1));
  return number.integerDigits === places ? number.value : undefined;
}

/**
 * Reads an amount in yuan as people write it, exactly: digits with or without
 * thousands separators and decimals, an optional unit (万, 亿, 万亿, 千, and
 * the compounds 十万, 百万, 千万, 百亿, 千亿; thousand, million, billion), an
 * optional currency before or after (¥, RMB, CNY, 元, yuan), and Chinese
 * amounts of decreasing units ("3亿5000万元", "3千万"). After the last Chinese
 * unit a number without a unit is one digit of the next place ("3万5" is
 * 35,000) or a full group of the unit's digits ("3万0500" is 30,500); any other
 * ("3万500") is ambiguous. Full-width digits are read as digits. A tokenizer,
 * not a regular expression: no input can make it slow.
 *
 * @returns the amount, or the kind of problem
 */
export function readAmountText(raw: string): AmountTextResult {
  if (raw.length > MAX_TEXT) return { ok: false, problem: 'too-long' };
  const text = halfWidth(raw).trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.startsWith('-') || text.startsWith('−')) return { ok: false, problem: 'negative' };
  let at = 0;
  const prefix = readWord(text, at, CURRENCIES);
  if (prefix) at = skipSpaces(text, prefix.end);
  let total = new Decimal(0);
  let last: Unit | undefined;
  let parts = 0;
  for (;;) {
    const number = readNumber(text, at);
    if (!number) break;
    at = skipSpaces(text, number.end);
    const unit = readUnit(text, at);
    if (!unit) {
      // A plain number ends the amount: alone, a count of yuan; after a Chinese unit, a digit or a full group.
      const value = last?.places === undefined ? number.value : trailingGroup(number, last.places);
      if (value === undefined) return { ok: false, problem: 'ambiguous', unit: last!.word, places: last!.places!, literal: total.plus(number.value) };
      total = total.plus(value);
      parts += 1;
      break;
    }
    if (last && !unit.factor.lessThan(last.factor)) return { ok: false, problem: 'unreadable' };
    if (parts > 0 && unit.places === undefined) return { ok: false, problem: 'unreadable' };
    at = skipSpaces(text, at + unit.word.length);
    total = total.plus(number.value.times(unit.factor));
    last = unit;
    parts += 1;
    if (unit.places === undefined) break;
  }
  if (parts === 0) return { ok: false, problem: 'unreadable' };
  const suffix = readWord(text, at, CURRENCIES);
  if (suffix) at = skipSpaces(text, suffix.end);
  if (at !== text.length || (prefix && suffix && !(prefix.word === 'rmb' || prefix.word === 'cny'))) return { ok: false, problem: 'unreadable' };
  return { ok: true, value: total };
}
