import type { Opportunities } from '../analysis/opportunity-types.js';
import { formatYuan } from '../money/money.js';
import { printable, printableJson } from '../schema/printable.js';
import { csvCell } from './csv-cell.js';
import { markdownText } from './markdown-text.js';
import { opportunitiesToJSON } from './opportunities-json.js';
import { overrideLine } from './override-value.js';
import type { ReportFormat } from './render-report.js';
import { markdownTable, textTable, type Column } from './table.js';
import { alsoChangesText, changesText, OPPORTUNITY_WORDS as WORDS, nothingFound, standingText } from './opportunity-words.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

function rowsOf(found: Opportunities, locale: Locale): string[][] {
  return found.opportunities.map((entry, index) => [
    String(index + 1),
    locale === 'zh' ? entry.translations.zh.label : entry.label,
    entry.beneficiary ?? '',
    standingText(entry.before, locale),
    standingText(entry.after, locale),
    entry.gain === null ? '' : formatYuan(entry.gain),
    changesText(entry, locale),
  ]);
}

/** The lines under the table: alternatives, what else changes, readings assumed, items not unlocked, sources. */
function details(found: Opportunities, locale: Locale, escape: (text: string) => string, bullet: string): string[] {
  const words = WORDS[locale];
  const sep = locale === 'zh' ? '：' : ': ';
  const lines: string[] = [];
  found.opportunities.forEach((entry, index) => {
    for (const option of entry.alternatives) lines.push(`${bullet}#${index + 1} ${words.alternatives}${sep}${escape(changesText(option, locale))} → ${escape(standingText(option.after, locale))}`);
    if (entry.alsoChanges.length > 0) lines.push(`${bullet}#${index + 1} ${words.alsoChanges}${sep}${escape(alsoChangesText(entry.alsoChanges, locale))}`);
    if (entry.interpretations.length > 0) lines.push(`${bullet}#${index + 1} ${words.readings}${sep}${escape(entry.interpretations.map((used) => `${used.id}=${used.chosen}`).join(', '))}`);
    lines.push(`${bullet}#${index + 1} ${words.sources}${sep}${escape(`${entry.citation.document}: ${entry.citation.quote}`)}`);
  });
  if (found.overrides.length > 0) {
    lines.push('', REPORT_TEXTS[locale].sections.overrides);
    for (const override of found.overrides) lines.push(`${bullet}${escape(overrideLine(override, locale))}`);
  }
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
  // Escaped past what JSON.stringify escapes, as every report's JSON: the caller's names may hold terminal controls.
  if (format === 'json') return `${printableJson(JSON.stringify(opportunitiesToJSON(found), null, 2))}\n`;
  const words = WORDS[locale];
  const policyName = locale === 'zh' ? found.translations.zh.policyName : found.policy.name;
  if (format === 'csv') {
    const rows = found.opportunities.map((entry) => [
      found.policy.id, entry.ruleId, locale === 'zh' ? entry.translations.zh.label : entry.label, entry.beneficiary ?? '', words.kind[entry.kind],
      REPORT_TEXTS[locale].status[entry.before.status], entry.before.amount?.toFixed(2) ?? '', REPORT_TEXTS[locale].status[entry.after.status],
      entry.after.amount?.toFixed(2) ?? '', entry.gain?.toFixed(2) ?? '', changesText(entry, locale), entry.citation.document, entry.citation.quote,
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
  const table = found.opportunities.length === 0 ? escape(nothingFound(found, locale)) : markdown ? markdownTable(columns, rowsOf(found, locale)) : textTable(columns, rowsOf(found, locale));
  return `${[...head, table, '', ...details(found, locale, escape, markdown ? '- ' : '  ')].join('\n').trimEnd()}\n`;
}
