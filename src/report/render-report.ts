import type { Assessment } from '../engine/assessment.js';
import { formatYuan } from '../money/money.js';
import { ITEM_COLUMNS, itemRows, numberCitations } from './assessment-rows.js';
import { markdownTable, textTable } from './table.js';

/** How to render a report. */
export interface RenderOptions {
  /** `text` for a terminal (the default), `markdown` for a memo. */
  format?: 'text' | 'markdown';
}

/**
 * An assessment as a report people read: the itemized table (item,
 * instrument, status, basis, amount, binding cap and headroom), the totals,
 * the interpretations used, the warnings, and the cited sentences as numbered
 * footnotes with their source document.
 *
 * @param assessment - an assessment from `evaluate`
 * @param options - the format
 * @returns the report as one string
 *
 * @example
 * console.log(renderReport(assessment, { format: 'markdown' }));
 */
export function renderReport(assessment: Assessment, options: RenderOptions = {}): string {
  const markdown = options.format === 'markdown';
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
