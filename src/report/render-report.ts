import type { Comparison } from '../api/comparison.js';
import type { Assessment } from '../engine/assessment.js';
import { formatYuan } from '../money/money.js';
import { ITEM_COLUMNS, itemRows, numberCitations } from './assessment-rows.js';
import { formatFigure } from './format-figure.js';
import { renderComparison } from './render-comparison.js';
import { markdownTable, textTable } from './table.js';

/** How to render a report. */
export interface RenderOptions {
  /** `text` for a terminal (the default), `markdown` for a memo. */
  format?: 'text' | 'markdown';
}

/**
 * An assessment or a comparison as a report people read.
 *
 * For an assessment: the itemized table (item, instrument, status, basis,
 * amount, binding cap and headroom), the totals, why items are not eligible,
 * the offers without a figure, the interpretations used, the warnings, and the
 * cited sentences as numbered footnotes with their source document.
 * For a comparison: one column per location (see `compare`).
 *
 * @param report - an assessment from `evaluate` or a comparison from `compare`
 * @param options - the format
 * @returns the report as one string
 *
 * @example
 * console.log(renderReport(assessment, { format: 'markdown' }));
 */
export function renderReport(report: Assessment | Comparison, options: RenderOptions = {}): string {
  const format = options.format ?? 'text';
  return 'entries' in report ? renderComparison(report, format) : renderAssessment(report, format === 'markdown');
}

function renderAssessment(assessment: Assessment, markdown: boolean): string {
  const numbers = numberCitations(assessment.items);
  const rows = itemRows(assessment, numbers);
  const heading = (text: string) => (markdown ? `## ${text}` : `${text}\n${'='.repeat(text.length)}`);
  const section = (text: string) => (markdown ? `### ${text}` : text);
  const bullet = (text: string) => (markdown ? `- ${text}` : `  - ${text}`);

  const policy = assessment.policy;
  const lines: string[] = [
    heading(policy.name),
    '',
    `Project: ${assessment.project.name}${assessment.project.id ? ` (${assessment.project.id})` : ''}`,
    `Assessed as of: ${assessment.asOf}`,
    `Source: ${policy.sourceDocument} (${policy.published}), pack version ${policy.version}`,
    'Every amount is a maximum entitlement ("up to"), rounded to the cent.',
    '',
    markdown ? markdownTable(ITEM_COLUMNS, rows) : textTable(ITEM_COLUMNS, rows),
    '',
    `Totals: cash (grants and subsidies) ${formatYuan(assessment.totals.cash)}; ` +
      `equity ${formatYuan(assessment.totals.equity)}; all ${formatYuan(assessment.totals.all)}`,
  ];
  if (assessment.unquantified > 0) {
    lines.push(`Offers without a figure, not in the totals: ${assessment.unquantified}`);
    lines.push('', section('Offers without a figure'));
    assessment.items.forEach((item, index) => {
      if (item.status !== 'unquantified') return;
      const figures = item.figures.map(formatFigure);
      lines.push(bullet(`#${index + 1} ${item.label} (${item.instrument}): ${item.offer}${figures.length ? ` [${figures.join('; ')}]` : ''}`));
    });
  }
  const ineligible = assessment.items
    .map((item, index) => ({ item, number: index + 1 }))
    .filter(({ item }) => item.status === 'ineligible');
  if (ineligible.length > 0) {
    lines.push('', section('Not eligible, and why'));
    for (const { item, number } of ineligible) {
      lines.push(bullet(`#${number} ${item.label}${item.beneficiary ? ` (${item.beneficiary})` : ''}: ${item.reasons.join(' ')}`));
    }
  }
  if (assessment.interpretations.length > 0) {
    lines.push('', section('Interpretations used'));
    for (const used of assessment.interpretations) {
      const alternatives = used.alternatives.length > 0 ? `; alternatives: ${used.alternatives.join(', ')}` : '';
      lines.push(bullet(`${used.id} = ${used.chosen} (${used.source === 'default' ? 'default' : 'chosen'}${alternatives}). ${used.why}`));
    }
  }
  const dated = assessment.items
    .map((item, index) => ({ item, number: index + 1 }))
    .filter(({ item }) => item.status === 'eligible' && (item.capReachedOn !== undefined || item.exit !== undefined));
  if (dated.length > 0) {
    lines.push('', section('Dates and values beyond the amounts'));
    for (const { item, number } of dated) {
      if (item.status !== 'eligible') continue;
      if (item.capReachedOn) lines.push(bullet(`#${number} ${item.label}: the cap is reached on ${item.capReachedOn}`));
      if (item.exit) {
        lines.push(bullet(
          `#${number} ${item.label}: profit given away at exit on ${item.exit.date} (after ${item.exit.holdingYears} years, under the project's exit terms; not an entitlement): ` +
          `${formatYuan(item.exit.profitGivenAway)} = stake ${formatYuan(item.exit.stakeValue)} − buy-back ${formatYuan(item.exit.buyBackPrice)}`,
        ));
      }
    }
  }
  if (assessment.overrides.length > 0) {
    lines.push('', section('Parameters replaced by the caller'));
    for (const override of assessment.overrides) {
      lines.push(bullet(`${override.ruleId} ${override.parameter}: ${override.value} (the source: ${override.baseline})`));
    }
  }
  if (assessment.warnings.length > 0) {
    lines.push('', section('Warnings'));
    for (const warning of assessment.warnings) lines.push(bullet(warning));
  }
  lines.push('', section('Sources'));
  for (const { number, citation } of numbers.values()) {
    lines.push(markdown ? `[${number}] ${citation.document}: “${citation.quote}”  ` : `  [${number}] ${citation.document}: “${citation.quote}”`);
  }
  return `${lines.join('\n')}\n`;
}
