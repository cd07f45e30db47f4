import type { Comparison } from '../api/comparison.js';
import { MESSAGES } from '../schema/messages.js';
import { printableJson } from '../schema/printable.js';
import type { Assessment } from '../engine/assessment.js';
import { isIssued } from '../engine/results.js';
import { readReportArguments } from './report-arguments.js';
import { renderAssessment } from './render-assessment.js';
import { renderComparison } from './render-comparison.js';
import { renderCsv } from './render-csv.js';
import type { Locale } from './texts.js';
import { toJSON } from './to-json.js';
import { renderOpportunities } from './render-opportunities.js';
import type { Opportunities } from '../analysis/opportunity-types.js';

/** The formats of a report. */
export type ReportFormat = 'text' | 'markdown' | 'csv' | 'json';

/** How to render a report. */
export interface RenderOptions {
  /** `text` for a terminal (the default), `markdown` for a memo, `csv` for a spreadsheet, `json` as `toJSON`. */
  format?: ReportFormat;
  /** `en` (the default) or `zh`: labels, reasons, headings and notes in that language. */
  locale?: Locale;
}

const FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'csv', 'json'];
const LOCALES: readonly Locale[] = ['en', 'zh'];

/**
 * An assessment or a comparison as a report people read, in English or Chinese.
 *
 * For an assessment: the itemized table (item, beneficiary, instrument,
 * status, basis, amount, source; in Markdown also every binding cap and the
 * headroom; in text the caps have a table of their own, so that every table
 * fits 120 columns, long cells wrapping within their column), the totals,
 * the offers without a figure, why items are not eligible, the items' notes,
 * the interpretations used, the parameters replaced, the warnings, and the
 * cited sentences as numbered footnotes with their source document; a
 * section with nothing to say is left out. For a comparison: one column per
 * location, and the packs left out with why. For what `opportunities`
 * returns: each change that would unlock or raise an item, before and after,
 * with its alternatives, what else it changes and its source. CSV has one row per item (every
 * location's, for a comparison) and starts with a UTF-8 byte-order mark;
 * JSON is `toJSON`'s, indented. Every text from a caller or a pack is
 * escaped for the format: no terminal control in text, no markup in
 * Markdown, no formula in CSV.
 *
 * @param report - an assessment from `evaluate`, a comparison from `compare` or the result of `opportunities`, as it was returned
 * @param options - the format and the language
 * @returns the report as one string
 * @throws {IncentiveInputError} for an unknown format, locale or option (`html` saying that `chip-incentives/html` renders it), or a report this library did not return
 *
 * @example
 * console.log(renderReport(assessment, { format: 'markdown', locale: 'zh' }));
 */
export function renderReport(report: Assessment | Comparison | Opportunities, options: RenderOptions = {}): string {
  const { chosen } = readReportArguments(report, options, { format: FORMATS, locale: LOCALES }, { format: { html: MESSAGES.htmlFromItsEntry } });
  const format = (chosen.format ?? 'text') as ReportFormat;
  const locale = (chosen.locale ?? 'en') as Locale;
  if (isIssued(report, 'opportunities')) return renderOpportunities(report as Opportunities, format, locale);
  // Escaped past what JSON.stringify escapes: the text may go to a terminal, and holds the caller's names.
  if (format === 'json') return `${printableJson(JSON.stringify(toJSON(report), null, 2))}\n`;
  if (format === 'csv') return renderCsv(report as Assessment | Comparison, locale);
  return isIssued(report, 'comparison') ? renderComparison(report as Comparison, format === 'markdown', locale) : renderAssessment(report as Assessment, format === 'markdown', locale);
}
