import type { ComparisonJSON } from '../index.js';
import { REPORT_TEXTS, type Locale } from '../report/texts.js';
import { legend, stackedBars, type BarSeries } from './bar-chart.js';
import { escapeHtml } from './escape.js';
import { htmlTable } from './html-table.js';
import { itemWords } from './item-texts.js';
import { amountCell } from './money-label.js';
import { opportunitiesSection } from './opportunities-section.js';
import { splitTotals } from './split-totals.js';
import { HTML_TEXTS } from './texts.js';

/**
 * The body of a comparison's HTML report: the locations side by side (rank,
 * computed cash, computed equity, ceilings apart, offers without a figure),
 * a chart of the three amounts per location with the table of the same
 * figures, each location's offers without a figure, what would unlock more
 * at each location (for a comparison made with `opportunities: true`), and
 * the packs left out.
 *
 * @param comparison - as `toJSON` writes it
 *
 * @example
 * comparisonBody(toJSON(comparison), 'en').includes('class="comparison-data'); //=> true
 */
export function comparisonBody(comparison: ComparisonJSON, locale: Locale): string {
  const t = HTML_TEXTS[locale];
  const r = REPORT_TEXTS[locale];
  const c = r.comparison;
  const names = comparison.entries.map((entry) => (locale === 'zh' ? entry.assessment.translations.zh.policyName : entry.policy.name));
  const totals = comparison.entries.map((entry) => splitTotals(entry.assessment));
  const figure = (amount: string, className = '') => ({ html: escapeHtml(amountCell(amount)), num: true, className });
  const table = htmlTable(
    [{ text: c.rank, width: '9%' }, { text: t.location, width: '31%' }, { text: t.computedCash, num: true }, { text: t.computedEquity, num: true },
      { text: t.ceilings, num: true }, { text: c.offersWithoutFigure, num: true, width: '10%' }],
    comparison.entries.map((entry, index) => [
      String(entry.rank),
      { html: `<a href="#location-${index + 1}">${escapeHtml(names[index]!)}</a>` },
      figure(totals[index]!.cash), figure(totals[index]!.equity), figure(totals[index]!.ceilings, 'ceiling'),
      { html: String(entry.unquantified), num: true },
    ]),
    'class="comparison-data wide"',
  );
  const series: BarSeries[] = [
    { label: t.computedCash, values: totals.map((one) => one.cash), style: 'fill' },
    { label: t.computedEquity, values: totals.map((one) => one.equity), style: 'fill' },
    { label: t.ceilings, values: totals.map((one) => one.ceilings), style: 'outline' },
  ];
  const chart = comparison.entries.length === 0 ? `<p>${escapeHtml(c.noLocation)}</p>`
    : `<figure>${stackedBars(t.comparisonChart, comparison.entries.map((entry) => entry.policy.id), series, locale)}${legend(series)}</figure>`;
  const locations = comparison.entries.map((entry, index) => {
    const offers = entry.assessment.items.flatMap((item) => {
      if (item.status !== 'unquantified') return [];
      const words = itemWords(item, locale);
      return [`<li>${escapeHtml(words.label)}: ${escapeHtml(words.offer ?? '')}</li>`];
    });
    const jurisdiction = entry.policy.jurisdiction;
    return `<h3 id="location-${index + 1}">${escapeHtml(names[index]!)}</h3>
<p class="meta">${escapeHtml(entry.policy.id)} · ${escapeHtml(c.sourceDated)} ${escapeHtml(entry.policy.published)} · ${escapeHtml(locale === 'zh' ? jurisdiction.name.zh : jurisdiction.name.en)}</p>
${offers.length ? `<p>${escapeHtml(c.offersWithoutFigure)} (${offers.length}):</p><ul>${offers.join('')}</ul>` : ''}`;
  });
  const leftOut = comparison.leftOut.map((pack) => `<li>${escapeHtml(locale === 'zh' ? pack.translations.zh.name : pack.name)}: ${escapeHtml(locale === 'zh' ? pack.translations.zh.reason : pack.reason)}</li>`);
  const caveat = locale === 'zh' ? comparison.translations.zh.caveat : comparison.caveat;
  return [
    `<header><h1>${escapeHtml(c.title(comparison.entries.length, comparison.project.name, comparison.asOf))}</h1><p class="note">${escapeHtml(caveat)}</p></header>`,
    `<section><h2 id="side-by-side">${escapeHtml(t.comparison)}</h2>${chart}${table}<p class="note">${escapeHtml(t.ceilingsNote)}</p></section>`,
    `<section><h2 id="locations">${escapeHtml(c.offersWithoutFigure)}</h2>${locations.join('\n')}</section>`,
    opportunitiesSection(comparison, names, locale),
    leftOut.length ? `<section><h2 id="left-out">${escapeHtml(r.sections.leftOut)}</h2><ul>${leftOut.join('')}</ul></section>` : '',
  ].join('\n');
}
