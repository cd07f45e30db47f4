import type { Assessment } from '../engine/assessment.js';
import { formatYuan } from '../money/money.js';
import { itemColumns, itemRows, numberCitations } from './assessment-rows.js';
import { formatFigure } from './format-figure.js';
import { itemTexts } from './localize.js';
import { displayWidth, markdownTable, textTable } from './table.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/** Headings and bullets for text or Markdown. */
export function layout(markdown: boolean) {
  return {
    heading: (text: string) => (markdown ? `## ${text}` : `${text}\n${'='.repeat(displayWidth(text))}`),
    section: (text: string) => (markdown ? `### ${text}` : text),
    bullet: (text: string) => (markdown ? `- ${text}` : `  - ${text}`),
    table: markdown ? markdownTable : textTable,
  };
}

/** An assessment as a text or Markdown report in the given language. */
export function renderAssessment(assessment: Assessment, markdown: boolean, locale: Locale): string {
  const t = REPORT_TEXTS[locale];
  const { heading, section, bullet, table } = layout(markdown);
  const numbers = numberCitations(assessment.items);
  const zh = assessment.translations.zh;
  const policy = assessment.policy;
  const separator = locale === 'zh' ? '：' : ': ';
  const numbered = assessment.items.map((item, index) => ({ item, number: index + 1, texts: itemTexts(item, locale) }));

  const lines: string[] = [
    heading(locale === 'zh' ? zh.policyName : policy.name),
    '',
    `${t.project}${separator}${assessment.project.name}${assessment.project.id ? ` (${assessment.project.id})` : ''}`,
    `${t.assessedAsOf}${separator}${assessment.asOf}`,
    t.source(policy.sourceDocument, policy.published, policy.version, `${assessment.provenance.library.name} ${assessment.provenance.library.version}`),
    t.upTo,
    '',
    table(itemColumns(locale), itemRows(assessment, numbers, locale)),
    '',
    t.totals(formatYuan(assessment.totals.cash), formatYuan(assessment.totals.equity), formatYuan(assessment.totals.all)),
  ];
  if (assessment.unquantified > 0) {
    lines.push(t.unquantifiedCount(assessment.unquantified), '', section(t.sections.offers));
    for (const { item, number, texts } of numbered) {
      if (item.status !== 'unquantified') continue;
      const figures = item.figures.map((figure, index) => formatFigure(figure, locale, texts.figureLabels[index]));
      const list = figures.length ? ` [${figures.join(locale === 'zh' ? '；' : '; ')}]` : '';
      lines.push(bullet(`#${number} ${texts.label} (${t.instrument[item.instrument]})${separator}${texts.offer}${list}`));
    }
  }
  const ineligible = numbered.filter(({ item }) => item.status === 'ineligible');
  if (ineligible.length > 0) {
    lines.push('', section(t.sections.notEligible));
    for (const { item, number, texts } of ineligible) {
      lines.push(bullet(`#${number} ${texts.label}${item.beneficiary ? ` (${item.beneficiary})` : ''}${separator}${texts.reasons.join(locale === 'zh' ? '' : ' ')}`));
    }
  }
  if (assessment.interpretations.length > 0) {
    lines.push('', section(t.sections.interpretations));
    for (const used of assessment.interpretations) {
      const why = locale === 'zh' ? (zh.interpretations[used.id]?.why ?? used.why) : used.why;
      lines.push(bullet(t.interpretation(used.id, used.chosen, used.source === 'default', used.alternatives, why)));
    }
  }
  const dated = numbered.filter(({ item }) => item.status === 'eligible' && (item.capReachedOn !== undefined || item.exit !== undefined));
  if (dated.length > 0) {
    lines.push('', section(t.sections.datesAndValues));
    for (const { item, number, texts } of dated) {
      if (item.status === 'unquantified') continue;
      if (item.capReachedOn) lines.push(bullet(`#${number} ${texts.label}${separator}${t.capReached(item.capReachedOn)}`));
      if (item.exit) {
        const { date, holdingYears, profitGivenAway, stakeValue, buyBackPrice } = item.exit;
        lines.push(bullet(`#${number} ${texts.label}${separator}${t.exit(date, holdingYears, formatYuan(profitGivenAway), formatYuan(stakeValue), formatYuan(buyBackPrice))}`));
      }
    }
  }
  if (assessment.overrides.length > 0) {
    lines.push('', section(t.sections.overrides));
    for (const o of assessment.overrides) lines.push(bullet(t.override(o.ruleId, o.parameter, o.value, o.baseline)));
  }
  const warnings = locale === 'zh' ? zh.warnings : assessment.warnings;
  if (warnings.length > 0) {
    lines.push('', section(t.sections.warnings));
    for (const warning of warnings) lines.push(bullet(warning));
  }
  lines.push('', section(t.sections.sources));
  for (const { number, citation } of numbers.values()) {
    lines.push(markdown ? `[${number}] ${citation.document}: “${citation.quote}”  ` : `  [${number}] ${citation.document}: “${citation.quote}”`);
  }
  return `${lines.join('\n')}\n`;
}
