import type { CommitmentResult, LineItem } from '../engine/assessment.js';
import { formatRate, formatYuan, groupThousands } from '../money/money.js';
import { COMMITMENT_TEXTS } from './commitment-texts.js';
import type { Layout } from './layout.js';
import type { NumberedItem } from './notes-lines.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/** A commitment's target or stated value in its unit: yuan, a count, or a percentage. */
function inUnit(value: CommitmentResult['target'], unit: CommitmentResult['unit']): string {
  if (unit === 'CNY') return formatYuan(value);
  return unit === 'ratio' ? formatRate(value) : groupThousands(value.toFixed(0));
}

/** The fact a commitment names: by the label its pack declares, else by its name in the project. */
function factName(commitment: CommitmentResult, locale: Locale): string {
  return (locale === 'zh' ? commitment.translations.zh.factLabel : commitment.factLabel) ?? commitment.fact;
}

/**
 * One commitment in words, in the report's language: the fact, target and
 * date, the value stated, the status (and why pending), what is repaid if it
 * is missed, the amount at risk and the clawback, and its source sentence.
 * Values from the pack or the project are escaped with `value`.
 *
 * @param commitment - the commitment as assessed
 * @param locale - the report's language
 * @param value - the escape of the report's format
 * @returns the sentence
 *
 * @example
 * commitmentText(jobs, 'en', (text) => text);
 * //=> '200 jobs by the end of 2028: commit-district/jobs at least 200 by 2028-12-31; stated: 150; missed; if missed, repaid pro rata …'
 */
export function commitmentText(commitment: CommitmentResult, locale: Locale, value: (text: string) => string): string {
  const t = COMMITMENT_TEXTS[locale];
  const separator = locale === 'zh' ? '；' : '; ';
  const status = commitment.pendingReason ? `${t.status.pending}${REPORT_TEXTS[locale].aside(t.pending[commitment.pendingReason])}` : t.status[commitment.status];
  const parts = [
    t.commitment(value(factName(commitment, locale)), inUnit(commitment.target, commitment.unit), commitment.by, commitment.series),
    ...(commitment.achieved ? [t.achieved(inUnit(commitment.achieved, commitment.unit))] : []),
    status,
    t.repaid(commitment.clawbackKind, commitment.share ? formatRate(commitment.share) : ''),
    t.atRisk(formatYuan(commitment.amountAtRisk)),
    t.clawback(formatYuan(commitment.clawback)),
  ];
  const label = locale === 'zh' ? commitment.translations.zh.label : commitment.label;
  const source = `“${value(commitment.citation.quote)}”${locale === 'zh' ? `（${value(commitment.citation.document)}）` : ` (${value(commitment.citation.document)})`}`;
  return `${value(label)}${locale === 'zh' ? '：' : ': '}${parts.join(separator)}${locale === 'zh' ? '。' : '. '}${source}`;
}

/** An item's net line, when it has one: `net 7,500,000.00 = 10,000,000.00 − clawback 2,500,000.00`. */
export function netText(item: LineItem, locale: Locale): string {
  if (item.status === 'unquantified' || item.net === undefined) return '';
  const repaid = item.amount.minus(item.net);
  return COMMITMENT_TEXTS[locale].net(formatYuan(item.net), formatYuan(item.amount), formatYuan(repaid));
}

/**
 * The commitments section of a text or Markdown report: for each item with
 * commitments, its net amount, then one line per commitment (see
 * `commitmentText`). None when no item has commitments.
 *
 * @param numbered - the items with their numbers and labels
 * @param locale - the report's language
 * @param format - the layout of the report's format
 * @returns the lines
 *
 * @example
 * commitmentLines(numbered, 'en', layout(false))[0];
 * //=> '  - #1 Settlement grant: net 7,500,000.00 = 10,000,000.00 − clawback 2,500,000.00'
 */
export function commitmentLines(numbered: readonly NumberedItem[], locale: Locale, format: Layout): string[] {
  const separator = locale === 'zh' ? '：' : ': ';
  return numbered.flatMap(({ item, number, label }) => {
    if (!item.commitments) return [];
    const beneficiary = item.beneficiary ? REPORT_TEXTS[locale].aside(format.value(item.beneficiary)) : '';
    const net = netText(item, locale);
    return [
      format.bullet(`#${number} ${format.value(label)}${beneficiary}${net === '' ? '' : `${separator}${net}`}`),
      ...item.commitments.map((commitment) => `  ${format.bullet(commitmentText(commitment, locale, format.value))}`),
    ];
  });
}
