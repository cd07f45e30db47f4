import { centsOf, decimalOfCents } from '../money/cents.js';
import type { Decimal } from '../money/decimal.js';
import { frozenDecimal } from '../money/frozen-decimal.js';
import type { Cap, CapUnit, Text } from './types.js';

/**
 * A cap's Chinese label as the cap carries it: for a label that is a constant
 * (frozen, as a pack's are), made once and shared; for any other, made anew.
 */
const translations = new WeakMap<Text, Cap['translations']>();

function translationsOf(label: Text): Cap['translations'] {
  let found = translations.get(label);
  if (!found) {
    found = Object.freeze({ zh: Object.freeze({ label: label.zh }) });
    if (Object.isFrozen(label)) translations.set(label, found);
  }
  return found;
}

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
  const difference = usedCents === undefined ? undefined : limitCents! - usedCents;
  // The difference of two safe integers may not be one (a negative amount under a large limit).
  const headroom = difference !== undefined && Number.isSafeInteger(difference) ? decimalOfCents(difference) : frozenDecimal(limit.minus(used));
  return Object.freeze({
    id, label: label.en, limit: frozenDecimal(limit), unit, binding: headroom.isZero(), headroom,
    translations: translationsOf(label),
  });
}
