import { isDecimal } from '../../src/money/decimal.js';

/** A value of an assessment as plain JSON: Decimals as exact strings, objects and arrays copied. */
export type Plain = string | number | boolean | null | undefined | Plain[] | { [key: string]: Plain };

/** The parts of an item computed when first read: getters, not own fields. */
const COMPUTED = ['formula', 'trace', 'schedule'] as const;

function plain(value: unknown): Plain {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // `toFixed()` with no argument writes every digit the Decimal holds: no rounding hides a difference.
  if (isDecimal(value)) return value.toFixed();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    const copy: Record<string, Plain> = {};
    for (const key of Object.keys(value)) copy[key] = plain((value as Record<string, unknown>)[key]);
    return copy;
  }
  throw new TypeError(`An assessment holds a ${typeof value}, which has no plain form.`);
}

/** An item's own fields, then its formula, trace and schedule, read (and so computed) here. */
function plainItem(item: object): Plain {
  const copy = plain(item) as Record<string, Plain>;
  for (const key of COMPUTED) copy[key] = plain((item as Record<string, unknown>)[key]);
  return copy;
}

/**
 * Every public field of an assessment, of `evaluate` or of the engine of
 * 0.1.0 alike, as plain JSON: own enumerable fields at every depth, each
 * item's lazily computed `formula`, `trace` and `schedule` (read here), and
 * Decimals as their exact `toFixed()` strings. It reads the result as data:
 * unlike `toJSON` it does not ask whether the library issued it, so it
 * serves for a result of either engine.
 *
 * @param assessment - an assessment of either engine
 * @returns its plain form, to compare deeply with `toStrictEqual`
 *
 * @example
 * plainAssessment(evaluate(project, { policy: 'qingshan-lake-2018', asOf: '2018-07-01' })).items[0].amount;
 * //=> '30000000'
 */
export function plainAssessment(assessment: object): Plain {
  const copy = plain(assessment) as Record<string, Plain>;
  const items = (assessment as { items?: unknown }).items;
  if (Array.isArray(items)) copy['items'] = items.map((item: unknown) => (typeof item === 'object' && item !== null ? plainItem(item) : plain(item)));
  return copy;
}
