import { printable } from './printable.js';
import { shortened } from './shortened.js';

const MAX_SHOWN = 40;

/** Whether an object is a list, asked so that a revoked Proxy (which throws when asked) is just an object. */
function isList(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * A short, safe description of a value for an error message: strings quoted
 * and cut, numbers as written, anything else by its kind. Never throws, never
 * echoes a whole object back.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = shortened(value, MAX_SHOWN);
    // JSON's quotes and escapes, and the escapes JSON leaves out (C1 controls, bidi overrides, line separators).
    return printable(JSON.stringify(shown));
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'object') return isList(value) ? 'a list' : 'an object';
  return `a ${typeof value}`;
}
