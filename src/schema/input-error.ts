import { formatPath, type InputIssue } from './issues.js';

/**
 * The one error the library throws for bad input. It lists every problem
 * found, each with its path and a sentence; its message repeats them for logs.
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

  constructor(issues: readonly InputIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const lines = issues.map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`);
    super([`Invalid input (${count}):`, ...lines].join('\n'));
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: [...issue.path] })));
  }
}
