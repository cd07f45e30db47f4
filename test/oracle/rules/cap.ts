import type { Decimal } from '../../../src/money/decimal.js';
import type { Cap, CapUnit, Text } from './types.js';

/**
 * A cap as reported on an item: binding when what the item uses of it reaches
 * the limit, with the headroom left. `used` never exceeds `limit` (the block
 * took the minimum), which the property tests check.
 */
export function cap(id: string, label: Text, limit: Decimal, unit: CapUnit, used: Decimal): Cap {
  const headroom = limit.minus(used);
  return { id, label: label.en, limit, unit, binding: headroom.isZero(), headroom, translations: { zh: { label: label.zh } } };
}
