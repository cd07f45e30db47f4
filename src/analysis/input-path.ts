import { MESSAGES } from '../schema/messages.js';
import type { InputIssue } from '../schema/issues.js';
import { isRecord } from '../schema/is-record.js';

const SEGMENT = /^[A-Za-z][A-Za-z0-9]{0,49}$|^\d{1,6}$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A dotted path into a project (`talents.0.rent.monthly`), as its segments; undefined when malformed. */
export function parseInputPath(path: unknown): string[] | undefined {
  if (typeof path !== 'string' || path.length > 200) return undefined;
  const segments = path.split('.');
  return segments.every((segment) => SEGMENT.test(segment) && !FORBIDDEN.has(segment)) ? segments : undefined;
}


/**
 * A copy of `project` with `value` at `segments`, copying only the objects on
 * the way (the caller's objects are not changed; Decimals stay as they are).
 * Missing objects on the way are created; a list entry must exist. With
 * `value` undefined the field is left out.
 */
export function withValueAt(project: unknown, segments: readonly string[], value: unknown, issues: InputIssue[]): unknown {
  const copy = (node: unknown, depth: number): unknown => {
    const key = segments[depth]!;
    const last = depth === segments.length - 1;
    if (Array.isArray(node)) {
      const index = Number.parseInt(key, 10);
      if (!/^\d+$/.test(key) || index >= node.length) {
        issues.push({ code: 'not_found', path: ['options', 'path'], message: MESSAGES.pathNotFound(segments.join('.')) });
        return node;
      }
      const next = [...node];
      next[index] = last ? value : copy(node[index], depth + 1);
      return next;
    }
    const record = isRecord(node) ? node : {};
    if (last && value === undefined) {
      // Left out, not stated as `undefined`: a fact of a pack's own is read as given, and undefined is no value.
      const rest = { ...record };
      delete rest[key];
      return rest;
    }
    const child = Object.hasOwn(record, key) ? record[key] : undefined;
    return { ...record, [key]: last ? value : copy(child, depth + 1) };
  };
  return copy(project, 0);
}
