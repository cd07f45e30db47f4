import type { z } from 'zod';
import { ISSUE_CODES, type InputIssue, type InputIssueCode } from './issues.js';

function codeOf(issue: z.core.$ZodIssue): InputIssueCode {
  if (issue.code === 'custom') {
    const code: unknown = issue.params?.['code'];
    if (typeof code === 'string' && ISSUE_CODES.has(code)) return code as InputIssueCode;
    return 'invalid_format';
  }
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : 'invalid_type';
  if (issue.code === 'invalid_value') return issue.input === undefined ? 'required' : 'invalid_format';
  if (issue.code === 'too_big' && issue.origin === 'array') return 'too_many';
  if (issue.code === 'too_big' || issue.code === 'too_small') return 'out_of_range';
  return 'invalid_format';
}

/**
 * Turns zod's issues (parsed with `reportInput: true`, so that a missing value
 * can be told from a wrong one) into the library's: paths of strings, a stable code, and
 * one issue per unknown field (zod groups them by object) at that field's path.
 */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly string[] = []): InputIssue[] {
  const result: InputIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) result.push({ code: 'unknown_field', path: [...path, key], message: issue.message });
    } else {
      result.push({ code: codeOf(issue), path, message: issue.message });
    }
  }
  return result;
}
