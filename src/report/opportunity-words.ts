import type { AlsoChanged, ItemStanding, Opportunity } from '../analysis/opportunity-types.js';
import { formatYuan } from '../money/money.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/** The words of the opportunities in reports, in English and Chinese. */
export const OPPORTUNITY_WORDS = {
  en: {
    title: (policy: string) => `What would unlock more: ${policy}`,
    section: 'What would unlock more',
    project: 'Project', asOf: 'as of', columns: ['#', 'Item', 'For', 'Now', 'Would give', 'Gain', 'Changes'],
    unreachable: 'Not unlocked by any change of stated facts', alternatives: 'Alternatives', alsoChanges: 'Also changes',
    readings: 'Readings assumed', none: 'No item is ineligible or below a ceiling it could reach: nothing to unlock (an item that is only a stated maximum, or an offer without a figure, has no computed amount to raise).',
    noneFound: 'No change of stated facts unlocks or raises an item.',
    sources: 'Sources', offer: 'offer, no figure', gain: 'gain', upTo: (amount: string) => `up to ${amount} (stated maximum)`,
    net: (amount: string) => `(net of clawback ${amount})`,
    csv: ['policy', 'rule_id', 'item', 'beneficiary', 'kind', 'status_now', 'amount_now_cny', 'status_after', 'amount_after_cny', 'gain_cny', 'changes', 'document', 'quote'],
    kind: { eligible: 'eligible', raise: 'raise' },
  },
  zh: {
    title: (policy: string) => `如何获得更多扶持：${policy}`,
    section: '如何获得更多扶持',
    project: '项目', asOf: '评估日', columns: ['#', '项目', '对象', '现状', '变更后', '增加', '所需变更'],
    unreachable: '改变所填事实也无法获得的项目', alternatives: '其他方案', alsoChanges: '同时变化',
    readings: '所依据的解释', none: '没有不符合条件或未达可及上限的项目：无可解锁之处（仅有政策上限或无金额的扶持，没有可提高的计算金额）。',
    noneFound: '改变所填事实无法解锁或提高任何项目。',
    sources: '出处', offer: '有扶持，无金额', gain: '增加', upTo: (amount: string) => `最高${amount}（政策上限）`,
    net: (amount: string) => `（扣除追回后${amount}）`,
    csv: ['政策', '规则', '项目', '对象', '类型', '现状', '现金额（元）', '变更后状态', '变更后金额（元）', '增加（元）', '所需变更', '出处文件', '原文'],
    kind: { eligible: '变为符合条件', raise: '提高金额' },
  },
} as const;

/** What a search that found nothing says: all at its ceiling, or (with items listed as not unlocked) no change works. */
export function nothingFound(found: { unreachable: readonly unknown[] }, locale: Locale): string {
  return found.unreachable.length === 0 ? OPPORTUNITY_WORDS[locale].none : OPPORTUNITY_WORDS[locale].noneFound;
}

/** An item's standing in words: its amount, "not eligible", or an offer without a figure. */
export function standingText(side: ItemStanding, locale: Locale): string {
  if (side.amount === null) return OPPORTUNITY_WORDS[locale].offer;
  if (side.status === 'ineligible') return REPORT_TEXTS[locale].status.ineligible;
  // A stated maximum is said to be one, as the reports keep ceilings apart from computed amounts.
  const amount = side.basis === 'ceiling' ? OPPORTUNITY_WORDS[locale].upTo(formatYuan(side.amount)) : formatYuan(side.amount);
  // Commitments missed by the date take some back: what is kept is said beside it.
  return side.net !== undefined && !side.net.equals(side.amount) ? `${amount} ${OPPORTUNITY_WORDS[locale].net(formatYuan(side.net))}` : amount;
}

/** The changes of an opportunity (or an alternative) on one line, in the language asked. */
export function changesText(entry: Pick<Opportunity, 'changes'>, locale: Locale): string {
  return entry.changes.map((change) => (locale === 'zh' ? change.translations.zh.description : change.description)).join(locale === 'zh' ? '；' : '; ');
}

/** The other items the changes alter, each with its standing before and after, on one line. */
export function alsoChangesText(others: readonly AlsoChanged[], locale: Locale): string {
  return others
    .map((other) => `${locale === 'zh' ? other.translations.zh.label : other.label}${other.beneficiary ? ` (${other.beneficiary})` : ''}${locale === 'zh' ? '：' : ': '}${other.before ? standingText(other.before, locale) : '—'} → ${other.after ? standingText(other.after, locale) : '—'}`)
    .join(locale === 'zh' ? '；' : '; ');
}
