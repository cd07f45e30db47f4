import { largestRemainder } from '../money/allocate.js';
import { Decimal } from '../../../src/money/decimal.js';
import { formatYuan, min, sum, ZERO } from '../money/money.js';
import type { Cap } from '../rules/types.js';
import type { LineItem, QuantifiedLineItem } from './assessment.js';
import type { SharedCapGroup } from './definition.js';
import { asLineItem, recordOf } from './item-record.js';

function reduce(item: QuantifiedLineItem, amount: Decimal, group: SharedCapGroup, shared: Cap): QuantifiedLineItem {
  const record = recordOf(item);
  if (amount.equals(item.amount)) return asLineItem(record.with({ caps: [...item.caps, shared] })) as QuantifiedLineItem;
  const caps = item.caps.map((cap): Cap => {
    if (cap.unit !== 'CNY' || cap.shared) return cap;
    const headroom = cap.limit.minus(amount);
    return { ...cap, headroom, binding: headroom.isZero() };
  });
  const reason = `Reduced from ${formatYuan(item.amount)} to ${formatYuan(amount)} by the cap of ${formatYuan(new Decimal(group.cap))} that ${group.label.en} shares.`;
  const reasonZh = `受${group.label.zh}共同上限（${formatYuan(new Decimal(group.cap))}）限制，由${formatYuan(item.amount)}减至${formatYuan(amount)}。`;
  return asLineItem(record.with(
    {
      amount,
      caps: [...caps, shared],
      reasons: [...item.reasons, reason],
      // A note too, which every report shows: the amount is not the one the item's own cap and formula give.
      notes: [...item.notes, reason],
      citations: [...item.citations, group.citation],
      translations: { zh: { ...item.translations.zh, reasons: [...item.translations.zh.reasons, reasonZh], notes: [...item.translations.zh.notes, reasonZh] } },
    },
    {
      explain: () => {
        const explained = record.explained();
        return {
          formula: `${explained.formula}; reduced to ${formatYuan(amount)} by the shared cap ${group.id}`,
          trace: [...explained.trace, { label: `shared cap ${group.id} (${group.allocation}): amount`, value: amount.toFixed(2) }],
        };
      },
      schedule: () => {
        // The same dates, rescaled to the reduced amount cent by cent.
        const payments = item.schedule ?? [];
        const parts = largestRemainder(amount, payments.map((payment) => payment.amount));
        return payments.flatMap((payment, index) => (parts[index]!.isZero() ? [] : [{ date: payment.date, amount: parts[index]! }]));
      },
    },
  )) as QuantifiedLineItem;
}

/**
 * Applies a shared cap: where the eligible items of the group's rules (for a
 * project, or for one beneficiary) sum to more than the cap, they are reduced
 * to it, in the order of the group's rules or pro rata; their schedules are
 * rescaled to match, cent by cent. Every item of the group carries the shared
 * cap, binding when the sum reaches it.
 */
export function applySharedCap(items: readonly LineItem[], group: SharedCapGroup): LineItem[] {
  const limit = new Decimal(group.cap);
  const order = (item: LineItem) => group.rules.indexOf(item.ruleId);
  const buckets = new Map<string, QuantifiedLineItem[]>();
  for (const item of items) {
    if (item.status !== 'eligible' || order(item) < 0) continue;
    const key = group.per === 'beneficiary' ? (item.beneficiary ?? '') : '';
    buckets.set(key, [...(buckets.get(key) ?? []), item]);
  }
  const replaced = new Map<LineItem, LineItem>();
  for (const bucket of buckets.values()) {
    const sorted = [...bucket].sort((a, b) => order(a) - order(b));
    const total = sum(sorted.map((item) => item.amount));
    let amounts = sorted.map((item) => item.amount);
    if (total.greaterThan(limit)) {
      if (group.allocation === 'pro-rata') amounts = largestRemainder(limit, amounts);
      else {
        let left = limit;
        amounts = amounts.map((amount) => {
          const kept = min(amount, left);
          left = left.minus(kept);
          return kept;
        });
      }
    }
    const used = min(total, limit);
    const shared: Cap = {
      id: group.id,
      label: group.label.en,
      limit,
      unit: 'CNY',
      binding: used.equals(limit),
      headroom: limit.minus(used),
      shared: true,
      translations: { zh: { label: group.label.zh } },
    };
    sorted.forEach((item, index) => {
      replaced.set(item, reduce(item, amounts[index] ?? ZERO, group, shared));
    });
  }
  return items.map((item) => replaced.get(item) ?? item);
}
