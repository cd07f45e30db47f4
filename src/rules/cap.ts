import { centsOf, decimalOfCents, wholeDecimal } from '../money/cents.js';
import type { Decimal } from '../money/decimal.js';
import { frozenDecimal } from '../money/frozen-decimal.js';
import type { Cap, CapUnit, Limit, Text } from './types.js';

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

function made(id: string, label: Text, limit: Decimal, unit: CapUnit, binding: boolean, headroom: Decimal): Cap {
  return Object.freeze({
    id, label: label.en, limit: Object.isFrozen(limit) ? limit : frozenDecimal(limit), unit, binding, headroom,
    translations: translationsOf(label),
  });
}

/**
 * A cap as reported on an item: binding when what the item uses of it reaches
 * the limit, with the headroom left. `used` never exceeds `limit` (the block
 * took the minimum), which the property tests check. Made frozen (the result
 * is frozen as it is issued); the headroom is computed in whole cents when
 * both figures are cents, the usual case.
 *
 * @param id - the parameter that sets the limit (`share` for a ratio cap)
 * @param label - the cap's label in both languages
 * @param limit - the limit
 * @param unit - what it limits
 * @param used - what the item uses of it
 * @param limitCents - the limit in cents, when the caller knows it (`centsOf(limit)`)
 * @param usedCents - `centsOf(used)`, when the caller has it
 * @returns the cap, frozen
 *
 * @example
 * cap('ceiling', { en: 'ceiling', zh: '上限' }, new Decimal(6_000_000), 'CNY', new Decimal(4_000_000)).headroom.toFixed(2);
 * //=> '2000000.00'
 */
export function cap(id: string, label: Text, limit: Decimal, unit: CapUnit, used: Decimal, limitCents = centsOf(limit), usedCents?: number): Cap {
  const usedInCents = limitCents === undefined ? undefined : used === limit ? limitCents : (usedCents ?? centsOf(used));
  const difference = usedInCents === undefined ? undefined : limitCents! - usedInCents;
  // The difference of two safe integers may not be one (a negative amount under a large limit).
  const headroom = difference !== undefined && Number.isSafeInteger(difference) ? decimalOfCents(difference) : frozenDecimal(limit.minus(used));
  return made(id, label, limit, unit, headroom.isZero(), headroom);
}

/** What a pack's limit is read as, once per limit: its value in cents, and its cap when binding, by unit. */
interface LimitFacts {
  value: unknown;
  id: string;
  label: Text;
  limit: Decimal;
  cents: number | undefined;
  binding: Partial<Record<CapUnit, Cap>>;
}

const limitFacts = new WeakMap<Limit<Decimal | number>, LimitFacts>();

function factsOf(limit: Limit<Decimal | number>): LimitFacts {
  let facts = limitFacts.get(limit);
  // A limit is a parameter of a pack, read once; one whose value was replaced since is read again.
  if (!facts || facts.value !== limit.value || facts.id !== limit.id || facts.label !== limit.label) {
    const value = typeof limit.value === 'number' ? wholeDecimal(limit.value) : limit.value;
    facts = { value: limit.value, id: limit.id, label: limit.label, limit: value, cents: centsOf(value), binding: {} };
    limitFacts.set(limit, facts);
  }
  return facts;
}

/**
 * The cap a limit of the pack puts on an item (see `cap`): the same cap, with
 * the limit read in cents once per limit, and a binding cap (used = limit)
 * made once per limit and unit and shared, frozen, by every item it binds.
 * A count (months, years) is a whole number of its unit.
 *
 * @param limit - the limit, as the block reads it
 * @param unit - what it limits
 * @param used - what the item uses of it
 * @param usedCents - `centsOf(used)`, when the caller has it
 * @returns the cap, frozen
 *
 * @example
 * limitCap({ value: new Decimal(600_000), label, id: 'ceiling' }, 'CNY', new Decimal(600_000)).binding; //=> true
 */
export function limitCap(limit: Limit<Decimal | number>, unit: CapUnit, used: Decimal, usedCents?: number): Cap {
  const facts = factsOf(limit);
  const value = facts.limit;
  const cents = facts.cents === undefined || used === value ? undefined : (usedCents ?? centsOf(used));
  if (facts.cents !== undefined && (used === value || cents === facts.cents)) {
    return (facts.binding[unit] ??= made(limit.id, limit.label, value, unit, true, decimalOfCents(0)));
  }
  return cap(limit.id, limit.label, value, unit, used, facts.cents, cents);
}

/**
 * A limit's value in whole cents (read once per limit, see `limitCap`), or
 * `undefined` when it is not whole cents.
 *
 * @example
 * limitCents({ value: new Decimal('6000000'), label, id: 'ceiling' }); //=> 600000000
 */
export function limitCents(limit: Limit<Decimal | number>): number | undefined {
  return factsOf(limit).cents;
}
