import type { ItemStanding, Opportunities, Opportunity } from '../analysis/opportunity-types.js';
import { formatYuan } from '../money/money.js';
import { printable } from '../schema/printable.js';
import { csvCell } from './csv-cell.js';
import { markdownText } from './markdown-text.js';
import { opportunitiesToJSON } from './opportunities-json.js';
import type { ReportFormat } from './render-report.js';
import { markdownTable, textTable, type Column } from './table.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

const WORDS = {
  en: {
    title: (policy: string) => `What would unlock more: ${policy}`,
    project: 'Project', asOf: 'as of', columns: ['#', 'Item', 'For', 'Now', 'Would give', 'Gain', 'Changes'],
    unreachable: 'Not unlocked by any change of stated facts', alternatives: 'Alternatives', alsoChanges: 'Also changes',
    readings: 'Readings assumed', none: 'Every item is eligible at its ceiling, or an offer without a figure: nothing to unlock.',
    sources: 'Sources', offer: 'offer, no figure',
    csv: ['policy', 'rule_id', 'item', 'beneficiary', 'kind', 'status_now', 'amount_now_cny', 'status_after', 'amount_after_cny', 'gain_cny', 'changes', 'document', 'quote'],
    kind: { eligible: 'eligible', raise: 'raise' },
  },
  zh: {
    title: (policy: string) => `如何获得更多扶持：${policy}`,
    project: '项目', asOf: '评估日', columns: ['#', '项目', '对象', '现状', '变更后', '增加', '所需变更'],
    unreachable: '改变所填事实也无法获得的项目', alternatives: '其他方案', alsoChanges: '同时变化',
    readings: '所依据的解释', none: '各项均已达上限或为无金额的扶持：无可解锁之处。',
    sources: '出处', offer: '有扶持，无金额',
    csv: ['政策', '规则', '项目', '对象', '类型', '现状', '现金额（元）', '变更后状态', '变更后金额（元）', '增加（元）', '所需变更', '出处文件', '原文'],
    kind: { eligible: '变为符合条件', raise: '提高金额' },
  },
} as const;

function amountOf(side: ItemStanding, locale: Locale): string {
  if (side.amount === null) return WORDS[locale].offer;
  return side.status === 'ineligible' ? REPORT_TEXTS[locale].status.ineligible : formatYuan(side.amount);
}

function changesOf(entry: Pick<Opportunity, 'changes'>, locale: Locale): string {
  return entry.changes.map((change) => (locale === 'zh' ? change.translations.zh.description : change.description)).join(locale === 'zh' ? '；' : '; ');
}

function rowsOf(found: Opportunities, locale: Locale): string[][] {
  return found.opportunities.map((entry, index) => [
    String(index + 1),
    locale === 'zh' ? entry.translations.zh.label : entry.label,
    entry.beneficiary ?? '',
    amountOf(entry.before, locale),
    amountOf(entry.after, locale),
    entry.gain === null ? '' : formatYuan(entry.gain),
    changesOf(entry, locale),
  ]);
}

/** The lines under the table: alternatives, what else changes, readings assumed, items not unlocked, sources. */
function details(found: Opportunities, locale: Locale, escape: (text: string) => string, bullet: string): string[] {
  const words = WORDS[locale];
  const lines: string[] = [];
  found.opportunities.forEach((entry, index) => {
    for (const option of entry.alternatives) lines.push(`${bullet}#${index + 1} ${words.alternatives}: ${escape(changesOf(option, locale))} → ${escape(amountOf(option.after, locale))}`);
    if (entry.alsoChanges.length > 0) {
      const others = entry.alsoChanges.map((other) => `${other.label}${other.beneficiary ? ` (${other.beneficiary})` : ''}: ${other.before ? amountOf(other.before, locale) : '—'} → ${other.after ? amountOf(other.after, locale) : '—'}`);
      lines.push(`${bullet}#${index + 1} ${words.alsoChanges}: ${escape(others.join('; '))}`);
    }
    if (entry.interpretations.length > 0) lines.push(`${bullet}#${index + 1} ${words.readings}: ${escape(entry.interpretations.map((used) => `${used.id}=${used.chosen}`).join(', '))}`);
    lines.push(`${bullet}#${index + 1} ${words.sources}: ${escape(`${entry.citation.document}: ${entry.citation.quote}`)}`);
  });
  if (found.unreachable.length > 0) {
    lines.push('', words.unreachable);
    for (const entry of found.unreachable) {
      const label = locale === 'zh' ? entry.translations.zh.label : entry.label;
      const reason = locale === 'zh' ? entry.translations.zh.reason : entry.reason;
      lines.push(`${bullet}${escape(`${label}${entry.beneficiary ? ` (${entry.beneficiary})` : ''}: ${reason}`)}`);
    }
  }
  return lines;
}

/**
 * The opportunities of a project as a report: a table of the items and the
 * changes that unlock them, each alternative, what else changes, the readings
 * assumed, the source sentences and the items nothing unlocks; in `text`,
 * `markdown`, `csv` (one row per opportunity, UTF-8 byte-order mark first) or
 * `json`, in English or Chinese. Every text is escaped for its format.
 *
 * @param found - the result of `opportunities`
 * @param format - the format
 * @param locale - the language
 * @returns the report as one string
 *
 * @example
 * renderOpportunities(found, 'text', 'en').split('\n')[0]; //=> 'What would unlock more: Qingshan Lake …'
 */
export function renderOpportunities(found: Opportunities, format: ReportFormat, locale: Locale): string {
  if (format === 'json') return `${JSON.stringify(opportunitiesToJSON(found), null, 2)}\n`;
  const words = WORDS[locale];
  const policyName = locale === 'zh' ? found.translations.zh.policyName : found.policy.name;
  if (format === 'csv') {
    const rows = found.opportunities.map((entry) => [
      found.policy.id, entry.ruleId, locale === 'zh' ? entry.translations.zh.label : entry.label, entry.beneficiary ?? '', words.kind[entry.kind],
      REPORT_TEXTS[locale].status[entry.before.status], entry.before.amount?.toFixed(2) ?? '', REPORT_TEXTS[locale].status[entry.after.status],
      entry.after.amount?.toFixed(2) ?? '', entry.gain?.toFixed(2) ?? '', changesOf(entry, locale), entry.citation.document, entry.citation.quote,
    ]);
    return `\uFEFF${[words.csv as readonly string[], ...rows].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
  const markdown = format === 'markdown';
  const escape = markdown ? markdownText : (text: string) => printable(text);
  const columns: Column[] = words.columns.map((heading, index) => ({ heading, align: index >= 3 && index <= 5 ? 'right' : 'left', ...((index === 1 || index === 6) && { wrap: true }) }));
  const head = [
    markdown ? `# ${escape(words.title(policyName))}` : escape(words.title(policyName)),
    '',
    `${words.project}: ${escape(found.project.name)}, ${words.asOf} ${found.asOf}`,
    '',
  ];
  const table = found.opportunities.length === 0 ? escape(words.none) : markdown ? markdownTable(columns, rowsOf(found, locale)) : textTable(columns, rowsOf(found, locale));
  return `${[...head, table, '', ...details(found, locale, escape, markdown ? '- ' : '  ')].join('\n').trimEnd()}\n`;
}
