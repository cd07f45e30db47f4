import { formatWhere, ISSUE_CODES, type InputIssue } from './issues.js';
import { MESSAGES } from './messages.js';

/**
 * The issues given, each read once into a new plain issue; undefined when they
 * are not a list of `{ code, path, message, line? }` with a known code, a path of
 * strings, a message and, if any, a line from 1 (or when reading them throws: a getter, a Proxy).
 */
function copyIssues(issues: unknown): InputIssue[] | undefined {
  try {
    if (!Array.isArray(issues)) return undefined;
    const copies: InputIssue[] = [];
    for (const issue of issues as unknown[]) {
      if (typeof issue !== 'object' || issue === null) return undefined;
      const { code, path, message, line } = issue as Record<string, unknown>;
      if (typeof code !== 'string' || !ISSUE_CODES.has(code) || typeof message !== 'string' || !Array.isArray(path)) return undefined;
      if (line !== undefined && !(Number.isSafeInteger(line) && (line as number) >= 1)) return undefined;
      const parts = [...(path as unknown[])];
      if (!parts.every((part) => typeof part === 'string')) return undefined;
      copies.push({ code: code as InputIssue['code'], path: parts as string[], message, ...(line !== undefined && { line: line as number }) });
    }
    return copies;
  } catch {
    return undefined;
  }
}

/**
 * The one error the library throws for bad input. It lists every problem
 * found, each with its path and a sentence; its message repeats them for logs,
 * each path followed by its line when the input was text that gives one
 * (`- rules[0].amount.rate (line 12): …`).
 *
 * @example
 * try {
 *   evaluate({ name: 'x', investment: { actual: -1 } }, { policy: 'qingshan-lake-2018', asOf: '2018-07-01' });
 * } catch (error) {
 *   if (error instanceof IncentiveInputError) error.issues;
 *   //=> [{ code: 'out_of_range', path: ['investment', 'actual'], message: 'An amount cannot be negative; got -1.' }]
 * }
 */
export class IncentiveInputError extends Error {
  override readonly name = 'IncentiveInputError';
  readonly issues: readonly InputIssue[];

  /**
   * @param issues - every problem found
   * @throws {IncentiveInputError} at `['issues']` when they are not a list of issues
   */
  constructor(issues: readonly InputIssue[]) {
    const copies = copyIssues(issues);
    if (!copies) throw new IncentiveInputError([{ code: 'invalid_type', path: ['issues'], message: MESSAGES.issueList }]);
    const count = copies.length === 1 ? '1 problem' : `${copies.length} problems`;
    const lines = copies.map((issue) => `- ${formatWhere(issue)}: ${issue.message}`);
    super([`Invalid input (${count}):`, ...lines].join('\n'));
    this.issues = Object.freeze(copies.map((issue) => Object.freeze({ ...issue, path: Object.freeze(issue.path) as string[] })));
  }
}
