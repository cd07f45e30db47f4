import { formatYuan, ZERO } from '../money/money.js';
import type { LineItem, QuantifiedLineItem } from './assessment.js';
import type { Choices } from './choices.js';
import { holds } from './conditions.js';
import type { OneOfGroup } from './definition.js';
import type { FactContext } from './facts.js';
import { asLineItem, recordOf } from './item-record.js';

function keepOnly(kept: QuantifiedLineItem, dropped: QuantifiedLineItem, group: OneOfGroup, consulted: readonly string[]): LineItem {
  const detail = `${kept.label} (${formatYuan(kept.amount)}) is kept instead of this item (${formatYuan(dropped.amount)}).`;
  const detailZh = `保留${kept.translations.zh.label}（${formatYuan(kept.amount)}），不再享受此项（${formatYuan(dropped.amount)}）。`;
  const record = recordOf(dropped);
  return asLineItem(record.with(
    {
      status: 'ineligible',
      amount: ZERO,
      caps: [],
      reasons: [...dropped.reasons, group.reason.en, detail],
      interpretations: [...new Set([...dropped.interpretations, ...consulted])],
      translations: { zh: { ...dropped.translations.zh, reasons: [...dropped.translations.zh.reasons, group.reason.zh, detailZh] } },
    },
    {
      explain: () => ({
        formula: `not claimable with ${kept.label}: 0.00`,
        trace: [...record.explained().trace, { label: `one of ${group.id}: the larger item is kept; this amount`, value: '0.00' }],
      }),
      schedule: undefined,
    },
  ));
}

function isEligible(item: LineItem): item is QuantifiedLineItem {
  return item.status === 'eligible';
}

/**
 * Applies a one-of group: where one beneficiary (or the project) has more
 * than one eligible item of the group, it keeps the largest (the first of the
 * group's rules on a tie); the others become ineligible and say why. The
 * group's condition is consulted only where there is such a choice to make.
 */
export function applyOneOf(items: readonly LineItem[], group: OneOfGroup, facts: FactContext, choices: Choices): LineItem[] {
  const order = (item: LineItem) => group.rules.indexOf(item.ruleId);
  const buckets = new Map<string, QuantifiedLineItem[]>();
  for (const item of items) {
    if (!isEligible(item) || order(item) < 0) continue;
    const key = item.beneficiary ?? '';
    buckets.set(key, [...(buckets.get(key) ?? []), item]);
  }
  const replaced = new Map<LineItem, LineItem>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const consulted = new Set<string>();
    const ruleId = bucket[0]!.ruleId;
    const applies = !group.appliesIf || holds(group.appliesIf, { facts, choices, ruleId, consulted });
    for (const id of consulted) for (const item of bucket) choices.record(id, item.ruleId);
    const sorted = [...bucket].sort((a, b) => b.amount.comparedTo(a.amount) || order(a) - order(b));
    const kept = sorted[0]!;
    for (const item of bucket) {
      if (!applies || item === kept) {
        replaced.set(item, asLineItem(recordOf(item).with({ interpretations: [...new Set([...item.interpretations, ...consulted])] })));
      } else {
        replaced.set(item, keepOnly(kept, item, group, [...consulted]));
      }
    }
  }
  return items.map((item) => replaced.get(item) ?? item);
}
