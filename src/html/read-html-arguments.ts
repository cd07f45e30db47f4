import { IncentiveInputError, toJSON, type AssessmentJSON, type ComparisonJSON, type SweepJSON } from '../index.js';
import { isRecord } from '../schema/is-record.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { readInput } from '../schema/read-input.js';

/** The formats `chip-incentives/html`'s `renderReport` writes: `html`, and those of the main entry's. */
export const HTML_FORMATS = ['html', 'text', 'markdown', 'csv', 'json'] as const;
export const HTML_LOCALES = ['en', 'zh'] as const;

/** The arguments of the HTML `renderReport`, checked. */
export interface HtmlArguments {
  /** The report as `toJSON` writes it: exact strings for every amount. */
  json: AssessmentJSON | ComparisonJSON | SweepJSON;
  format: (typeof HTML_FORMATS)[number];
  locale: (typeof HTML_LOCALES)[number];
}

/**
 * Checks the arguments of the HTML `renderReport`: a result this library
 * returned (recognised by the main entry's `toJSON`, by identity), and
 * options absent or an object with only `format` and `locale`, each one of its
 * words. Every problem is thrown at once, as one `IncentiveInputError`.
 *
 * @returns the report in JSON and the chosen words, defaults applied
 *
 * @example
 * readHtmlArguments(assessment, { locale: 'zh' }).format; //=> 'html'
 */
export function readHtmlArguments(report: unknown, options: unknown): HtmlArguments {
  const issues: InputIssue[] = [];
  let json: HtmlArguments['json'] | undefined;
  try {
    json = toJSON(report as never) as HtmlArguments['json'];
  } catch (error) {
    if (!(error instanceof IncentiveInputError)) throw error;
    issues.push(...error.issues);
  }
  const read = readInput(options, { at: ['options'] });
  const chosen: Record<string, unknown> = {};
  if (!read.ok) issues.push(...read.issues);
  else if (read.value !== undefined && !isRecord(read.value)) issues.push({ code: 'invalid_type', path: ['options'], message: MESSAGES.object(read.value) });
  else if (read.value !== undefined) {
    for (const key of Object.keys(read.value)) {
      if (key !== 'format' && key !== 'locale') issues.push({ code: 'unknown_field', path: ['options', key], message: MESSAGES.unknownField(['format', 'locale']) });
    }
    for (const [key, allowed] of [['format', HTML_FORMATS], ['locale', HTML_LOCALES]] as const) {
      const value = read.value[key];
      if (value === undefined || (allowed as readonly unknown[]).includes(value)) chosen[key] = value;
      else issues.push({ code: 'unknown_option', path: ['options', key], message: MESSAGES.choice(value, allowed) });
    }
  }
  // The result of opportunities has text, Markdown, CSV and JSON reports only: no page is made of it.
  if (json !== undefined && 'unreachable' in json && (chosen['format'] ?? 'html') === 'html') {
    issues.push({ code: 'invalid_type', path: ['report'], message: MESSAGES.htmlOfOpportunities });
  }
  if (issues.length > 0 || json === undefined) throw new IncentiveInputError(issues);
  return { json, format: (chosen['format'] ?? 'html') as HtmlArguments['format'], locale: (chosen['locale'] ?? 'en') as HtmlArguments['locale'] };
}
