import { IncentiveInputError } from './input-error.js';
import { MESSAGES } from './messages.js';

/** Control characters and line separators: shown escaped so that an error message stays one line per issue. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const MAX_DETAIL = 200;

/** The parser's own explanation, which quotes the text it failed on, made printable and short. */
function printableDetail(error: unknown): string {
  const raw = error instanceof Error ? error.message : 'unreadable';
  const escaped = raw.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > MAX_DETAIL ? `${escaped.slice(0, MAX_DETAIL)}…` : escaped;
}

/**
 * Parses JSON text given by a caller, or throws one `invalid_format` issue at
 * the root that names what the text was meant to be.
 */
export function parseJsonText(text: string, subject: 'policy' | 'project'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new IncentiveInputError([{ code: 'invalid_format', path: [], message: MESSAGES.invalidJson(subject, printableDetail(error)) }]);
  }
}
