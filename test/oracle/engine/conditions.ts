import { Decimal, isDecimal } from '../../../src/money/decimal.js';
import type { Choices } from './choices.js';
import type { Condition } from './definition.js';
import { lookupFact, type FactContext } from './facts.js';

/** What a condition is tested in: the facts, the interpretations, and the rule asking. */
export interface ConditionScope {
  facts: FactContext;
  choices: Choices;
  ruleId: string;
  /** The interpretations consulted for the item being built. */
  consulted: Set<string>;
}

/** The reading chosen for an interpretation, recorded for the item and the assessment. */
export function choose(interpretation: string, scope: ConditionScope): string {
  scope.consulted.add(interpretation);
  return scope.choices.choose(interpretation, scope.ruleId);
}

function readFact(name: string, scope: ConditionScope): unknown {
  const fact = lookupFact(name, scope.facts);
  if (!fact) throw new Error(`Policy definition error: unknown fact "${name}" in ${scope.ruleId}.`);
  return fact.read(scope.facts);
}

function compare(value: unknown, bound: string): number | undefined {
  if (isDecimal(value)) return value.comparedTo(new Decimal(bound));
  if (typeof value === 'number') return new Decimal(value).comparedTo(new Decimal(bound));
  if (typeof value === 'string') return value < bound ? -1 : value > bound ? 1 : 0;
  return undefined;
}

/**
 * Whether a condition holds. An absent fact fails every test on it except
 * `present: false`; a boolean fact that is not stated reads as false.
 */
export function holds(condition: Condition, scope: ConditionScope): boolean {
  if ('all' in condition) return condition.all.every((part) => holds(part, scope));
  if ('any' in condition) return condition.any.some((part) => holds(part, scope));
  if ('not' in condition) return !holds(condition.not, scope);
  if ('interpretation' in condition) return choose(condition.interpretation, scope) === condition.is;
  const value = readFact(condition.fact, scope);
  if ('present' in condition) return (value !== undefined) === condition.present;
  if ('is' in condition) return value === condition.is;
  if ('includesAny' in condition) {
    return Array.isArray(value) && condition.includesAny.some((wanted) => value.includes(wanted));
  }
  const order = compare(value, 'atLeast' in condition ? condition.atLeast : condition.above);
  if (order === undefined) return false;
  return 'atLeast' in condition ? order >= 0 : order > 0;
}
