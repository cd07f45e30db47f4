import { FACTS, isFactName } from '../engine/facts.js';
import type { Locale } from './texts.js';

/** The words a rule is described in (see `describe-rule.ts`), in one language. */
export interface RuleWords {
  yuan: (amount: string) => string;
  perMonth: (amount: string) => string;
  months: (count: string) => string;
  years: (count: string) => string;
  tiersNotPublished: string;
  tiersOf: (base: string) => string;
  /** A fact of the project, as a formula or a condition names it. */
  fact: (name: string) => string;
  and: string;
  or: string;
  not: (condition: string) => string;
  given: (fact: string, given: boolean) => string;
  equals: (fact: string, value: string) => string;
  includesAny: (fact: string, values: readonly string[]) => string;
  ceiling: (ceiling: string) => string;
  ceilingWhenNotGiven: (capped: string, ceiling: string) => string;
  perPeriod: (perPeriod: string, periods: string) => string;
  /** The period count when the rule names no fact for it. */
  monthsFallback: string;
  /** `share`: the parameter of the fraction subsidised, when the rule names one. */
  interest: (ceiling: string, share?: string) => string;
  tiered: (ceiling: string) => string;
  /** The steps of a stepped or yearly block, in order: each its length and what it pays. */
  steps: (steps: ReadonlyArray<{ length: string; pays: string }>) => string;
  paid: (period: 'month' | 'year') => string;
  /** A yearly share: what each year pays, the steps, and the date fact year 1 is the year of. */
  yearly: (each: string, steps: string, start: string) => string;
  excess: (base: string, threshold: string) => string;
  noFigure: (offer: string) => string;
  /** One reading of an interpretation and its amount. */
  reading: (interpretation: string, reading: string, amount: string) => string;
  ifCase: (condition: string, amount: string) => string;
  otherwise: (amount: string) => string;
}

/**
 * English names facts as the project's fields (the README's tables are
 * written with them); Chinese by their Chinese labels.
 */
export const RULE_WORDS: Record<Locale, RuleWords> = {
  en: {
    yuan: (amount) => amount,
    perMonth: (amount) => `${amount} a month`,
    months: (count) => `${count} months`,
    years: (count) => `${count} years`,
    tiersNotPublished: 'tiers (not published)',
    tiersOf: (base) => `tiers of ${base}`,
    fact: (name) => name,
    and: ' and ',
    or: ' or ',
    not: (condition) => `not ${condition}`,
    given: (fact, given) => `${fact} ${given ? 'given' : 'not given'}`,
    equals: (fact, value) => `${fact} = ${value}`,
    includesAny: (fact, values) => `${fact} includes any of ${values.join(', ')}`,
    ceiling: (ceiling) => `${ceiling} (basis ceiling)`,
    ceilingWhenNotGiven: (capped, ceiling) => `${capped}, or ${ceiling} (basis ceiling) when not given`,
    perPeriod: (perPeriod, periods) => `${perPeriod} × ${periods}, paid monthly`,
    monthsFallback: 'months',
    interest: (ceiling, share) => `min(${ceiling}, ${share ? `${share} × ` : ''}the interest due on the loans: principal × annualRate × years for a loan without a repayment form, month by month on the principal still owed for a loan with one)`,
    tiered: (ceiling) => `min(${ceiling}, the bracket of a tier table), or ${ceiling} (basis ceiling) while the tiers are not published`,
    steps: (steps) => steps.map((step) => `${step.pays} for ${step.length}`).join(', then '),
    paid: (period) => (period === 'month' ? ', paid monthly' : ', paid yearly'),
    yearly: (each, steps, start) => `each year from the year of ${start}: ${each}, the rate ${steps}; paid on 31 December`,
    excess: (base, threshold) => `max(0, ${base} − ${threshold})`,
    noFigure: (offer) => `no figure: ${offer}`,
    reading: (interpretation, reading, amount) => `*${interpretation}=${reading}*: ${amount}`,
    ifCase: (condition, amount) => `if ${condition}: ${amount}`,
    otherwise: (amount) => `otherwise: ${amount}`,
  },
  zh: {
    yuan: (amount) => `${amount}元`,
    perMonth: (amount) => `每月${amount}元`,
    months: (count) => `${count}个月`,
    years: (count) => `${count}年`,
    tiersNotPublished: '分档（未公布）',
    tiersOf: (base) => `按${base}分档`,
    fact: (name) => (isFactName(name) ? FACTS[name].label.zh : name),
    and: '且',
    or: '或',
    not: (condition) => `非${condition}`,
    given: (fact, given) => `${given ? '已填写' : '未填写'}${fact}`,
    equals: (fact, value) => `${fact} = ${value}`,
    includesAny: (fact, values) => `${fact}包括${values.join('、')}之一`,
    ceiling: (ceiling) => `${ceiling}（按上限列示）`,
    ceilingWhenNotGiven: (capped, ceiling) => `${capped}；未填写时按上限${ceiling}列示`,
    perPeriod: (perPeriod, periods) => `${perPeriod} × ${periods}，按月发放`,
    monthsFallback: '月数',
    interest: (ceiling, share) => `min(${ceiling}, ${share ? `${share} × ` : ''}贷款应付利息：未约定还款方式的贷款按本金 × 年利率 × 年数计，约定还款方式的贷款按每月剩余本金逐月计)`,
    tiered: (ceiling) => `min(${ceiling}, 分档表中对应档次的金额)；分档未公布时按上限${ceiling}列示`,
    steps: (steps) => steps.map((step) => `${step.length}内${step.pays}`).join('，其后'),
    paid: (period) => (period === 'month' ? '，按月发放' : '，按年发放'),
    yearly: (each, steps, start) => `自${start}所在年度起逐年：${each}，比例${steps}；每年12月31日发放`,
    excess: (base, threshold) => `max(0, ${base} − ${threshold})`,
    noFigure: (offer) => `无金额：${offer}`,
    reading: (interpretation, reading, amount) => `*${interpretation}=${reading}*：${amount}`,
    ifCase: (condition, amount) => `若${condition}：${amount}`,
    otherwise: (amount) => `否则：${amount}`,
  },
};
