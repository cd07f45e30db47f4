import { isDecimal } from '../../src/money/decimal.js';

/** The parts of an item computed when first read: getters, not own fields (as `plain.ts` reads them). */
const COMPUTED = ['formula', 'trace', 'schedule'] as const;

const isComputed = (key: string): boolean => key === 'formula' || key === 'trace' || key === 'schedule';
const ownEnumerable = (object: object, key: string): boolean => Object.prototype.propertyIsEnumerable.call(object, key);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const otherFields = (assessment: object): string[] => Object.keys(assessment).filter((key) => key !== 'items');
const ownFields = (item: object): string[] => Object.keys(item).filter((key) => !isComputed(key));

/** Both values' plain forms the same: a Decimal as its `toFixed()` string, objects by their own enumerable fields. */
function same(a: unknown, b: unknown): boolean {
  switch (typeof a) {
    case 'string': return a === b || (isDecimal(b) && b.toFixed() === a);
    case 'number': return typeof b === 'number' && Object.is(a, b);
    case 'boolean': case 'undefined': return a === b;
    // What `plain` has no form for is never the same: the full comparison reports it.
    case 'object': break;
    default: return false;
  }
  if (a === null) return b === null;
  if (!isObject(b)) return typeof b === 'string' && isDecimal(a) && a.toFixed() === b;
  // Equal values give equal `toFixed()` strings (-0 and 0 alike: `toFixed` writes both "0"); NaN goes to the full comparison.
  if (isDecimal(a)) return isDecimal(b) && a.eq(b);
  if (isDecimal(b)) return false;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && sameArrays(a, b);
  return sameFields(a as Record<string, unknown>, b, Object.keys(a), Object.keys(b));
}

function sameArrays(a: readonly unknown[], b: readonly unknown[], each = same): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) {
    if (index in a !== index in b || !each(a[index], b[index])) return false;
  }
  return true;
}

/** The same own enumerable fields (`keys` of `a`, `others` of `b`), with the same plain values. */
function sameFields(a: Record<string, unknown>, b: Record<string, unknown>, keys: readonly string[], others: readonly string[]): boolean {
  if (keys.length !== others.length) return false;
  for (const key of keys) {
    if (!ownEnumerable(b, key) || !same(a[key], b[key])) return false;
  }
  return true;
}

/** Two items the same: their own fields, then their formula, trace and schedule, read (and so computed) here. */
function sameItems(a: unknown, b: unknown): boolean {
  if (!isObject(a) && !isObject(b)) return same(a, b);
  // An array or a Decimal where an item belongs is left to the full comparison.
  if (!isObject(a) || !isObject(b) || Array.isArray(a) || Array.isArray(b) || isDecimal(a) || isDecimal(b)) return false;
  return sameFields(a, b, ownFields(a), ownFields(b)) && COMPUTED.every((key) => same(a[key], b[key]));
}

/**
 * Whether two assessments, of either engine, have the same plain form
 * (`plainAssessment` in test/oracle/plain.ts: every public field to the
 * cent, each item's formula, trace and schedule included), found without
 * building the copies. It is never more lenient than comparing the plain
 * forms with `isDeepStrictEqual`, and is as strict but for a NaN Decimal,
 * which it calls different: confirm a difference on the plain forms, which
 * also give the readable report.
 *
 * @param a - an assessment of either engine
 * @param b - another
 * @returns true when the plain forms are equal
 *
 * @example
 * samePlainAssessment({ items: [{ amount: new Decimal('1.50') }] }, { items: [{ amount: '1.5' }] });
 * //=> true
 */
export function samePlainAssessment(a: object, b: object): boolean {
  const [itemsA, itemsB] = [(a as { items?: unknown }).items, (b as { items?: unknown }).items];
  if (!Array.isArray(itemsA) || !Array.isArray(itemsB)) return Array.isArray(itemsA) === Array.isArray(itemsB) && same(a, b);
  // `plainAssessment` copies the other fields, then sets `items` (an own field or not) to the items' plain forms.
  const [first, second] = [a as Record<string, unknown>, b as Record<string, unknown>];
  return sameFields(first, second, otherFields(first), otherFields(second)) && sameArrays(itemsA, itemsB, sameItems);
}
