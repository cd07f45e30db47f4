import type { IsoDate } from '../dates/iso-date.js';
import type { Decimal } from '../money/decimal.js';
import { splitByShares } from '../money/allocate.js';
import { ZERO } from '../money/money.js';
import { exitGiveAway } from '../rules/exit-give-away.js';
import type { BlockResult, QuantifiedResult, ScheduleEntry, TraceStep } from '../rules/types.js';
import type { ItemFigure, LineItem } from './assessment.js';
import type { Choices } from './choices.js';
import type { CompiledRule, CompiledTiers } from './compiled.js';
import { computeAmount } from './compute-amount.js';
import { holds, type ConditionScope } from './conditions.js';
import type { Citation, EligibilityTest, Text } from './definition.js';
import type { FactContext } from './facts.js';
import { ENGINE_TEXTS } from './texts.js';

/** Whether the policy applies on the assessment date, and if not, why. */
export type InForce = { ok: true } | { ok: false; reason: Text };

/** A caller's payment plan for a rule's items: dates and the share of the amount paid on each. */
export type TranchePlan = ReadonlyArray<{ date: IsoDate; share: Decimal }>;

/** What an item is built with besides the rule and the facts. */
export interface ItemContext {
  choices: Choices;
  inForce: InForce;
  /** Tranche plans by rule id. */
  plans: ReadonlyMap<string, TranchePlan>;
}

/**
 * The item's payments: the caller's tranche plan for the rule if there is
 * one, else the block's own dates (monthly rent, interest as it falls due),
 * else one payment on the assessment date. Nothing to pay, no payments.
 */
function scheduleOf(result: QuantifiedResult, plan: TranchePlan | undefined, asOf: IsoDate): { schedule: ScheduleEntry[]; how: string } {
  if (result.amount.isZero()) return { schedule: [], how: 'nothing to pay' };
  if (plan) {
    const parts = splitByShares(result.amount, plan.map((tranche) => tranche.share));
    return {
      schedule: plan.map((tranche, index) => ({ date: tranche.date, amount: parts[index]! })),
      how: `the caller's tranche plan (${plan.map((tranche) => `${tranche.share.times(100).toFixed()}% on ${tranche.date}`).join(', ')})`,
    };
  }
  if (result.schedule) return { schedule: result.schedule, how: 'the dates of the entitlement itself' };
  return { schedule: [{ date: asOf, amount: result.amount }], how: `one payment on the assessment date ${asOf}` };
}

function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const key = `${citation.document}\u0000${citation.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Tests a rule's conditions in order. A test with `appliesIf` refines a
 * condition that could otherwise be met (it may depend on an interpretation),
 * so it is considered only while every test before it holds: an item that
 * fails anyway does not consult the interpretation.
 */
function testEligibility(tests: readonly EligibilityTest[], scope: ConditionScope): Array<{ test: EligibilityTest; met: boolean }> {
  const results: Array<{ test: EligibilityTest; met: boolean }> = [];
  for (const test of tests) {
    if (test.appliesIf) {
      if (results.some((result) => !result.met) || !holds(test.appliesIf, scope)) continue;
    }
    results.push({ test, met: holds(test.when, scope) });
  }
  return results;
}

function describeCompiled(value: Decimal | CompiledTiers | null): string {
  if (value === null) return 'not published';
  if ('brackets' in value) return `${value.base}: ${value.brackets.map((b) => `from ${b.from.toFixed()}: ${b.amount.toFixed()}`).join('; ')}`;
  return value.toFixed();
}

/** The parts of an item that do not depend on its outcome. */
function itemBase(rule: CompiledRule, facts: FactContext) {
  const definition = rule.definition;
  const figures = definition.figures ?? [];
  const overrides = [...rule.parameters.values()].flatMap((parameter) =>
    parameter.baseline === undefined
      ? []
      : [{ parameter: parameter.name, baseline: describeCompiled(parameter.baseline), value: describeCompiled(parameter.value) }],
  );
  return {
    ...(overrides.length > 0 && { overrides }),
    ruleId: definition.id,
    ...(facts.talent && { beneficiary: facts.talent.name }),
    label: definition.label.en,
    instrument: definition.instrument,
    citation: definition.citation,
    figures: figures.map((figure): ItemFigure => ({
      label: figure.label.en,
      value: figure.value,
      unit: figure.unit,
      ...(figure.qualifier && { qualifier: figure.qualifier }),
      citation: figure.citation,
    })),
  };
}

function texts(rule: CompiledRule, reasons: readonly Text[], notes: readonly Text[]) {
  const definition = rule.definition;
  return {
    reasons: reasons.map((reason) => reason.en),
    notes: notes.map((note) => note.en),
    translations: {
      zh: {
        label: definition.label.zh,
        reasons: reasons.map((reason) => reason.zh),
        notes: notes.map((note) => note.zh),
        figures: (definition.figures ?? []).map((figure) => figure.label.zh),
      },
    },
  };
}

function ineligible(rule: CompiledRule, facts: FactContext, reasons: readonly Text[], trace: TraceStep[], consulted: Set<string>): LineItem {
  return {
    ...itemBase(rule, facts),
    status: 'ineligible',
    basis: 'formula',
    amount: ZERO,
    formula: ENGINE_TEXTS.notEligibleFormula,
    caps: [],
    citations: [rule.definition.citation],
    interpretations: [...consulted],
    trace: [...trace, { label: 'not eligible: amount', value: '0.00' }],
    ...texts(rule, reasons, rule.definition.notes ?? []),
  };
}

function eligible(rule: CompiledRule, facts: FactContext, result: BlockResult, reasons: readonly Text[],
  trace: TraceStep[], consulted: Set<string>, usedParameters: ReadonlySet<string>, context: ItemContext): LineItem {
  const definition = rule.definition;
  const parameterCitations = [...usedParameters].map((name) => rule.parameters.get(name)!.definition.citation);
  const common = {
    ...itemBase(rule, facts),
    formula: result.formula,
    citations: uniqueCitations([definition.citation, ...(definition.alsoCites ?? []), ...parameterCitations]),
    interpretations: [...consulted],
    trace: [...trace, ...result.trace],
    ...texts(rule, reasons, [...(definition.notes ?? []), ...result.notes]),
  };
  if (result.kind === 'unquantified') {
    return {
      ...common,
      status: 'unquantified',
      basis: 'none',
      amount: null,
      offer: result.offer.en,
      caps: [],
      translations: { zh: { ...common.translations.zh, offer: result.offer.zh } },
    };
  }
  const { schedule, how } = scheduleOf(result, context.plans.get(definition.id), facts.asOf);
  const terms = facts.project.policyFundExit;
  const exit = definition.exit === 'profit-given-away' && terms ? exitGiveAway(result.amount, terms, facts.asOf) : undefined;
  const exitNote: Text[] =
    definition.exit === 'profit-given-away' && !terms
      ? [{
          en: 'The value of the profit given away at exit is not computed: the project gives no exit terms (policyFundExit: holding years, buy-back rate, expected return).',
          zh: '未计算退出时让利的价值：项目未提供退出条件（policyFundExit：持有年限、回购利率、预期回报率）。',
        }]
      : [];
  const { trace: exitTrace, ...exitFigures } = exit ?? { trace: [] };
  return {
    ...common,
    ...texts(rule, reasons, [...(definition.notes ?? []), ...result.notes, ...exitNote]),
    status: 'eligible',
    basis: result.basis,
    amount: result.amount,
    caps: result.caps,
    schedule,
    ...(result.capReachedOn && { capReachedOn: result.capReachedOn }),
    ...(exit && { exit: exitFigures as Omit<typeof exit, 'trace'> }),
    trace: [...common.trace, { label: `schedule: ${how}`, value: String(schedule.length) }, ...exitTrace],
  };
}

function evaluateItem(rule: CompiledRule, facts: FactContext, context: ItemContext): LineItem {
  const { choices, inForce } = context;
  const definition = rule.definition;
  const consulted = new Set<string>();
  if (!inForce.ok) return ineligible(rule, facts, [inForce.reason], [{ label: 'policy in force on the assessment date', value: 'false' }], consulted);

  const scope = { facts, choices, ruleId: definition.id, consulted, rule, usedParameters: new Set<string>() };
  const results = testEligibility(definition.eligibility, scope);
  const trace: TraceStep[] = results.map(({ test, met }) => ({ label: `condition: ${test.met.en}`, value: String(met) }));
  const failed = results.filter((result) => !result.met).map((result) => result.test.unmet);
  if (failed.length > 0) return ineligible(rule, facts, failed, trace, consulted);

  const outcome = computeAmount(definition.amount, scope);
  if (!outcome.ok) return ineligible(rule, facts, [ENGINE_TEXTS.missingFact(outcome.missing)], trace, consulted);
  const reasons = results.length > 0 ? results.map((result) => result.test.met) : [ENGINE_TEXTS.noCondition];
  return eligible(rule, facts, outcome.result, reasons, trace, consulted, scope.usedParameters, context);
}

/**
 * The items of one rule: one for a project rule; for a talent rule, one per
 * talent the rule concerns. When the policy is not in force on the assessment
 * date, every item is ineligible and says why.
 */
export function evaluateRule(rule: CompiledRule, facts: FactContext, context: ItemContext): LineItem[] {
  const definition = rule.definition;
  const choices = context.choices;
  if (definition.scope === 'project') return [evaluateItem(rule, facts, context)];
  const items: LineItem[] = [];
  for (const talent of facts.project.talents) {
    const talentFacts = { ...facts, talent };
    const concerns = definition.concerns;
    const scope = { facts: talentFacts, choices, ruleId: definition.id, consulted: new Set<string>() };
    if (!concerns || holds(concerns, scope)) items.push(evaluateItem(rule, talentFacts, context));
  }
  return items;
}
