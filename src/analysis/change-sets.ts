import { Decimal } from '../money/decimal.js';
import type { InputIssue } from '../schema/issues.js';
import { withValueAt } from './input-path.js';
import type { FactChange } from './opportunity-types.js';

/** How many facts a set changes: each value added to a list counts as one. */
export function sizeOf(changes: readonly FactChange[]): number {
  return changes.reduce((total, change) => total + (change.added?.length ?? 1), 0);
}

const NUMERIC = /^\d+(\.\d+)?$/;

/** How much a set adds to the amounts and counts it raises (flags, choices and lists add nothing). */
export function addedOf(changes: readonly FactChange[]): Decimal {
  let total = new Decimal(0);
  for (const change of changes) {
    const to = typeof change.to === 'number' ? String(change.to) : change.to;
    if (typeof to !== 'string' || !NUMERIC.test(to)) continue;
    const from = typeof change.from === 'number' ? String(change.from) : change.from;
    const before = typeof from === 'string' && NUMERIC.test(from) ? new Decimal(from) : new Decimal(0);
    if (new Decimal(to).greaterThan(before)) total = total.plus(new Decimal(to).minus(before));
  }
  return total;
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
