import type { Comparison } from '../api/comparison.js';
import type { Assessment } from '../engine/assessment.js';
import { bindingCaps, leastHeadroom } from './assessment-rows.js';
import { itemTexts } from './localize.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

const HEADERS: Record<Locale, string[]> = {
  en: ['policy', 'number', 'rule_id', 'item', 'beneficiary', 'instrument', 'status', 'basis', 'amount_cny', 'binding_cap', 'headroom_cny', 'document', 'quote'],
  zh: ['政策', '序号', '规则', '项目', '对象', '形式', '状态', '依据', '金额（元）', '触及的上限', '剩余额度（元）', '出处文件', '原文'],
};

/**
 * One cell of RFC 4180 CSV: quoted when it holds a comma, a quote or a line
 * break; a cell a spreadsheet would read as a formula (=, +, -, @) is prefixed
 * with an apostrophe, so that a label can never run as one.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function rows(assessment: Assessment, locale: Locale): string[][] {
  const t = REPORT_TEXTS[locale];
  return assessment.items.map((item, index) => [
    assessment.policy.id,
    String(index + 1),
    item.ruleId,
    itemTexts(item, locale).label,
    item.beneficiary ?? '',
    t.instrument[item.instrument],
    t.status[item.status],
    t.basis[item.basis],
    // Plain digits for spreadsheets: no thousands separators; empty when there is no figure.
    item.amount === null ? '' : item.amount.toFixed(2),
    item.status === 'eligible' ? bindingCaps(item, locale) : '',
    item.status === 'eligible' ? leastHeadroom(item).replace(/,/g, '').replace('—', '') : '',
    item.citation.document,
    item.citation.quote,
  ]);
}

/** An assessment, or every assessment of a comparison, as CSV: one row per item. */
export function renderCsv(report: Assessment | Comparison, locale: Locale): string {
  const assessments = 'entries' in report ? report.entries.map((entry) => entry.assessment) : [report];
  const lines = [HEADERS[locale], ...assessments.flatMap((assessment) => rows(assessment, locale))];
  return `${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
