import { Decimal } from './decimal.js';

/** Why a text could not be read as an amount; `parseAmount` turns it into an input error. */
export type AmountTextProblem = 'empty' | 'negative' | 'unreadable' | 'too-long';

/** Units of a written amount, by the words that name them. */
const UNITS: ReadonlyArray<{ words: readonly string[]; factor: Decimal; chinese: boolean }> = [
  { words: ['万亿'], factor: new Decimal('1000000000000'), chinese: true },
  { words: ['亿'], factor: new Decimal('100000000'), chinese: true },
  { words: ['万'], factor: new Decimal('10000'), chinese: true },
  { words: ['千'], factor: new Decimal('1000'), chinese: true },
  { words: ['百万'], factor: new Decimal('1000000'), chinese: true },
  { words: ['billion', 'bn'], factor: new Decimal('1000000000'), chinese: false },
  { words: ['million', 'mn'], factor: new Decimal('1000000'), chinese: false },
  { words: ['thousand'], factor: new Decimal('1000'), chinese: false },
];
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

/** Reads digits with optional thousands separators (every group of three) and decimals, from `at`. */
function readNumber(text: string, at: number): { value: Decimal; end: number } | undefined {
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
  if (text[end] === '.' && /\d/.test(text[end + 1] ?? '')) {
    let fraction = '';
    end += 1;
    while (end < text.length && text[end]! >= '0' && text[end]! <= '9') fraction += text[end++];
    digits += `.${fraction}`;
  }
  return { value: new Decimal(digits), end };
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

/**
 * Reads an amount in yuan as people write it, exactly: digits with or without
 * thousands separators and decimals, an optional unit (万, 亿, 千, 百万,
 * thousand, million, billion), an optional currency before or after (¥, RMB,
 * CNY, 元, yuan), and Chinese compounds of decreasing units ("3亿5000万元").
 * Full-width digits are read as digits. A tokenizer, not a regular expression:
 * no input can make it slow.
 *
 * @returns the amount, or the kind of problem
 */
export function readAmountText(raw: string): { ok: true; value: Decimal } | { ok: false; problem: AmountTextProblem } {
  if (raw.length > MAX_TEXT) return { ok: false, problem: 'too-long' };
  const text = halfWidth(raw).trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.startsWith('-') || text.startsWith('−')) return { ok: false, problem: 'negative' };
  let at = 0;
  const prefix = readWord(text, at, CURRENCIES);
  if (prefix) at = skipSpaces(text, prefix.end);
  let total = new Decimal(0);
  let lastFactor: Decimal | undefined;
  let parts = 0;
  for (;;) {
    const number = readNumber(text, at);
    if (!number) break;
    at = skipSpaces(text, number.end);
    const unit = UNITS.find((candidate) => readWord(text, at, candidate.words));
    if (!unit) {
      // A plain number ends the amount; after Chinese units it is a count of yuan ("3亿5000万200").
      total = total.plus(number.value);
      parts += 1;
      lastFactor = new Decimal(0);
      break;
    }
    if (lastFactor && !unit.factor.lessThan(lastFactor)) return { ok: false, problem: 'unreadable' };
    if (parts > 0 && !unit.chinese) return { ok: false, problem: 'unreadable' };
    at = skipSpaces(text, readWord(text, at, unit.words)!.end);
    total = total.plus(number.value.times(unit.factor));
    lastFactor = unit.factor;
    parts += 1;
    if (!unit.chinese) break;
  }
  if (parts === 0) return { ok: false, problem: 'unreadable' };
  const suffix = readWord(text, at, CURRENCIES);
  if (suffix) at = skipSpaces(text, suffix.end);
  if (at !== text.length || (prefix && suffix && !(prefix.word === 'rmb' || prefix.word === 'cny'))) return { ok: false, problem: 'unreadable' };
  return { ok: true, value: total };
}
