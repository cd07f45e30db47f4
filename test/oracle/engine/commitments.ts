import type { IsoDate } from '../../../src/dates/iso-date.js';
import { Decimal } from '../../../src/money/decimal.js';
import { ZERO } from '../money/money.js';
import { clawback, type ClawbackTerms } from '../rules/clawback.js';
import type { CommitmentResult, LineItem } from './assessment.js';
import type { CompiledPack, CompiledRule } from './compiled.js';
import type { CommitmentDefinition, ParameterRef } from './definition.js';
import { isFactName, lookupFact, type FactContext, type Series } from './facts.js';
import { recordOf, asLineItem } from './item-record.js';
import { dueOrder } from './due-order.js';

const UNIT = { 'amount': 'CNY', 'amount-series': 'CNY', 'count': 'count', 'count-series': 'count', 'rate': 'ratio' } as const;

function parameterValue(ref: ParameterRef, rule: CompiledRule): Decimal {
  const found = rule.parameters.get(ref.param);
  if (found?.kind !== 'number') throw new Error(`Policy definition error in ${rule.definition.id}: no number parameter "${ref.param}".`);
  return found.value;
}

/** The project's value of the fact: a number as it is, a series read in the year of `by` or summed up to it; undefined when not stated. */
function outcome(commitment: CommitmentDefinition, facts: FactContext): Decimal | undefined {
  const value = lookupFact(commitment.fact, facts)?.read(facts);
  if (value === undefined) return undefined;
  if (typeof value === 'number') return new Decimal(value);
  if (!Array.isArray(value)) return value as Decimal;
  const year = Number(commitment.by.slice(0, 4));
  const series = value as Series;
  // Known once the series states the year of `by`: before that, neither reading has its value.
  const last = series.find((entry) => entry.year === year);
  if (!last) return undefined;
  if (commitment.series === 'in-year') return last.value;
  return series.filter((entry) => entry.year <= year).reduce((total, entry) => total.plus(entry.value), ZERO);
}

function terms(commitment: CommitmentDefinition, rule: CompiledRule): ClawbackTerms {
  const spec = commitment.clawback;
  return spec.kind === 'share' ? { kind: 'share', share: parameterValue(spec.share, rule) } : { kind: spec.kind };
}

/**
 * Judged on the assessment date, from the `by` date on (that day included):
 * before it, the target may still be reached, whatever the stated value.
 */
function judge(by: IsoDate, target: Decimal, achieved: Decimal | undefined, asOf: IsoDate): Pick<CommitmentResult, 'status' | 'pendingReason'> {
  if (asOf < by) return { status: 'pending', pendingReason: 'not-yet-due' };
  if (achieved === undefined) return { status: 'pending', pendingReason: 'outcome-not-stated' };
  return { status: achieved.greaterThanOrEqualTo(target) ? 'met' : 'missed' };
}

/** One item's commitments, their clawbacks limited together to what was paid, in the order of their dates. */
function assessCommitments(paid: Decimal, rule: CompiledRule, facts: FactContext): CommitmentResult[] {
  const definitions = rule.definition.commitments ?? [];
  const results = definitions.map((commitment): CommitmentResult => {
    const target = typeof commitment.atLeast === 'string' ? new Decimal(commitment.atLeast) : parameterValue(commitment.atLeast, rule);
    const achieved = outcome(commitment, facts);
    const agreed = terms(commitment, rule);
    const judged = judge(commitment.by, target, achieved, facts.asOf);
    const computed = clawback(paid, agreed, target, judged.status === 'missed' ? achieved : undefined);
    const fact = lookupFact(commitment.fact, facts);
    // A pack's own fact is named by its declared label; a built-in one by its field in the project.
    const label = isFactName(commitment.fact) ? undefined : fact?.label;
    return {
      id: commitment.id,
      label: commitment.label.en,
      citation: commitment.citation,
      fact: commitment.fact,
      ...(label && { factLabel: label.en }),
      unit: UNIT[fact?.type as keyof typeof UNIT] ?? 'CNY',
      ...(commitment.series !== undefined && { series: commitment.series }),
      target,
      by: commitment.by,
      clawbackKind: agreed.kind,
      ...(agreed.kind === 'share' && { share: agreed.share }),
      amountAtRisk: computed.amountAtRisk,
      ...judged,
      ...(achieved !== undefined && { achieved }),
      clawback: computed.clawback,
      translations: { zh: { label: commitment.label.zh, ...(label && { factLabel: label.zh }) } },
    };
  });
  // Repaid in the order they fall due: an earlier clawback is taken whole, a later one only from what is left.
  let left = paid;
  for (const index of dueOrder(results)) {
    const result = results[index]!;
    if (result.clawback.greaterThan(left)) result.clawback = left;
    left = left.minus(result.clawback);
  }
  return results;
}

/**
 * Adds to each item of a rule with commitments what the project committed to
 * in return: every commitment with its target, date, amount at risk and
 * status, and, for a commitment missed on the assessment date, the clawback;
 * and the item's net amount, the amount less every clawback. Run after the
 * groups, on the amounts the project is paid. An item that is not paid
 * (ineligible, or an offer without a number) puts nothing at risk; an
 * unquantified item has no net amount. Items of rules without commitments
 * are returned as they are.
 *
 * @param items - the items of an assessment, after the groups
 * @param pack - the compiled pack (its parameters, overrides applied)
 * @param facts - the project's facts on the assessment date
 * @returns the items, those with commitments completed
 *
 * @example
 * // A grant of 1,000,000 for 200 jobs by 2028-12-31, pro rata; 150 jobs stated, assessed on 2029-01-31.
 * settleCommitments(items, pack, facts)[0].net?.toFixed(2); //=> '750000.00'
 */
export function settleCommitments(items: readonly LineItem[], pack: CompiledPack, facts: FactContext): LineItem[] {
  const rules = new Map(pack.rules.filter((rule) => rule.definition.commitments).map((rule) => [rule.definition.id, rule]));
  if (rules.size === 0) return [...items];
  return items.map((item) => {
    const rule = rules.get(item.ruleId);
    if (!rule) return item;
    const paid = item.status === 'eligible' ? item.amount : ZERO;
    const commitments = assessCommitments(paid, rule, facts);
    if (item.amount === null) return asLineItem(recordOf(item).with({ commitments }));
    const repaid = commitments.reduce((total, commitment) => total.plus(commitment.clawback), ZERO);
    return asLineItem(recordOf(item).with({ commitments, net: paid.minus(repaid) }));
  });
}
