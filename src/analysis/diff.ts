import type { AmountTotals, Assessment, ItemStatus, LineItem } from '../engine/assessment.js';
import type { Basis } from '../rules/types.js';
import type { Decimal } from '../money/decimal.js';
import { resultIssues } from '../engine/results.js';
import { IncentiveInputError } from '../schema/input-error.js';

/** One side of a changed item. */
export interface ItemSide {
  status: ItemStatus;
  basis: Basis;
  amount: Decimal | null;
  /** The ids of the caps that bind. */
  binding: string[];
}

/** An item that differs between a baseline and a reform. */
export interface ItemChange {
  ruleId: string;
  beneficiary?: string;
  label: string;
  /** `null` when the item exists on one side only. */
  before: ItemSide | null;
  after: ItemSide | null;
  /** after − before, where both sides have an amount. */
  change: Decimal | null;
  /** The parameters the reform replaced on this item's rule, baseline beside new. */
  overrides: NonNullable<LineItem['overrides']>;
}

/** What a reform changes, item by item and in total. */
export interface AssessmentDiff {
  policy: string;
  /** The overrides the reform applied. */
  overrides: Assessment['overrides'];
  changes: ItemChange[];
  /** How many items are the same on both sides. */
  unchanged: number;
  /** The computed totals, and the stated maximums (basis `ceiling`) apart in `ceilings`. */
  totals: TotalsChange & { ceilings: TotalsChange };
}

/** Cash, equity and all: before, after, and the change. */
type TotalsChange = Record<'cash' | 'equity' | 'all', { before: Decimal; after: Decimal; change: Decimal }>;

const keyOf = (item: LineItem) => `${item.ruleId}\u0000${item.beneficiary ?? ''}`;

function side(item: LineItem): ItemSide {
  return { status: item.status, basis: item.basis, amount: item.amount, binding: item.caps.filter((cap) => cap.binding).map((cap) => cap.id) };
}

function same(a: ItemSide, b: ItemSide): boolean {
  const amounts = a.amount === null || b.amount === null ? a.amount === b.amount : a.amount.equals(b.amount);
  return amounts && a.status === b.status && a.basis === b.basis && a.binding.join() === b.binding.join();
}

/**
 * The changes a reform makes to a baseline, item by item: status, basis,
 * amount and binding caps before and after, with the parameters replaced; and
 * the totals before, after and their change. Items are matched by rule and
 * beneficiary.
 *
 * @param baseline - an assessment under the pack as published, as `evaluate` returned it
 * @param reform - an assessment of the same project with overrides (or under another reading)
 * @returns the changed items, how many are unchanged, and the totals
 * @throws {IncentiveInputError} when either is not an assessment `evaluate` returned
 *
 * @example
 * const reform = evaluate(project, { policy: 'qingshan-lake-2018', overrides: { 'qingshan-lake-2018/project-co-investment': { ceiling: '50000000' } } });
 * diff(evaluate(project, { policy: 'qingshan-lake-2018' }), reform).changes[0].change?.toFixed(2);
 * //=> '20000000.00'  (for a project whose 30% exceeds 50,000,000)
 */
export function diff(baseline: Assessment, reform: Assessment): AssessmentDiff {
  const issues = [...resultIssues(baseline, 'baseline'), ...resultIssues(reform, 'reform')];
  if (issues.length > 0) throw new IncentiveInputError(issues);
  const before = new Map(baseline.items.map((item) => [keyOf(item), item]));
  const after = new Map(reform.items.map((item) => [keyOf(item), item]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const changes: ItemChange[] = [];
  let unchanged = 0;
  for (const key of keys) {
    const old = before.get(key);
    const next = after.get(key);
    const oldSide = old ? side(old) : null;
    const nextSide = next ? side(next) : null;
    if (oldSide && nextSide && same(oldSide, nextSide)) {
      unchanged += 1;
      continue;
    }
    const item = (next ?? old)!;
    changes.push({
      ruleId: item.ruleId,
      ...(item.beneficiary !== undefined && { beneficiary: item.beneficiary }),
      label: item.label,
      before: oldSide,
      after: nextSide,
      change: oldSide?.amount && nextSide?.amount ? nextSide.amount.minus(oldSide.amount) : null,
      overrides: (next?.overrides ?? []).map((override) => ({ ...override })),
    });
  }
  const change = (before: AmountTotals, after: AmountTotals): TotalsChange => {
    const total = (kind: 'cash' | 'equity' | 'all') => ({ before: before[kind], after: after[kind], change: after[kind].minus(before[kind]) });
    return { cash: total('cash'), equity: total('equity'), all: total('all') };
  };
  return {
    policy: reform.policy.id,
    overrides: reform.overrides.map((override) => ({ ...override })),
    changes,
    unchanged,
    // A tier table given in the reform moves an item from the ceilings to the computed totals: both show it.
    totals: { ...change(baseline.totals, reform.totals), ceilings: change(baseline.totals.ceilings, reform.totals.ceilings) },
  };
}
