import type { Assessment } from '../engine/assessment.js';
import { commitmentText, netText } from '../report/commitment-lines.js';
import { COMMITMENT_TEXTS } from '../report/commitment-texts.js';
import { REPORT_TEXTS, type Locale } from '../report/texts.js';
import { escapeHtml } from './escape.js';

/**
 * The commitments of an assessment as an HTML section: for each item with
 * commitments, a link to its row, its net amount, and one entry per
 * commitment (target, date, status, what is repaid, amount at risk,
 * clawback, source sentence), every caller's text escaped. Empty when no
 * item has commitments.
 *
 * @param assessment - the assessment
 * @param locale - the report's language
 * @returns the section, or `''`
 *
 * @example
 * commitmentsSection(evaluate(project, { policy: termSheet, asOf: '2029-06-30' }), 'en').includes('id="commitments"'); //=> true
 */
export function commitmentsSection(assessment: Assessment, locale: Locale): string {
  const separator = locale === 'zh' ? '：' : ': ';
  const entries = assessment.items.flatMap((item, index) => {
    if (!item.commitments) return [];
    const label = locale === 'zh' ? item.translations.zh.label : item.label;
    const beneficiary = item.beneficiary ? escapeHtml(REPORT_TEXTS[locale].aside(item.beneficiary)) : '';
    const net = netText(item, locale);
    const commitments = item.commitments.map((commitment) => `<li>${commitmentText(commitment, locale, escapeHtml)}</li>`).join('');
    return [`<li><a href="#item-${index + 1}">#${index + 1}</a> ${escapeHtml(label)}${beneficiary}${net === '' ? '' : `${separator}${escapeHtml(net)}`}<ul>${commitments}</ul></li>`];
  });
  if (entries.length === 0) return '';
  return `<section><h2 id="commitments">${escapeHtml(COMMITMENT_TEXTS[locale].section)}</h2><ul>${entries.join('')}</ul></section>`;
}
