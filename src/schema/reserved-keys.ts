import type { InputIssue } from './issues.js';
import { MESSAGES } from './messages.js';

const RESERVED = '__proto__';

/**
 * Every own `__proto__` key in an input, as issues. `JSON.parse` makes such
 * keys own properties; zod's records skip them without a word, so they are
 * looked for here and refused, like any other unknown field (strict objects
 * refuse them already). The walk uses its own stack, so depth cannot
 * overflow the call stack, and visits each object once.
 */
export function reservedKeyIssues(value: unknown, prefix: readonly string[] = []): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Set<object>();
  // Paths as links to the parent's, so that a deep input costs its size, not its size squared.
  type Link = { key: string; parent: Link | undefined } | undefined;
  const pathOf = (link: Link): string[] => {
    const keys: string[] = [];
    for (let at = link; at; at = at.parent) keys.push(at.key);
    return [...prefix, ...keys.reverse()];
  };
  const stack: Array<{ node: unknown; link: Link }> = [{ node: value, link: undefined }];
  while (stack.length > 0) {
    const { node, link } = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      const child: Link = { key, parent: link };
      if (key === RESERVED) issues.push({ code: 'unknown_field', path: pathOf(child), message: MESSAGES.reservedKey });
      else stack.push({ node: (node as Record<string, unknown>)[key], link: child });
    }
  }
  return issues;
}

/** Issues from two checks of the same input, each path reported once (the first issue for it kept). */
export function mergeIssues(first: readonly InputIssue[], second: readonly InputIssue[]): InputIssue[] {
  const key = (issue: InputIssue) => issue.path.join('\u0000');
  const known = new Set(first.map(key));
  return [...first, ...second.filter((issue) => !known.has(key(issue)))];
}
