import { Decimal } from '../money/decimal.js';
import type { InputIssue } from '../schema/issues.js';
import { withValueAt } from './input-path.js';
import type { FactChange } from './opportunity-types.js';

/** How many facts a set changes: each value added to a list counts as one. */
export function sizeOf(changes: readonly FactChange[]): number {
  return changes.reduce((total, change) => total + (change.added?.length ?? 1), 0);
}

const NUMERIC = /^\d+(\.\d+)?$/;

/** A value as a number, when it is one (a count, or an amount or rate as a decimal string). */
function numeric(value: unknown): Decimal | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && NUMERIC.test(text) ? new Decimal(text) : undefined;
}

/** How much `to` is above `from`; for a series, the sum of its years' rises. */
function rise(from: unknown, to: unknown): Decimal {
  if (typeof to === 'object' && to !== null && !Array.isArray(to)) {
    const before = typeof from === 'object' && from !== null && !Array.isArray(from) ? from as Record<string, unknown> : {};
    return Object.entries(to).reduce((total, [year, value]) => total.plus(rise(Object.hasOwn(before, year) ? before[year] : undefined, value)), new Decimal(0));
  }
  const after = numeric(to);
  if (!after) return new Decimal(0);
  const before = numeric(from) ?? new Decimal(0);
  return after.greaterThan(before) ? after.minus(before) : new Decimal(0);
}

/** How much a set adds to the amounts, counts and series it raises (flags, choices and lists add nothing). */
export function addedOf(changes: readonly FactChange[]): Decimal {
  return changes.reduce((total, change) => total.plus(rise(change.from, change.to)), new Decimal(0));
}

/** A key that is the same for the same changes, in any order: the changed project is evaluated once per key. */
export function keyOf(changes: readonly FactChange[]): string {
  return changes.map((change) => JSON.stringify([change.path, change.to])).sort().join('\n');
}

function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length && a.every((segment, index) => segment === b[index]);
}

/** Two additions to one list become one; anything else at one path must be the same change. */
function combine(left: FactChange, right: FactChange): FactChange | undefined {
  if (JSON.stringify(left.to) === JSON.stringify(right.to)) return left;
  if (left.action !== 'add' || right.action !== 'add' || !Array.isArray(left.to)) return undefined;
  const added = [...left.added!, ...right.added!.filter((value) => !left.added!.includes(value))];
  const to = [...left.to, ...added.filter((value) => !(left.to as string[]).includes(value))];
  return {
    ...left,
    to,
    added,
    description: `${left.description}; ${right.description}`,
    translations: { zh: { description: `${left.translations.zh.description}；${right.translations.zh.description}` } },
  };
}

/**
 * Two sets of changes made together, or `undefined` when they contradict:
 * two values for one field, or a field left out whose part another sets.
 *
 * @example
 * mergeChanges([setMajor], [setListing])?.length; //=> 2
 */
export function mergeChanges(left: readonly FactChange[], right: readonly FactChange[]): FactChange[] | undefined {
  const merged = [...left];
  for (const change of right) {
    const index = merged.findIndex((other) => isPrefix(other.path, change.path) || isPrefix(change.path, other.path));
    if (index < 0) {
      merged.push(change);
      continue;
    }
    const other = merged[index]!;
    const combined = other.path.length === change.path.length ? combine(other, change) : undefined;
    if (!combined) return undefined;
    merged[index] = combined;
  }
  return merged;
}

/**
 * `left` and `right` made together, `right` taking the place of any change
 * of `left` at its paths: when a condition and an amount each state one fact,
 * at values of their own.
 *
 * @example
 * mergeOverriding([hiresAt10, listing], [hiresAt100]); //=> [listing, hiresAt100]
 */
export function mergeOverriding(left: readonly FactChange[], right: readonly FactChange[]): FactChange[] | undefined {
  const related = (change: FactChange) => right.some((other) => isPrefix(other.path, change.path) || isPrefix(change.path, other.path));
  return mergeChanges(left.filter((change) => !related(change)), right);
}

/**
 * The project with the changes applied, copying only the objects on their
 * paths (the caller's objects are never changed); a change to `null` leaves
 * its field out. `undefined` when a path names a list entry that is not there.
 *
 * @example
 * applyChanges({ name: 'x', plans: {} }, [listingChange]); //=> { name: 'x', plans: { listing: true } }
 */
export function applyChanges(project: unknown, changes: readonly FactChange[]): unknown {
  const issues: InputIssue[] = [];
  let changed = project;
  for (const change of changes) changed = withValueAt(changed, change.path, change.to ?? undefined, issues);
  return issues.length === 0 ? changed : undefined;
}
