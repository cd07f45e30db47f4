import type { ItemStanding } from '../analysis/opportunity-types.js';
import type { ComparisonJSON } from '../index.js';
import { Decimal } from '../money/decimal.js';
import { OPPORTUNITY_WORDS, alsoChangesText, changesText, nothingFound, standingText } from '../report/opportunity-words.js';
import type { Locale } from '../report/texts.js';
import { escapeHtml } from './escape.js';
import { htmlTable } from './html-table.js';
import { amountCell } from './money-label.js';

type StandingJSON = { status: ItemStanding['status']; amount: string | null; basis: ItemStanding['basis'] };

/** A standing read back from its JSON, for the words the text reports use. */
function standing(side: StandingJSON): ItemStanding {
  return { status: side.status, amount: side.amount === null ? null : new Decimal(side.amount), basis: side.basis };
}

/**
 * What would unlock more at each location of a comparison made with
 * `opportunities: true`, as a section of the HTML report: per location, a
 * table of the items with their standing now, what they would give, the gain
 * and the changes, then what else the changes alter and the items no change
 * unlocks, as the Markdown report lists them. Every text is escaped.
 *
 * @param comparison - as `toJSON` writes it
 * @param names - the locations' names, in the report's language
 * @param locale - the language
 * @returns the section, or '' when no location carries opportunities
 *
 * @example
 * opportunitiesSection(toJSON(compare(project, { opportunities: true })), names, 'en').startsWith('<section><h2 id="opportunities">'); //=> true
 */
export function opportunitiesSection(comparison: ComparisonJSON, names: readonly string[], locale: Locale): string {
  const words = OPPORTUNITY_WORDS[locale];
  const separator = locale === 'zh' ? '：' : ': ';
  const labelOf = (entry: { label: string; beneficiary?: string; translations: { zh: { label: string } } }) =>
    `${locale === 'zh' ? entry.translations.zh.label : entry.label}${entry.beneficiary ? ` (${entry.beneficiary})` : ''}`;
  const locations = comparison.entries.flatMap((entry, index) => {
    const found = entry.opportunities;
    if (!found) return [];
    const rows = found.opportunities.map((opportunity, row) => [
      String(row + 1), labelOf(opportunity), standingText(standing(opportunity.before), locale), standingText(standing(opportunity.after), locale),
      { html: opportunity.gain === null ? '' : escapeHtml(amountCell(opportunity.gain)), num: true }, changesText(opportunity, locale),
    ]);
    const notes = found.opportunities.flatMap((opportunity, row) => opportunity.alsoChanges.length === 0 ? [] : [
      `#${row + 1} ${words.alsoChanges}${separator}${alsoChangesText(opportunity.alsoChanges.map(({ before, after, ...other }) => ({
        ...other, ...(before && { before: standing(before) }), ...(after && { after: standing(after) }),
      })), locale)}`,
    ]);
    if (found.unreachable.length > 0) notes.push(`${words.unreachable}${separator}${found.unreachable.map(labelOf).join(locale === 'zh' ? '、' : ', ')}`);
    const [number, item, , now, after, gain, changes] = words.columns;
    const table = rows.length === 0 ? `<p>${escapeHtml(nothingFound(found, locale))}</p>`
      : htmlTable([{ text: number, width: '4%' }, { text: item, width: '22%' }, { text: now }, { text: after }, { text: gain, num: true }, { text: changes, width: '34%' }], rows);
    return [`<h3 id="opportunities-${index + 1}">${escapeHtml(names[index]!)}</h3>
${table}${notes.length ? `<ul>${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>` : ''}`];
  });
  return locations.length === 0 ? '' : `<section><h2 id="opportunities">${escapeHtml(words.section)}</h2>${locations.join('\n')}</section>`;
}
