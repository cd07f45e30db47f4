import { allInterpretations } from '../engine/all-interpretations.js';
import type { PolicyDefinition, RuleDefinition } from '../engine/definition.js';
import { PAYMENTS_BEFORE_SOURCE } from '../engine/payments-before-source.js';
import { amountText, conditionText, parameterText } from '../report/describe-rule.js';
import { pick } from '../report/localize.js';
import { displayWidth } from '../report/display-width.js';
import { REPORT_TEXTS, type Locale } from '../report/texts.js';
import { COMMAND_TEXTS } from './texts.js';
import { commitmentsSection } from './commitment-words.js';

/** The blocks whose payments fall due month by month, and so may fall before the source date. */
const DATED_BLOCKS = new Set(['per-period', 'interest-subsidy']);

function interpretationsOf(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const entry of value) interpretationsOf(entry, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record['interpretation'] === 'string') found.add(record['interpretation']);
    if (typeof record['block'] === 'string' && DATED_BLOCKS.has(record['block'])) found.add(PAYMENTS_BEFORE_SOURCE);
    for (const entry of Object.values(record)) interpretationsOf(entry, found);
  }
  return found;
}

/**
 * A rule explained, in the locale's words: its amount as a formula, its
 * parameters (the names `--override` takes) with their sources, its
 * conditions, its commitments and what is repaid if they are missed, its
 * source sentence (verbatim, as the source is written) and the
 * interpretations it depends on.
 *
 * @param policy - the pack the rule belongs to
 * @param rule - the rule
 * @param locale - `en` or `zh`
 * @param markdown - Markdown headings and lists instead of plain text
 * @returns the text to print
 *
 * @example
 * explainRule(policy, rule, 'zh', false).split('\n')[3];
 * //=> '人才租房补贴（租房补贴，按人才计）'
 */
export function explainRule(policy: PolicyDefinition, rule: RuleDefinition, locale: Locale, markdown: boolean): string {
  const texts = COMMAND_TEXTS[locale];
  const head = (text: string) => (markdown ? `### ${text}` : text);
  const bullet = (text: string) => (markdown ? `- ${text}` : `  - ${text}`);
  const lines = [
    markdown ? `## ${rule.id}` : `${rule.id}\n${'='.repeat(displayWidth(rule.id))}`,
    '',
    texts.ruleLine(pick(rule.label, locale), REPORT_TEXTS[locale].instrument[rule.instrument], texts.scope[rule.scope]),
    texts.sourceLine(pick(policy.name, locale), policy.source.document, policy.source.published),
    '',
    head(texts.headings.quote),
    `  “${rule.citation.quote}”`,
    '',
    head(texts.headings.amount),
    ...amountText(rule.amount, rule, '\n', locale).split('\n').map((line) => `  ${line}`),
    '',
    head(texts.headings.parameters),
    ...Object.entries(rule.parameters).map(([name, parameter]) => bullet(texts.parameter(name, parameterText(rule, name, locale),
      texts.unit[parameter.unit], pick(parameter.label, locale), parameter.since, parameter.citation.quote))),
  ];
  if (Object.keys(rule.parameters).length === 0) lines.push(bullet(texts.none));
  lines.push('', head(texts.headings.conditions));
  if (rule.eligibility.length === 0) lines.push(bullet(texts.noConditions));
  for (const test of rule.eligibility) {
    const when = test.appliesIf ? texts.onlyIf(conditionText(test.appliesIf, locale)) : '';
    lines.push(bullet(`${pick(test.met, locale)} [${conditionText(test.when, locale)}]${when}`));
  }
  lines.push(...commitmentsSection(rule, locale, head, bullet));
  const used = interpretationsOf(rule, new Set());
  for (const group of policy.groups) if (group.rules.includes(rule.id)) interpretationsOf(group, used);
  if (used.size > 0) {
    lines.push('', head(texts.headings.interpretations));
    for (const interpretation of allInterpretations(policy).filter((candidate) => used.has(candidate.id))) {
      lines.push(bullet(`${interpretation.id}${texts.colon}${pick(interpretation.question, locale)}`));
      for (const option of interpretation.options) {
        const byDefault = option.value === interpretation.default ? texts.byDefault : '';
        lines.push(`${markdown ? '  - ' : '      '}${option.value}${byDefault}${texts.colon}${pick(option.rationale, locale)}`);
      }
    }
  }
  if (rule.notes?.length) {
    lines.push('', head(texts.headings.notes));
    for (const note of rule.notes) lines.push(bullet(pick(note, locale)));
  }
  return `${lines.join('\n')}\n`;
}
