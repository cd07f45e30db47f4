import { isIsoDate } from '../../dates/iso-date.js';
import type { DeclaredFact } from '../../engine/definition.js';
import { Decimal } from '../../money/decimal.js';
import { readFactValue } from '../../schema/fact-value.js';
import { MESSAGES } from '../../schema/messages.js';
import type { ParsedDefinition } from '../../schema/policy-definition.js';
import type { Problems } from './check-values.js';
import { toText } from './texts.js';

type ParsedFact = NonNullable<ParsedDefinition['facts']>[number];

/** The type a bound of a fact is read as: a series' bounds are those of each year's value. */
const BOUND_TYPE = { 'amount': 'amount', 'count': 'count', 'rate': 'rate', 'date': 'date', 'amount-series': 'amount', 'count-series': 'count' } as const;

/** A bound read as a value of the fact's type: its exact string, or undefined with the problem recorded. */
function bound(raw: ParsedFact, which: 'min' | 'max', path: readonly string[], problems: Problems): string | undefined {
  const value = raw[which];
  if (value === undefined) return undefined;
  const type = Object.hasOwn(BOUND_TYPE, raw.type) ? BOUND_TYPE[raw.type as keyof typeof BOUND_TYPE] : undefined;
  if (!type) {
    problems.add('inconsistent', [...path, which], MESSAGES.factBoundType(raw.type));
    return undefined;
  }
  const read = readFactValue(value, { type });
  if (!read.ok) {
    for (const problem of read.problems) problems.add(problem.code, [...path, which], problem.message);
    return undefined;
  }
  return type === 'date' ? String(read.value) : new Decimal(read.value as Decimal | number).toFixed();
}

function choiceValues(raw: ParsedFact, path: readonly string[], problems: Problems): string[] | undefined {
  if (raw.type !== 'choice') {
    if (raw.values !== undefined) problems.add('inconsistent', [...path, 'values'], MESSAGES.factValuesNotChoice);
    return undefined;
  }
  const values = raw.values ?? [];
  if (values.length === 0) problems.add('required', [...path, 'values'], MESSAGES.factValuesNeeded);
  values.forEach((value, i) => {
    if (values.indexOf(value) !== i) problems.add('duplicate', [...path, 'values', String(i)], MESSAGES.duplicateChoice(value));
  });
  return [...values];
}

function declared(raw: ParsedFact, path: readonly string[], problems: Problems): DeclaredFact {
  const min = bound(raw, 'min', path, problems);
  const max = bound(raw, 'max', path, problems);
  if (min !== undefined && max !== undefined) {
    const reversed = isIsoDate(min) ? min > max : new Decimal(min).greaterThan(max);
    if (reversed) problems.add('inconsistent', [...path, 'max'], MESSAGES.factBoundsReversed(min, max));
  }
  const values = choiceValues(raw, path, problems);
  const unit = raw.unit ?? (raw.type === 'amount' || raw.type === 'amount-series' ? 'CNY' : undefined);
  return {
    id: raw.id,
    type: raw.type,
    ...(unit !== undefined && { unit }),
    label: toText(raw.label),
    ...(min !== undefined && { min }),
    ...(max !== undefined && { max }),
    ...(values !== undefined && { values }),
    ...(raw.required !== undefined && { required: raw.required }),
  };
}

/**
 * A definition's own input facts, checked: unique ids, bounds of the fact's
 * type in order, the words of a choice (and only of a choice), an amount's
 * unit `CNY` unless it says otherwise.
 *
 * @param parsed - the definition after the structural checks
 * @param problems - where the problems are recorded, with their paths
 * @returns the declarations in the engine's form
 *
 * @example
 * normalizeDeclaredFacts({ ...parsed, facts: [{ id: 'new-hires', type: 'count', label: 'New hires', max: 5000 }] }, problems);
 * //=> [{ id: 'new-hires', type: 'count', label: { en: 'New hires', zh: 'New hires' }, max: '5000' }]
 */
export function normalizeDeclaredFacts(parsed: ParsedDefinition, problems: Problems): DeclaredFact[] {
  const seen = new Set<string>();
  return (parsed.facts ?? []).map((raw, i) => {
    const path = ['facts', String(i)];
    if (seen.has(raw.id)) problems.add('duplicate', [...path, 'id'], MESSAGES.duplicateId(raw.id));
    seen.add(raw.id);
    return declared(raw, path, problems);
  });
}
