import type { Comparison } from '../api/comparison.js';
import type { Assessment, CommitmentResult, LineItem } from '../engine/assessment.js';
import { Decimal } from '../money/decimal.js';
import { min, ZERO } from '../money/money.js';
import { commitmentText } from './commitment-lines.js';
import { COMMITMENT_TEXTS } from './commitment-texts.js';
import { bindingCaps, leastHeadroom } from './assessment-rows.js';
import { csvCell } from './csv-cell.js';
import { itemTexts } from './localize.js';
import { OPPORTUNITY_COLUMNS, opportunityCells } from './opportunity-cells.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

const HEADERS: Record<Locale, string[]> = {
  en: ['policy', 'number', 'rule_id', 'item', 'beneficiary', 'instrument', 'status', 'basis', 'amount_cny', 'binding_cap', 'headroom_cny', 'document', 'quote', 'amount_kind'],
  zh: ['政策', '序号', '规则', '项目', '对象', '形式', '状态', '依据', '金额（元）', '触及的上限', '剩余额度（元）', '出处文件', '原文', '金额性质'],
};

/** The columns a report with commitments adds, last: the commitments in words, the amount at risk, the clawback and the net amount. */
function commitmentCells(item: LineItem, locale: Locale): string[] {
  const commitments = item.commitments ?? [];
  const total = (pick: (commitment: CommitmentResult) => Decimal) => commitments.reduce((sum, commitment) => sum.plus(pick(commitment)), ZERO).toFixed(2);
  return [
    commitments.map((commitment) => commitmentText(commitment, locale, (text) => text)).join(' | '),
    // What the item could lose at most: the amounts at risk together, never above what it pays.
    commitments.length === 0 ? '' : min(new Decimal(total((commitment) => commitment.amountAtRisk)), item.amount ?? ZERO).toFixed(2),
    commitments.length === 0 ? '' : total((commitment) => commitment.clawback),
    item.status !== 'unquantified' && item.net !== undefined ? item.net.toFixed(2) : '',
  ];
}

function rows(assessment: Assessment, locale: Locale, withCommitments: boolean, unlock?: (item: LineItem) => string[]): string[][] {
  const t = REPORT_TEXTS[locale];
  return assessment.items.map((item, index) => [
    assessment.policy.id,
    String(index + 1),
    item.ruleId,
    itemTexts(item, locale).label,
    item.beneficiary ?? '',
    t.instrument[item.instrument],
    t.status[item.status],
    // An ineligible item has no basis, whatever formula it would have used.
    item.status === 'ineligible' ? '' : t.basis[item.basis],
    // Plain digits for spreadsheets: no thousands separators; empty when there is no figure.
    item.amount === null ? '' : item.amount.toFixed(2),
    item.status === 'eligible' ? bindingCaps(item, locale) : '',
    item.status === 'eligible' ? leastHeadroom(item).replace(/,/g, '').replace('—', '') : '',
    item.citation.document,
    item.citation.quote,
    // Last, so that the columns before keep their places: a stated maximum says so, a spreadsheet sum can leave it out.
    item.status === 'eligible' && item.basis === 'ceiling' ? t.statedMaximum : '',
    ...(withCommitments ? commitmentCells(item, locale) : []),
    ...(unlock ? unlock(item) : []),
  ]);
}

/**
 * The byte-order mark that tells a spreadsheet the file is UTF-8: without it,
 * some read a CSV in the system's legacy code page, and Chinese (or the curly
 * quotes of the English sources) comes out garbled.
 */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * An assessment, or every assessment of a comparison, as CSV (RFC 4180, CRLF
 * line ends, starting with a UTF-8 byte-order mark): one row per item, every
 * binding cap named, amounts as plain digits, an amount that is only a
 * stated maximum (basis `ceiling`) marked so in the column `amount_kind`; when any item has
 * commitments, four columns after it: the commitments in words, the amount at risk,
 * the clawback and the net amount; for a comparison made with `opportunities: true`,
 * six columns last on each item's row: what would unlock more (see `opportunityCells`);
 * every cell made safe by
 * `csvCell` (no formula, no control character).
 *
 * @param report - an assessment or a comparison
 * @param locale - the language of the headers and labels
 * @returns the file's text
 *
 * @example
 * renderCsv(assessment, 'en').split('\r\n')[0];
 * //=> '\uFEFFpolicy,number,rule_id,item,beneficiary,instrument,status,basis,amount_cny,binding_cap,headroom_cny,document,quote,amount_kind'
 */
export function renderCsv(report: Assessment | Comparison, locale: Locale): string {
  const entries = 'entries' in report ? report.entries : [{ assessment: report, opportunities: undefined }];
  // The commitment columns only when there are commitments: a report without any keeps its columns.
  const withCommitments = entries.some(({ assessment }) => assessment.items.some((item) => item.commitments));
  // The same for what would unlock more: only for a comparison made with `opportunities: true`.
  const withOpportunities = entries.some((entry) => entry.opportunities);
  const columns = COMMITMENT_TEXTS[locale].columns;
  const headers = [
    ...HEADERS[locale],
    ...(withCommitments ? [columns.commitments, columns.atRisk, columns.clawback, columns.net] : []),
    ...(withOpportunities ? OPPORTUNITY_COLUMNS[locale] : []),
  ];
  const lines = [headers, ...entries.flatMap((entry) =>
    rows(entry.assessment, locale, withCommitments, withOpportunities ? opportunityCells(entry.opportunities, locale) : undefined))];
  return `${BYTE_ORDER_MARK}${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
