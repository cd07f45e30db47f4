/**
 * Whether a value is an object with named fields: not null, not a list.
 * Asked of data the boundary reader copied, so it never meets a Proxy.
 *
 * @param value - anything
 * @returns whether it is a record
 *
 * @example
 * isRecord({ a: 1 }); //=> true
 * isRecord([1]);      //=> false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
