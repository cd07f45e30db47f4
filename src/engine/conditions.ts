import { Decimal, isDecimal } from '../money/decimal.js';
import type { Choices } from './choices.js';
import type { IdRecord } from './id-list.js';
import type { Condition } from './definition.js';
import { FACTS, isFactName, lookupFact, type FactContext } from './facts.js';
import { centsOf } from '../money/cents.js';
import { frozenDecimal } from '../money/frozen-decimal.js';

/** What a condition is tested in: the facts, the interpretations, and the rule asking. */
export interface ConditionScope {
  facts: FactContext;
  choices: Choices;
  ruleId: string;
  /** The interpretations consulted for the item being built. */
  consulted: IdRecord;
}

/** The reading chosen for an interpretation, recorded for the item and the assessment. */
export function choose(interpretation: string, scope: ConditionScope): string {
  scope.consulted.add(interpretation);
  return scope.choices.choose(interpretation, scope.ruleId);
}

/** A compiled condition: whether it holds in a scope. */
type Test = (scope: ConditionScope) => boolean;

/** Each condition of a frozen definition compiled once; a condition that is not frozen could change, and is compiled each time. */
const compiled = new WeakMap<Condition, Test>();

function testOf(condition: Condition): Test {
  let test = compiled.get(condition);
  if (!test) {
    test = compile(condition);
    if (Object.isFrozen(condition)) compiled.set(condition, test);
  }
  return test;
}

/** How a fact is read: a built-in one is found once; one a pack declares, in the pack of the scope. */
function readerOf(name: string): (scope: ConditionScope) => unknown {
  if (isFactName(name)) {
    const fact = FACTS[name];
    return (scope) => fact.read(scope.facts);
  }
  return (scope) => {
    const fact = lookupFact(name, scope.facts);
    if (!fact) throw new Error(`Policy definition error: unknown fact "${name}" in ${scope.ruleId}.`);
    return fact.read(scope.facts);
  };
}

/**
 * How a value compares with a bound: an amount or a count with the bound as a
 * number (read once, when first needed: a bound on a date is a date), in cents
 * when both are cents; a date or a word as text.
 */
function comparison(bound: string): (value: unknown) => number | undefined {
  let exact: Decimal | undefined;
  let boundCents: number | undefined;
  const number = (): Decimal => {
    if (exact === undefined) {
      exact = frozenDecimal(new Decimal(bound));
      boundCents = centsOf(exact);
    }
    return exact;
  };
  return (value) => {
    if (isDecimal(value)) {
      const limit = number();
      const cents = boundCents === undefined ? undefined : centsOf(value);
      return cents === undefined ? value.comparedTo(limit) : Math.sign(cents - boundCents!);
    }
    if (typeof value === 'number') return new Decimal(value).comparedTo(number());
    if (typeof value === 'string') return value < bound ? -1 : value > bound ? 1 : 0;
    return undefined;
  };
}

function compile(condition: Condition): Test {
  if ('all' in condition) {
    const parts = condition.all.map(testOf);
    return (scope) => parts.every((part) => part(scope));
  }
  if ('any' in condition) {
    const parts = condition.any.map(testOf);
    return (scope) => parts.some((part) => part(scope));
  }
  if ('not' in condition) {
    const part = testOf(condition.not);
    return (scope) => !part(scope);
  }
  if ('interpretation' in condition) {
    const { interpretation, is } = condition;
    return (scope) => choose(interpretation, scope) === is;
  }
  const read = readerOf(condition.fact);
  if ('present' in condition) {
    const present = condition.present;
    return (scope) => (read(scope) !== undefined) === present;
  }
  if ('is' in condition) {
    const is = condition.is;
    return (scope) => read(scope) === is;
  }
  if ('includesAny' in condition) {
    const wanted = condition.includesAny;
    return (scope) => {
      const value = read(scope);
      return Array.isArray(value) && wanted.some((entry) => value.includes(entry));
    };
  }
  const atLeast = 'atLeast' in condition;
  const order = comparison(atLeast ? condition.atLeast : condition.above);
  return (scope) => {
    const found = order(read(scope));
    if (found === undefined) return false;
    return atLeast ? found >= 0 : found > 0;
  };
}

/**
 * Whether a condition holds. An absent fact fails every test on it except
 * `present: false`; a boolean fact that is not stated reads as false. A
 * condition of a pack (frozen with it) is compiled into a function once.
 */
export function holds(condition: Condition, scope: ConditionScope): boolean {
  return testOf(condition)(scope);
}
