import type { CommitmentDefinition, RuleDefinition } from '../engine/definition.js';
import { parameterText } from '../report/describe-rule.js';
import { pick } from '../report/localize.js';
import { REPORT_TEXTS, type Locale } from '../report/texts.js';

const WORDS = {
  en: {
    heading: 'Commitments and clawback',
    commitment: (label: string, fact: string, target: string, by: string, repaid: string, quote: string) =>
      `${label}: ${fact} at least ${target} by ${by}; ${repaid}. “${quote}”`,
    series: { 'in-year': ' (the value of the year of the date)', 'to-date': ' (summed over the years up to the date)' },
    repaid: { all: 'if missed, all is repaid', share: (share: string) => `if missed, ${share} is repaid`, proRata: 'if missed, repaid pro rata to the shortfall (1 − reached ÷ target)' },
  },
  zh: {
    heading: '承诺与返还',
    commitment: (label: string, fact: string, target: string, by: string, repaid: string, quote: string) =>
      `${label}：${by}前 ${fact} 不低于 ${target}；${repaid}。“${quote}”`,
    series: { 'in-year': '（当年数值）', 'to-date': '（累计至当年）' },
    repaid: { all: '未达成则全额返还', share: (share: string) => `未达成则返还${share}`, proRata: '未达成则按差额比例返还（1 − 实际 ÷ 目标）' },
  },
} as const;

/** A parameter by its value and the name `--override` takes, or a value written in place. */
function valueText(ref: { param: string } | string, rule: RuleDefinition, locale: Locale): string {
  return typeof ref === 'string' ? ref : `${parameterText(rule, ref.param, locale)}${REPORT_TEXTS[locale].aside(ref.param)}`;
}

function commitmentLine(commitment: CommitmentDefinition, rule: RuleDefinition, locale: Locale): string {
  const words = WORDS[locale];
  const { clawback } = commitment;
  const repaid = clawback.kind === 'all' ? words.repaid.all : clawback.kind === 'share' ? words.repaid.share(valueText(clawback.share, rule, locale)) : words.repaid.proRata;
  const fact = `${commitment.fact}${commitment.series ? words.series[commitment.series] : ''}`;
  return words.commitment(pick(commitment.label, locale), fact, valueText(commitment.atLeast, rule, locale), commitment.by, repaid, commitment.citation.quote);
}

/**
 * A rule's commitments for `explain`, in the locale's words: a heading, then
 * one entry per commitment (the fact, the target with the parameter name an
 * override takes, the date, what is repaid if it is missed, the source
 * sentence); nothing for a rule without commitments.
 *
 * @param rule - the rule
 * @param locale - `en` or `zh`
 * @param head - the heading of the format
 * @param bullet - a list entry of the format
 * @returns the lines, starting with an empty one
 *
 * @example
 * commitmentsSection(grant, 'en', (text) => text, (text) => `  - ${text}`)[2];
 * //=> '  - 200 jobs by the end of 2028: commit-district/jobs at least 200 (jobs) by 2028-12-31; if missed, repaid pro rata …'
 */
export function commitmentsSection(rule: RuleDefinition, locale: Locale, head: (text: string) => string, bullet: (text: string) => string): string[] {
  if (!rule.commitments?.length) return [];
  return ['', head(WORDS[locale].heading), ...rule.commitments.map((commitment) => bullet(commitmentLine(commitment, rule, locale)))];
}
