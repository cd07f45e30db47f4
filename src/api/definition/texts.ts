import type { ConditionInput } from '../../schema/policy-definition.js';
import type { Text } from '../../engine/definition.js';

/** A text as a user writes it: a string stands for both languages. */
export function toText(value: string | Text): Text {
  return typeof value === 'string' ? { en: value, zh: value } : { en: value.en, zh: value.zh };
}

/** A condition in words, for the reasons a user did not write. */
export function describeCondition(condition: ConditionInput): string {
  if ('all' in condition) return condition.all.map(describeCondition).join(' and ') || 'always';
  if ('any' in condition) return `(${condition.any.map(describeCondition).join(' or ')})`;
  if ('not' in condition) return `not ${describeCondition(condition.not)}`;
  if ('interpretation' in condition) return `interpretation ${condition.interpretation} is ${condition.is}`;
  if ('present' in condition) return `${condition.fact} is ${condition.present ? 'stated' : 'not stated'}`;
  if ('is' in condition) return `${condition.fact} is ${String(condition.is)}`;
  if ('includesAny' in condition) return `${condition.fact} includes any of ${condition.includesAny.join(', ')}`;
  if ('atLeast' in condition) return `${condition.fact} is at least ${String(condition.atLeast)}`;
  return `${condition.fact} is above ${String(condition.above)}`;
}

/** The reasons of a test the user gave only a condition for. */
export function defaultReasons(condition: ConditionInput): { met: Text; unmet: Text } {
  const words = describeCondition(condition);
  return {
    met: { en: `Condition met: ${words}.`, zh: `条件满足：${words}。` },
    unmet: { en: `Condition not met: ${words}.`, zh: `条件不满足：${words}。` },
  };
}
