import type { ComparisonEntry } from '../api/comparison.js';
import { formatYuan } from '../money/money.js';
import type { Layout } from './layout.js';
import { alsoChangesText, changesText, OPPORTUNITY_WORDS, standingText } from './opportunity-words.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/**
 * What would unlock more at each location of a comparison made with
 * `opportunities: true`, as the lines of a section: per location, each item
 * with its standing now, what it would give, the gain and the changes, what
 * else the changes alter, and the items no change unlocks. No line for a
 * comparison made without them.
 *
 * @param entries - the comparison's locations
 * @param locale - the language
 * @param markdown - Markdown rather than plain text
 * @param value - the escape of the format (see `layout`)
 * @returns the lines, none when no location carries opportunities
 *
 * @example
 * comparisonOpportunities(comparison.entries, 'en', true, layout(true).value)[0]; //=> '- **qingshan-lake-2018**'
 */
export function comparisonOpportunities(entries: readonly ComparisonEntry[], locale: Locale, markdown: boolean, value: Layout['value']): string[] {
  const words = OPPORTUNITY_WORDS[locale];
  const separator = locale === 'zh' ? '：' : ': ';
  const [item, under] = markdown ? ['  - ', '    - '] : ['    - ', '      '];
  return entries.flatMap((entry) => {
    const found = entry.opportunities;
    if (!found) return [];
    const lines = [markdown ? `- **${value(entry.policy.id)}**` : `  ${value(entry.policy.id)}${separator.trimEnd()}`];
    if (found.opportunities.length === 0 && found.unreachable.length === 0) lines.push(`${item}${value(words.none)}`);
    for (const opportunity of found.opportunities) {
      const label = `${locale === 'zh' ? opportunity.translations.zh.label : opportunity.label}${opportunity.beneficiary ? ` (${opportunity.beneficiary})` : ''}`;
      const gain = opportunity.gain === null ? '' : REPORT_TEXTS[locale].aside(`${words.gain} ${formatYuan(opportunity.gain)}`);
      const standing = `${standingText(opportunity.before, locale)} → ${standingText(opportunity.after, locale)}${gain}`;
      lines.push(`${item}${value(`${label}${separator}${standing}${separator}${changesText(opportunity, locale)}`)}`);
      if (opportunity.alsoChanges.length > 0) lines.push(`${under}${value(`${words.alsoChanges}${separator}${alsoChangesText(opportunity.alsoChanges, locale)}`)}`);
    }
    if (found.unreachable.length > 0) {
      const labels = found.unreachable.map((entry) => `${locale === 'zh' ? entry.translations.zh.label : entry.label}${entry.beneficiary ? ` (${entry.beneficiary})` : ''}`);
      lines.push(`${item}${value(`${words.unreachable}${separator}${labels.join(locale === 'zh' ? '、' : ', ')}`)}`);
    }
    return lines;
  });
}
