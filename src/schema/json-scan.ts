import { holdsExactly } from './exact-number.js';
import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_LIST = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSERS = new Set([0x5d, 0x7d]);
const COMMA = 0x2c;
const COLON = 0x3a;
const WHITE_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
/** Characters a JSON number is written with: digits, `-`, `+`, `.`, `e` and `E`. */
const NUMBER_PART = new Set([...'0123456789-+.eE'].map((char) => char.charCodeAt(0)));
/** Outside strings, only a number begins with a digit or `-` (the other words are true, false and null). */
const isNumberStart = (code: number) => code === 0x2d || (code >= 0x30 && code <= 0x39);

/** Where the scan is inside one list or object: the index or the key of the value being read. */
interface Frame {
  list: boolean;
  key: string;
  /** In an object: whether the next string is a key (before its colon). */
  awaitingKey: boolean;
}

/** What a scan of JSON text found before it is parsed. */
export interface JsonScan {
  /** Nesting past the depth limit, or more values than the value limit: the text is not parsed. */
  limit?: InputIssue;
  /** Each number a JavaScript number does not hold exactly as written, at its path: meaningful once the text parses. */
  inexact: InputIssue[];
}

/**
 * What the reader of the parsed value would refuse, found in the text in one
 * pass before it is parsed: nesting past the depth limit (at the path the
 * reader would give), more commas (and so more values) than the value limit,
 * and every number literal that `JSON.parse` would not read exactly
 * (`99999999999999.99` becomes 99999999999999.98 as a JavaScript number, so
 * the digits written are lost before any amount is read). `JSON.parse` of
 * sixteen million nested brackets takes a minute and gigabytes before any
 * limit can be checked on its result. Brackets and digits inside strings are
 * not counted; a key that is not valid JSON, or an object entry that does not
 * begin with a key, stops the scan, and `JSON.parse` reports it.
 *
 * @param text - JSON text
 * @returns the limit passed, if any, and the numbers not held exactly
 *
 * @example
 * jsonScan('{"a": [0.1, 99999999999999.99]}');
 * //=> { inexact: [{ code: 'invalid_format', path: ['a', '1'], message: MESSAGES.inexactNumber('99999999999999.99', 'JSON') }] }
 */
export function jsonScan(text: string): JsonScan {
  const frames: Frame[] = [];
  const inexact: InputIssue[] = [];
  const path = () => frames.map((open) => open.key);
  let commas = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const frame = frames.at(-1);
    if (frame?.awaitingKey && !frame.list && code !== QUOTE && code !== COLON && !CLOSERS.has(code) && !WHITE_SPACE.has(code)) {
      // No JSON key begins here (`{a: 1}`): the text is not JSON, and the path of any nesting after it would be made up.
      return { inexact };
    }
    if (code === QUOTE) {
      const start = index;
      for (index += 1; index < text.length && text.charCodeAt(index) !== QUOTE; index += 1) {
        if (text.charCodeAt(index) === BACKSLASH) index += 1;
      }
      if (frame && !frame.list && frame.awaitingKey) {
        try {
          frame.key = JSON.parse(text.slice(start, index + 1)) as string;
        } catch {
          return { inexact };
        }
      }
    } else if (isNumberStart(code)) {
      const start = index;
      while (index + 1 < text.length && NUMBER_PART.has(text.charCodeAt(index + 1))) index += 1;
      const literal = text.slice(start, index + 1);
      if (!holdsExactly(literal, Number(literal))) inexact.push({ code: 'invalid_format', path: path(), message: MESSAGES.inexactNumber(literal, 'JSON') });
    } else if (code === OPEN_LIST || code === OPEN_OBJECT) {
      if (frames.length >= LIMITS.maxInputDepth) return { limit: { code: 'out_of_range', path: path(), message: MESSAGES.tooDeep }, inexact };
      frames.push({ list: code === OPEN_LIST, key: '0', awaitingKey: code === OPEN_OBJECT });
    } else if (CLOSERS.has(code)) {
      frames.pop();
    } else if (code === COLON && frame) {
      frame.awaitingKey = false;
    } else if (code === COMMA) {
      if ((commas += 1) > LIMITS.maxInputValues) return { limit: { code: 'too_many', path: [], message: MESSAGES.tooManyValues }, inexact };
      if (frame?.list) frame.key = String(Number(frame.key) + 1);
      else if (frame) frame.awaitingKey = true;
    }
  }
  return { inexact };
}
