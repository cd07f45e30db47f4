import { IncentiveInputError } from './input-error.js';
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
