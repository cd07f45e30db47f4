import { largestRemainder } from '../money/allocate.js';
import { Decimal } from '../money/decimal.js';
import { formatYuan, min, sum, ZERO } from '../money/money.js';
import type { Cap } from '../rules/types.js';
import type { LineItem, QuantifiedLineItem } from './assessment.js';
import type { SharedCapGroup } from './definition.js';

function reduce(item: QuantifiedLineItem, amount: Decimal, group: SharedCapGroup): QuantifiedLineItem {
  if (amount.equals(item.amount)) return item;
  const payments = item.schedule ?? [];
  const parts = largestRemainder(amount, payments.map((payment) => payment.amount));
  const schedule = payments.flatMap((payment, index) => (parts[index]!.isZero() ? [] : [{ date: payment.date, amount: parts[index]! }]));
  const caps = item.caps.map((cap): Cap => {
    if (cap.unit !== 'CNY' || cap.shared) return cap;
    const headroom = cap.limit.minus(amount);
    return { ...cap, headroom, binding: headroom.isZero() };
  });
  const reason = `Reduced from ${formatYuan(item.amount)} to ${formatYuan(amount)} by the cap of ${formatYuan(new Decimal(group.cap))} that ${group.label.en} shares.`;
  const reasonZh = `受${group.label.zh}共同上限（${formatYuan(new Decimal(group.cap))}）限制，由${formatYuan(item.amount)}减至${formatYuan(amount)}。`;
  return {
    ...item,
    amount,
    caps,
    schedule,
    formula: `${item.formula}; reduced to ${formatYuan(amount)} by the shared cap ${group.id}`,
    reasons: [...item.reasons, reason],
    citations: [...item.citations, group.citation],
    trace: [...item.trace, { label: `shared cap ${group.id} (${group.allocation}): amount`, value: amount.toFixed(2) }],
    translations: { zh: { ...item.translations.zh, reasons: [...item.translations.zh.reasons, reasonZh] } },
  };
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
      const reduced = reduce(item, amounts[index] ?? ZERO, group);
      replaced.set(item, { ...reduced, caps: [...reduced.caps, shared] });
    });
  }
  return items.map((item) => replaced.get(item) ?? item);
}
