import type { Opportunities } from '../analysis/opportunity-types.js';
import type { LineItem } from '../engine/assessment.js';
import { changesText } from './opportunity-words.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/** The columns a comparison's CSV adds when it was made with `opportunities: true`. */
export const OPPORTUNITY_COLUMNS: Record<Locale, string[]> = {
  en: ['unlock', 'status_after', 'amount_after_cny', 'amount_after_kind', 'gain_cny', 'changes'],
  zh: ['可获更多', '变更后状态', '变更后金额（元）', '变更后金额性质', '增加（元）', '所需变更'],
};

/** What the column `unlock` says of an item: made eligible, raised, or not unlocked by any change. */
const UNLOCK = {
  en: { eligible: 'eligible', raise: 'raise', unreachable: 'not unlocked' },
  zh: { eligible: '变为符合条件', raise: '提高金额', unreachable: '无法解锁' },
} as const;

const keyOf = (item: { ruleId: string; beneficiary?: string | undefined }) => `${item.ruleId}\u0000${item.beneficiary ?? ''}`;

/**
 * The cells a comparison's CSV adds to an item's row when the comparison was
 * made with `opportunities: true`: whether a change makes the item eligible
 * or raises it (or no change unlocks it), its status and amount after the
 * smallest change (the amount as plain digits, a stated maximum marked so),
 * the gain, and the changes in words. Empty cells for an item with nothing
 * to unlock. On the item's own row, so that no figure of an opportunity can
 * be summed with the amounts the project is entitled to.
 *
 * @param found - the opportunities of the item's location
 * @param locale - the language
 * @returns the cells of an item, six of them
 *
 * @example
 * opportunityCells(found, 'en')(ineligibleItem);
 * //=> ['eligible', 'eligible', '50000000.00', 'stated maximum, not computed', '50000000.00', 'enterprise.technologyBasedSME: false → true …']
 */
export function opportunityCells(found: Opportunities | undefined, locale: Locale): (item: LineItem) => string[] {
  const t = REPORT_TEXTS[locale];
  const opportunities = new Map(found?.opportunities.map((entry) => [keyOf(entry), entry]));
  const unreachable = new Set(found?.unreachable.map(keyOf));
  return (item) => {
    const entry = opportunities.get(keyOf(item));
    if (entry) {
      return [
        UNLOCK[locale][entry.kind], t.status[entry.after.status], entry.after.amount?.toFixed(2) ?? '',
        entry.after.status === 'eligible' && entry.after.basis === 'ceiling' ? t.statedMaximum : '',
        entry.gain?.toFixed(2) ?? '', changesText(entry, locale),
      ];
    }
    return [unreachable.has(keyOf(item)) ? UNLOCK[locale].unreachable : '', '', '', '', '', ''];
  };
}
