import { exportPolicy } from '../api/export-policy.js';
import { listPolicies } from '../api/list-policies.js';
import { pick } from '../report/localize.js';
import { displayWidth } from '../report/display-width.js';
import { markdownTable, textTable } from '../report/table.js';
import { REPORT_TEXTS, type Locale } from '../report/texts.js';
import { COMMAND_TEXTS } from './texts.js';
import { allInterpretations } from '../engine/all-interpretations.js';

/**
 * The policies and their rules, a table per policy, in the locale's words:
 * every built-in pack, or those in force on `asOf`. When none is in force on
 * that date, one line says so.
 *
 * @param asOf - keep only the packs in force on this date, if given
 * @param locale - `en` or `zh`
 * @param markdown - Markdown headings and tables instead of plain text
 * @returns the text to print
 * @throws {IncentiveInputError} when `asOf` is not a date
 *
 * @example
 * renderPolicies('2010-01-01', 'en', false);
 * //=> 'No policy is in force on 2010-01-01: the earliest source is dated 2018-06-15.\n'
 */
export function renderPolicies(asOf: string | undefined, locale: Locale, markdown: boolean): string {
  const texts = COMMAND_TEXTS[locale];
  const words = REPORT_TEXTS[locale];
  const summaries = listPolicies(asOf === undefined ? {} : { asOf });
  if (summaries.length === 0) {
    const earliest = listPolicies().map((summary) => summary.published).sort()[0] ?? '';
    return `${texts.noneInForce(asOf ?? '', earliest)}\n`;
  }
  const lines: string[] = [];
  for (const summary of summaries) {
    const policy = exportPolicy(summary.id);
    const title = `${policy.id}${texts.colon}${pick(policy.name, locale)}`;
    lines.push(markdown ? `## ${title}` : `${title}\n${'-'.repeat(displayWidth(title))}`);
    lines.push(texts.packLine(pick(policy.jurisdiction.name, locale), words.level[policy.jurisdiction.level], policy.source.document,
      policy.source.published, pick(policy.validity.note, locale)));
    lines.push('');
    const rows = policy.rules.map((rule) => [rule.id, words.instrument[rule.instrument], pick(rule.label, locale)]);
    const columns = [
      { heading: texts.columns.rule, align: 'left' as const },
      { heading: texts.columns.instrument, align: 'left' as const },
      { heading: texts.columns.label, align: 'left' as const },
    ];
    lines.push(markdown ? markdownTable(columns, rows) : textTable(columns, rows), '');
    const interpretations = allInterpretations(policy);
    if (interpretations.length > 0) {
      lines.push(texts.interpretations(interpretations.map((i) => ({ id: i.id, default: i.default, options: i.options.map((o) => o.value) }))), '');
    }
  }
  return `${lines.join('\n')}`;
}
