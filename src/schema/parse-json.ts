import { IncentiveInputError } from './input-error.js';
import { jsonScan } from './json-scan.js';
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
 * the root that names what the text was meant to be. Text nested deeper, or
 * holding more values, than any input may is refused before it is parsed
 * (see `jsonScan`). A number a JavaScript number does not hold exactly as
 * written (`99999999999999.99`) is an `invalid_format` issue at its path,
 * every such number listed: its digits would be lost before any amount is
 * read.
 *
 * @param text - JSON text
 * @param subject - what the text was meant to be, for the messages
 * @returns the parsed value
 * @throws {IncentiveInputError} for text that is not JSON, past a limit, or with a number not held exactly
 *
 * @example
 * parseJsonText('\uFEFF{"investment": {"actual": "99999999999999.99"}}', 'project'); //=> { investment: { actual: '99999999999999.99' } }
 * parseJsonText('{"investment": {"actual": 99999999999999.99}}', 'project');
 * //=> throws IncentiveInputError: - investment.actual: The number 99999999999999.99 cannot be held exactly as a JSON number; …
 */
export function parseJsonText(text: string, subject: 'policy' | 'project'): unknown {
  const scan = jsonScan(text);
  if (scan.limit) throw new IncentiveInputError([scan.limit]);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new IncentiveInputError([{ code: 'invalid_format', path: [], message: MESSAGES.invalidJson(subject, printableDetail(error)) }]);
  }
  if (scan.inexact.length > 0) throw new IncentiveInputError(scan.inexact);
  return value;
}
