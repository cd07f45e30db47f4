import { renderReport as renderText, type Assessment, type AssessmentJSON, type Comparison, type ComparisonJSON, type Sweep, type SweepJSON } from '../index.js';
import type { Locale } from '../report/texts.js';
import { assessmentBody } from './assessment-body.js';
import { commitmentsSection } from './commitments-section.js';
import { comparisonBody } from './comparison-body.js';
import { htmlPage } from './page.js';
import { readHtmlArguments, type HTML_FORMATS } from './read-html-arguments.js';
import { ledgersOf } from './source-ledger.js';
import { sweepBody } from './sweep-body.js';

/** How to render a report with `chip-incentives/html`. */
export interface HtmlRenderOptions {
  /** `html` (the default here); `text`, `markdown`, `csv` and `json` are the main entry's `renderReport`. */
  format?: (typeof HTML_FORMATS)[number];
  /** `en` (the default) or `zh`. */
  locale?: Locale;
}

const isSweep = (json: AssessmentJSON | ComparisonJSON | SweepJSON): json is SweepJSON => 'values' in json;
const isComparison = (json: AssessmentJSON | ComparisonJSON | SweepJSON): json is ComparisonJSON => 'entries' in json;

/**
 * A report as one self-contained HTML page a committee can read, print on A4
 * or forward: no script, no network request, inline style, `lang` set and a
 * font stack with Chinese glyphs. Every figure is written from its exact value
 * (chart positions are floats; no label is), every text from a project or a
 * pack is escaped, attributes included.
 *
 * - An assessment: the summary (computed cash and equity, the ceilings apart,
 *   the offers without a figure), the itemized table with each amount linked
 *   to the sentence it comes from, the payment timeline as a chart (by month,
 *   or by year over more than 24 months, stacked by instrument, ceilings drawn
 *   apart) with the table of its figures, the interpretations, the library's
 *   assumptions, the warnings, and the source with every cited sentence
 *   highlighted and linked back to its items.
 * - A comparison: the locations side by side, a chart of computed cash,
 *   computed equity and ceilings per location, and each location's offers
 *   without a figure.
 * - A sweep: each item's amount against the swept input as a line chart,
 *   with the breakpoints marked and labelled with their exact values, and the
 *   table of the figures.
 *
 * Other formats are the main entry's `renderReport` (assessments and comparisons only).
 *
 * @param report - an assessment from `evaluate`, a comparison from `compare` or a sweep from `sweep`, as it was returned
 * @param options - the format (`html` by default) and the language
 * @returns the report as one string
 * @throws {IncentiveInputError} for a report this library did not return, or options that are not these
 *
 * @example
 * import { renderReport } from 'chip-incentives/html';
 * renderReport(evaluate(project, { policy: 'qingshan-lake-2018' }), { locale: 'zh' }).startsWith('<!doctype html>'); //=> true
 */
export function renderReport(report: Assessment | Comparison | Sweep, options: HtmlRenderOptions = {}): string {
  const { json, format, locale } = readHtmlArguments(report, options);
  if (format !== 'html') return renderText(report as Assessment | Comparison, { format, locale });
  if (isSweep(json)) return htmlPage(locale, json.path, sweepBody(json, locale));
  if (isComparison(json)) return htmlPage(locale, json.project.name, comparisonBody(json, locale));
  return htmlPage(locale, `${json.project.name} · ${locale === 'zh' ? json.translations.zh.policyName : json.policy.name}`, assessmentBody(json, ledgersOf(json), locale, commitmentsSection(report as Assessment, locale)));
}
