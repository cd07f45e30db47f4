import { centsOf, decimalOfCents } from '../money/cents.js';
import type { Decimal } from '../money/decimal.js';
import { frozenDecimal } from '../money/frozen-decimal.js';
import type { Cap, CapUnit, Text } from './types.js';

/**
 * A cap as reported on an item: binding when what the item uses of it reaches
 * the limit, with the headroom left. `used` never exceeds `limit` (the block
 * took the minimum), which the property tests check. Made frozen (the result
 * is frozen as it is issued); the headroom is computed in whole cents when
 * both figures are cents, the usual case.
 */
export function cap(id: string, label: Text, limit: Decimal, unit: CapUnit, used: Decimal): Cap {
  const limitCents = centsOf(limit);
  const usedCents = limitCents === undefined ? undefined : centsOf(used);
  const headroom = usedCents === undefined ? frozenDecimal(limit.minus(used)) : decimalOfCents(limitCents! - usedCents);
  return Object.freeze({
    id, label: label.en, limit: frozenDecimal(limit), unit, binding: headroom.isZero(), headroom,
    translations: Object.freeze({ zh: Object.freeze({ label: label.zh }) }),
  });
}
