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
const OPENERS = new Set([0x5b, 0x7b]);
const CLOSERS = new Set([0x5d, 0x7d]);
const COMMA = 0x2c;

/**
 * What the reader of the parsed value would refuse, found in the text
 * before it is parsed: nesting past the depth limit, or more commas (and so
 * more values) than the value limit. `JSON.parse` of sixteen million nested
 * brackets takes a minute and gigabytes before any limit can be checked on
 * its result; this scan takes one pass and no memory. Brackets inside strings
 * are not counted.
 */
function scanIssue(text: string): InputIssue | undefined {
  let depth = 0;
  let commas = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth += 1;
      if (depth > LIMITS.maxInputDepth) return { code: 'out_of_range', path: [], message: MESSAGES.tooDeep };
    } else if (CLOSERS.has(code)) {
      depth -= 1;
    } else if (code === COMMA && (commas += 1) > LIMITS.maxInputValues) {
      return { code: 'too_many', path: [], message: MESSAGES.tooManyValues };
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
