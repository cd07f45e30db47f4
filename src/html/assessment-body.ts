import type { AssessmentJSON } from '../index.js';
import { overrideLine } from '../report/override-value.js';
import { reportedNotes } from '../report/reported-notes.js';
import { REPORT_TEXTS, type Locale } from '../report/texts.js';
import { escapeHtml } from './escape.js';
import { htmlTable, type Cell } from './html-table.js';
import { itemWords } from './item-texts.js';
import { amountCell } from './money-label.js';
import { sentenceAnchor, sentenceNumbers, type SourceLedger } from './source-ledger.js';
import { sourceSection } from './source-section.js';
import { splitTotals } from './split-totals.js';
import { HTML_TEXTS } from './texts.js';
import { timelineSection } from './timeline-section.js';

const list = (entries: readonly string[]) => `<ul>${entries.map((entry) => `<li>${entry}</li>`).join('')}</ul>`;
const section = (id: string, title: string, body: string) => `<section><h2 id="${id}">${escapeHtml(title)}</h2>${body}</section>`;

/** The summary: computed cash and equity, the ceilings apart, and the offers without a figure. */
function summary(assessment: AssessmentJSON, locale: Locale): string {
  const t = HTML_TEXTS[locale];
  const totals = splitTotals(assessment);
  const figure = (amount: string, className = '') => ({ html: escapeHtml(amountCell(amount)), num: true, className });
  const table = htmlTable([{ text: '' }, { text: REPORT_TEXTS[locale].columns.amount, num: true, width: '34%' }], [
    [t.computedCash, figure(totals.cash)],
    [t.computedEquity, figure(totals.equity)],
    [{ html: `<span class="ceiling">${escapeHtml(t.ceilings)}</span>` }, figure(totals.ceilings, 'ceiling')],
  ], 'class="summary"');
  const offers = assessment.items.flatMap((item, index) => {
    if (item.status !== 'unquantified') return [];
    const words = itemWords(item, locale);
    return [`<a href="#item-${index + 1}">#${index + 1}</a> ${escapeHtml(words.label)}: ${escapeHtml(words.offer ?? '')}`];
  });
  const ceilingNote = totals.ceilings === '0.00' ? '' : `<p class="note">${escapeHtml(t.ceilingsNote)}</p>`;
  const offered = offers.length === 0 ? '' : `<h3>${escapeHtml(t.offersWithoutFigure)} (${offers.length})</h3>${list(offers)}`;
  return section('summary', t.summary, table + ceilingNote + offered);
}

/** The itemized table: each amount linked to the sentence it comes from, each item anchored for the source's back-links. */
function itemsTable(assessment: AssessmentJSON, ledgers: readonly SourceLedger[], locale: Locale): string {
  const r = REPORT_TEXTS[locale];
  const numbers = sentenceNumbers(ledgers);
  const rows: Cell[][] = assessment.items.map((item, index) => {
    const words = itemWords(item, locale);
    const number = index + 1;
    const reasons = item.status === 'ineligible' ? `<div class="note">${escapeHtml(words.reasons.join(locale === 'zh' ? '' : ' '))}</div>` : '';
    const anchor = sentenceAnchor(ledgers, item.citation);
    const amount = escapeHtml(item.amount === null ? r.noFigure : amountCell(item.amount));
    const sources = item.citations.map((citation) => sentenceAnchor(ledgers, citation)).filter((one): one is string => one !== undefined);
    return [
      { html: `<span id="item-${number}">${number}</span>` },
      { html: `${escapeHtml(words.label)}${item.beneficiary ? ` <span class="note">(${escapeHtml(item.beneficiary)})</span>` : ''}${reasons}` },
      r.instrument[item.instrument],
      r.status[item.status],
      { html: escapeHtml(item.status === 'ineligible' ? r.noBasis : r.basis[item.basis]), className: item.basis === 'ceiling' ? 'ceiling' : '' },
      { html: anchor ? `<a class="cite" href="#${anchor}">${amount}</a>` : amount, num: true, className: item.basis === 'ceiling' ? 'ceiling' : '' },
      { html: [...new Set(sources)].map((one) => `<a class="cite" href="#${one}">[${numbers.get(one) ?? ''}]</a>`).join(' ') },
    ];
  });
  const c = r.columns;
  return section('items', HTML_TEXTS[locale].items, htmlTable([
    { text: c.number, width: '5%' }, { text: c.item, width: '31%' }, { text: c.instrument, width: '13%' }, { text: c.status, width: '11%' },
    { text: c.basis, width: '9%' }, { text: c.amount, num: true, width: '19%' }, { text: c.source, width: '12%' },
  ], rows, 'class="items"'));
}

/** The interpretations, the parameters replaced, the library's assumptions (the items' notes) and the warnings. */
function readings(assessment: AssessmentJSON, locale: Locale): string {
  const t = HTML_TEXTS[locale];
  const r = REPORT_TEXTS[locale];
  const zh = assessment.translations.zh;
  const interpretations = assessment.interpretations.map((used) => {
    const why = locale === 'zh' ? (zh.interpretations[used.id]?.why ?? used.why) : used.why;
    return escapeHtml(r.interpretation(used.id, used.chosen, used.source === 'default', used.alternatives, why));
  });
  const notes = reportedNotes(assessment.items, locale).map(({ note, numbers }) =>
    `${numbers.map((number) => `<a href="#item-${number}">#${number}</a>`).join(r.listSeparator)} ${escapeHtml(note)}`);
  const warnings = (locale === 'zh' ? zh.warnings : assessment.warnings).map(escapeHtml);
  const unused = assessment.unusedInterpretations.map(({ id, chosen }) => escapeHtml(r.unusedInterpretation(id, chosen)));
  const overrides = assessment.overrides.map((override) => escapeHtml(overrideLine(override, locale)));
  return [
    interpretations.length ? section('interpretations', t.interpretations, list(interpretations)) : '',
    unused.length ? section('unused-interpretations', r.sections.unusedInterpretations, list(unused)) : '',
    overrides.length ? section('overrides', r.sections.overrides, list(overrides)) : '',
    notes.length ? section('assumptions', t.assumptions, list(notes)) : '',
    warnings.length ? section('warnings', t.warnings, list(warnings)) : '',
  ].join('');
}

/**
 * The body of an assessment's HTML report: heading, summary, items, payment
 * timeline, interpretations, assumptions, warnings and the source.
 *
 * @param assessment - as `toJSON` writes it
 * @param ledgers - the source documents' sentences (see `ledgersOf`)
 * @param locale - the report's language
 * @param commitments - the commitments section (see `commitmentsSection`), placed after the timeline
 *
 * @example
 * assessmentBody(toJSON(assessment), ledgersOf(toJSON(assessment)), 'en').includes('id="timeline"'); //=> true
 */
export function assessmentBody(assessment: AssessmentJSON, ledgers: readonly SourceLedger[], locale: Locale, commitments = ''): string {
  const r = REPORT_TEXTS[locale];
  const policy = assessment.policy;
  const name = locale === 'zh' ? assessment.translations.zh.policyName : policy.name;
  const library = `${assessment.provenance.library.name} ${assessment.provenance.library.version}`;
  const separator = locale === 'zh' ? '：' : ': ';
  const header = `<header><h1>${escapeHtml(name)}</h1>
<p class="meta">${escapeHtml(r.project)}${separator}<strong>${escapeHtml(assessment.project.name)}</strong>${assessment.project.id ? escapeHtml(r.aside(assessment.project.id)) : ''}</p>
<p class="meta">${escapeHtml(r.assessedAsOf)}${separator}${escapeHtml(assessment.asOf)}</p>
<p class="meta">${escapeHtml(r.source(policy.sourceDocument, policy.published, policy.version, library))}</p>
<p class="note">${escapeHtml(r.upTo)}</p></header>`;
  return [header, summary(assessment, locale), itemsTable(assessment, ledgers, locale), timelineSection(assessment.items, locale), commitments, readings(assessment, locale), sourceSection(ledgers, locale),
    `<footer>${escapeHtml(HTML_TEXTS[locale].generated(library))}</footer>`].join('\n');
}
