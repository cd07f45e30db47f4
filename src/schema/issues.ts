import { shortened } from './shortened.js';

/**
 * What kind of problem an input issue is. Stable: callers may branch on it.
 * - `required`: a required value is missing.
 * - `invalid_type`: a value of the wrong kind (a list where an object belongs).
 * - `invalid_format`: the right kind, unreadable (an amount `"12,5"`, a date `"2018-02-30"`).
 * - `out_of_range`: readable but outside what is allowed (negative, too large, too many decimals).
 * - `unknown_field`: a field the schema does not have (often a misspelling).
 * - `too_many`: a list longer than its limit.
 * - `duplicate`: a value that must be unique is repeated.
 * - `not_found`: a reference to something that is not there (a founder not among the talents).
 * - `inconsistent`: values that contradict each other.
 * - `unknown_option`: an option (policy, interpretation) that does not exist.
 */
export type InputIssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_format'
  | 'out_of_range'
  | 'unknown_field'
  | 'too_many'
  | 'duplicate'
  | 'not_found'
  | 'inconsistent'
  | 'unknown_option';

/** Every issue code, for checks that must tell a known code from anything else. */
export const ISSUE_CODES: ReadonlySet<string> = new Set<InputIssueCode>([
  'required',
  'invalid_type',
  'invalid_format',
  'out_of_range',
  'unknown_field',
  'too_many',
  'duplicate',
  'not_found',
  'inconsistent',
  'unknown_option',
]);

/** One problem with an input: what kind, where, and a sentence that says what is wrong. */
export interface InputIssue {
  code: InputIssueCode;
  /** Where the problem is, from the root of the input: `['talents', '1', 'rent', 'start']`. */
  path: string[];
  message: string;
  /**
   * The line of the text where the value at `path` (or the nearest value
   * above it) begins, counted from 1: given for a policy read from YAML text,
   * whose parser knows where each value was written. Absent otherwise.
   */
  line?: number;
}

/** A key written after a dot: a plain name. Anything else is written quoted, in brackets. */
const PLAIN_KEY = /^[A-Za-z_$][\w$/-]*$/;

/** The most UTF-16 units of a key a path shows (see `formatPath`). */
const MAX_SHOWN_KEY = 200;

/**
 * `['talents', '1', 'name']` becomes `talents[1].name`; the root is `(input)`.
 * A key that is not a plain name (a space, a dot, a line break) is quoted in
 * brackets, `["a.b"]`, so that every path reads one way and stays on one line.
 */
export function formatPath(path: readonly string[]): string {
  if (path.length === 0) return '(input)';
  let text = '';
  for (const whole of path) {
    // A key is shown cut to a few hundred characters: a key of hundreds of millions of characters, written out
    // whole in the error's message, would make a message longer than JavaScript allows (a RangeError).
    const part = shortened(whole, MAX_SHOWN_KEY);
    // Only a canonical index is written bare: "02026" is a key, quoted like any other that is not a plain name.
    if (/^(0|[1-9]\d*)$/.test(part)) text += `[${part}]`;
    else if (!PLAIN_KEY.test(part)) text += `[${JSON.stringify(part).replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`)}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}

/**
 * Where an issue is, as its message line shows it: the path, then the line of
 * the text when the input was text that gives one.
 *
 * @param issue - the issue
 * @returns `rules[0].amount.rate (line 12)`, or the path alone
 *
 * @example
 * formatWhere({ path: ['rules', '0', 'id'], line: 12 }); //=> 'rules[0].id (line 12)'
 * formatWhere({ path: ['name'] }); //=> 'name'
 */
export function formatWhere(issue: Pick<InputIssue, 'path' | 'line'>): string {
  return issue.line === undefined ? formatPath(issue.path) : `${formatPath(issue.path)} (line ${issue.line})`;
}
