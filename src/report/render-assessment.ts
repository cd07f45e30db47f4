import type { Assessment } from '../engine/assessment.js';
import { formatYuan } from '../money/money.js';
import { itemColumns, itemRows, numberCitations } from './assessment-rows.js';
import { capsTable } from './caps-table.js';
import { formatFigure } from './format-figure.js';
import { layout } from './layout.js';
import { itemTexts } from './localize.js';
import { notesLines } from './notes-lines.js';
import { commitmentLines } from './commitment-lines.js';
import { COMMITMENT_TEXTS } from './commitment-texts.js';
import { overrideLine } from './override-value.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/**
 * An assessment as a text or Markdown report in the given language: the
 * items' table and the totals, then one section for each kind of detail the
 * assessment has (a section without content is left out). Every value is
 * escaped for the format where it is written (see `layout`).
 */
export function renderAssessment(assessment: Assessment, markdown: boolean, locale: Locale): string {
  const t = REPORT_TEXTS[locale];
  const format = layout(markdown);
  const { value, heading, section, bullet, table } = format;
  const numbers = numberCitations(assessment.items);
  const zh = assessment.translations.zh;
  const policy = assessment.policy;
  const separator = locale === 'zh' ? '：' : ': ';
  const joined = (texts: readonly string[]) => texts.join(locale === 'zh' ? '' : ' ');
  const numbered = assessment.items.map((item, index) => {
    const texts = itemTexts(item, locale);
    return { item, number: index + 1, label: texts.label, texts };
  });
  const labelled = ({ number, label }: { number: number; label: string }) => `#${number} ${value(label)}`;

  // In Markdown, two trailing spaces keep each line of the header on its own line.
  const header = [
    `${t.project}${separator}${value(assessment.project.name)}${assessment.project.id ? t.aside(value(assessment.project.id)) : ''}`,
    `${t.assessedAsOf}${separator}${value(assessment.asOf)}`,
    t.source(value(policy.sourceDocument), value(policy.published), value(policy.version),
      value(`${assessment.provenance.library.name} ${assessment.provenance.library.version}`)),
  ];
  const lines: string[] = [
    heading(value(locale === 'zh' ? zh.policyName : policy.name)),
    '',
    ...header.map((line) => (markdown ? `${line}  ` : line)),
    t.upTo,
    '',
    table(itemColumns(locale, markdown), itemRows(assessment, numbers, locale, markdown)),
    '',
    t.totals(formatYuan(assessment.totals.cash), formatYuan(assessment.totals.equity), formatYuan(assessment.totals.all)),
  ];
  // A stated maximum is never added to a computed figure: it has its own line, when there is one.
  const { ceilings } = assessment.totals;
  if (!ceilings.all.isZero()) lines.push(t.ceilingTotals(formatYuan(ceilings.cash), formatYuan(ceilings.equity), formatYuan(ceilings.all)));
  const { clawback, net } = assessment.totals;
  if (clawback && net) lines.push(COMMITMENT_TEXTS[locale].netTotals(formatYuan(clawback.all), formatYuan(net.cash), formatYuan(net.equity), formatYuan(net.all)));
  if (assessment.unquantified > 0) lines.push(t.unquantifiedCount(assessment.unquantified));
  const add = (title: string, body: readonly string[]) => {
    if (body.length > 0) lines.push('', section(title), ...body);
  };

  if (!markdown) {
    const caps = capsTable(numbered, locale);
    add(t.sections.caps, caps === '' ? [] : [caps]);
  }
  add(t.sections.offers, numbered.flatMap(({ item, number, texts }) => {
    if (item.status !== 'unquantified') return [];
    const figures = item.figures.map((figure, index) => value(formatFigure(figure, locale, texts.figureLabels[index])));
    const list = figures.length ? ` [${figures.join(locale === 'zh' ? '；' : '; ')}]` : '';
    return [bullet(`${labelled({ number, label: texts.label })}${t.aside(t.instrument[item.instrument])}${separator}${value(texts.offer ?? '')}${list}`)];
  }));
  add(t.sections.notEligible, numbered.flatMap((entry) => {
    if (entry.item.status !== 'ineligible') return [];
    const beneficiary = entry.item.beneficiary ? t.aside(value(entry.item.beneficiary)) : '';
    return [bullet(`${labelled(entry)}${beneficiary}${separator}${value(joined(entry.texts.reasons))}`)];
  }));
  add(t.sections.notes, notesLines(numbered, locale, format));
  add(COMMITMENT_TEXTS[locale].section, commitmentLines(numbered, locale, format));
  add(t.sections.interpretations, assessment.interpretations.map((used) => {
    const why = locale === 'zh' ? (zh.interpretations[used.id]?.why ?? used.why) : used.why;
    return bullet(t.interpretation(value(used.id), value(used.chosen), used.source === 'default', used.alternatives.map(value), value(why)));
  }));
  add(t.sections.unusedInterpretations, assessment.unusedInterpretations.map(({ id, chosen }) => bullet(t.unusedInterpretation(value(id), value(chosen)))));
  add(t.sections.datesAndValues, numbered.flatMap((entry) => {
    const { item } = entry;
    if (item.status !== 'eligible') return [];
    const dated: string[] = [];
    if (item.capReachedOn) dated.push(bullet(`${labelled(entry)}${separator}${t.capReached(value(item.capReachedOn))}`));
    if (item.exit) {
      const { date, holdingYears, profitGivenAway, stakeValue, buyBackPrice } = item.exit;
      dated.push(bullet(`${labelled(entry)}${separator}${t.exit(value(date), holdingYears, formatYuan(profitGivenAway), formatYuan(stakeValue), formatYuan(buyBackPrice))}`));
    }
    return dated;
  }));
  add(t.sections.overrides, assessment.overrides.map((override) => bullet(value(overrideLine(override, locale)))));
  add(t.sections.warnings, (locale === 'zh' ? zh.warnings : assessment.warnings).map((warning) => bullet(value(warning))));
  add(t.sections.sources, [...numbers.values()].map(({ number, citation }) => {
    const source = `[${number}] ${value(citation.document)}${separator}“${value(citation.quote)}”`;
    return markdown ? `${source}  ` : `  ${source}`;
  }));
  return `${lines.join('\n')}\n`;
}
