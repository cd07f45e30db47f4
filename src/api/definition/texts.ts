import type { ConditionInput } from '../../schema/policy-definition.js';
import type { Text } from '../../engine/definition.js';
import { FACTS, isFactName, type Fact } from '../../engine/facts.js';

type Locale = keyof Text;

/** A text as a user writes it: a string stands for both languages. */
export function toText(value: string | Text): Text {
  return typeof value === 'string' ? { en: value, zh: value } : { en: value.en, zh: value.zh };
}

/** The words that join the parts of a condition, in each language. */
const WORDS = {
  en: {
    and: ' and ', always: 'always', any: (parts: string) => `(${parts})`, or: ' or ', not: (part: string) => `not ${part}`,
    interpretation: (id: string, reading: string) => `interpretation ${id} is ${reading}`,
    present: (fact: string, present: boolean) => `${fact} is ${present ? 'stated' : 'not stated'}`,
    is: (fact: string, value: string | boolean) => `${fact} is ${String(value)}`,
    includesAny: (fact: string, values: readonly string[]) => `${fact} includes any of ${values.join(', ')}`,
    atLeast: (fact: string, value: string) => `${fact} is at least ${value}`,
    above: (fact: string, value: string) => `${fact} is above ${value}`,
  },
  zh: {
    and: '且', always: '无条件', any: (parts: string) => `（${parts}）`, or: '或', not: (part: string) => `非${part}`,
    interpretation: (id: string, reading: string) => `解释${id}为${reading}`,
    present: (fact: string, present: boolean) => `${present ? '已填写' : '未填写'}${fact}`,
    is: (fact: string, value: string | boolean) => (value === true ? fact : value === false ? `非${fact}` : `${fact}为“${value}”`),
    includesAny: (fact: string, values: readonly string[]) => `${fact}包括${values.join('、')}之一`,
    atLeast: (fact: string, value: string) => `${fact}不低于${value}`,
    above: (fact: string, value: string) => `${fact}高于${value}`,
  },
} as const;

/**
 * A fact as a reason names it: a pack's own fact by the label its definition
 * declares; a built-in fact by its name in English (the project's field a user
 * fills in) and by its Chinese label in Chinese, as `explain` names them.
 */
function factName(name: string, own: ReadonlyMap<string, Fact>, locale: Locale): string {
  const declared = own.get(name);
  if (declared) return declared.label[locale];
  return locale === 'zh' && isFactName(name) ? FACTS[name].label.zh : name;
}

/** A condition in words, for the reasons a user did not write. */
function describeCondition(condition: ConditionInput, own: ReadonlyMap<string, Fact>, locale: Locale): string {
  const words = WORDS[locale];
  const describe = (part: ConditionInput) => describeCondition(part, own, locale);
  if ('all' in condition) return condition.all.map(describe).join(words.and) || words.always;
  if ('any' in condition) return words.any(condition.any.map(describe).join(words.or));
  if ('not' in condition) return words.not(describe(condition.not));
  if ('interpretation' in condition) return words.interpretation(condition.interpretation, condition.is);
  const fact = factName(condition.fact, own, locale);
  if ('present' in condition) return words.present(fact, condition.present);
  if ('is' in condition) return words.is(fact, condition.is);
  if ('includesAny' in condition) return words.includesAny(fact, condition.includesAny);
  if ('atLeast' in condition) return words.atLeast(fact, String(condition.atLeast));
  return words.above(fact, String(condition.above));
}

/**
 * The reasons of a test the user gave only a condition for, in both
 * languages: the condition in words, a pack's own facts named by their
 * declared labels.
 *
 * @param condition - the test's condition, as written
 * @param own - the facts the pack declares of its own, by qualified name
 * @returns the reasons when the condition is met and when it is not
 *
 * @example
 * defaultReasons({ fact: 'river/registered', is: true }, declaredFacts(pack)).unmet;
 * //=> { en: 'Condition not met: company registered in the district is true.', zh: '条件不满足：企业注册在区内。' }
 */
export function defaultReasons(condition: ConditionInput, own: ReadonlyMap<string, Fact>): { met: Text; unmet: Text } {
  const en = describeCondition(condition, own, 'en');
  const zh = describeCondition(condition, own, 'zh');
  return {
    met: { en: `Condition met: ${en}.`, zh: `条件满足：${zh}。` },
    unmet: { en: `Condition not met: ${en}.`, zh: `条件不满足：${zh}。` },
  };
}
