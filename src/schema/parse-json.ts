import { IncentiveInputError } from './input-error.js';
import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import { printable } from './printable.js';

const MAX_DETAIL = 200;

/**
 * The parser's own explanation, which quotes the text it failed on, made
 * printable and short, so that an error message stays one line per issue.
 */
function printableDetail(error: unknown): string {
  return printable(error instanceof Error ? error.message : 'unreadable', MAX_DETAIL);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_LIST = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSERS = new Set([0x5d, 0x7d]);
const COMMA = 0x2c;
const COLON = 0x3a;
const WHITE_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Where the scan is inside one list or object: the index or the key of the value being read. */
interface Frame {
  list: boolean;
  key: string;
  /** In an object: whether the next string is a key (before its colon). */
  awaitingKey: boolean;
}

/**
 * What the reader of the parsed value would refuse, found in the text
 * before it is parsed: nesting past the depth limit (at the path the reader
 * would give), or more commas (and so more values) than the value limit.
 * `JSON.parse` of sixteen million nested brackets takes a minute and
 * gigabytes before any limit can be checked on its result; this scan takes
 * one pass. Brackets inside strings are not counted; a key that is not valid
 * JSON, or an object entry that does not begin with a key, stops the scan,
 * and `JSON.parse` reports it.
 */
function scanIssue(text: string): InputIssue | undefined {
  const frames: Frame[] = [];
  let commas = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const frame = frames.at(-1);
    if (frame?.awaitingKey && !frame.list && code !== QUOTE && !CLOSERS.has(code) && !WHITE_SPACE.has(code)) {
      // No JSON key begins here (`{a: 1}`): the text is not JSON, and the path of any nesting after it would be made up.
      return undefined;
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
          return undefined;
        }
      }
    } else if (code === OPEN_LIST || code === OPEN_OBJECT) {
      if (frames.length >= LIMITS.maxInputDepth) {
        return { code: 'out_of_range', path: frames.map((open) => open.key), message: MESSAGES.tooDeep };
      }
      frames.push({ list: code === OPEN_LIST, key: '0', awaitingKey: code === OPEN_OBJECT });
    } else if (CLOSERS.has(code)) {
      frames.pop();
    } else if (code === COLON && frame) {
      frame.awaitingKey = false;
    } else if (code === COMMA) {
      if ((commas += 1) > LIMITS.maxInputValues) return { code: 'too_many', path: [], message: MESSAGES.tooManyValues };
      if (frame?.list) frame.key = String(Number(frame.key) + 1);
      else if (frame) frame.awaitingKey = true;
    }
  }
  return undefined;
}

/**
 * Parses JSON text given by a caller, or throws one `invalid_format` issue at
 * the root that names what the text was meant to be. Text nested deeper, or
 * holding more values, than any input may is refused before it is parsed.
 */
export function parseJsonText(text: string, subject: 'policy' | 'project'): unknown {
  const issue = scanIssue(text);
  if (issue) throw new IncentiveInputError([issue]);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new IncentiveInputError([{ code: 'invalid_format', path: [], message: MESSAGES.invalidJson(subject, printableDetail(error)) }]);
  }
}
