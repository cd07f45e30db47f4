import type { IsoDate } from '../dates/iso-date.js';
import type { Decimal } from '../money/decimal.js';
import { formatYuan, ZERO } from '../money/money.js';
import { exitGiveAway, type ExitValue } from '../rules/exit-give-away.js';
import type { BlockResult, QuantifiedResult, TraceStep } from '../rules/types.js';
import type { LineItem } from './assessment.js';
import type { Choices } from './choices.js';
import type { CompiledRule } from './compiled.js';
import { asLineItem, ItemRecord, type ItemData, type ItemSources } from './item-record.js';
import { EligibleSources } from './eligible-sources.js';
import { citationsOf, staticsOf } from './rule-statics.js';
import { computeAmount } from './compute-amount.js';
import { choose, holds, type ConditionScope } from './conditions.js';
import { PAYMENTS_BEFORE_SOURCE } from './payments-before-source.js';
import type { Audience, Citation, EligibilityTest, Text } from './definition.js';
import { outsideAudience } from './audience.js';
import type { FactContext } from './facts.js';
import { ENGINE_TEXTS } from './texts.js';
import { freezeResult } from './freeze-result.js';
import { IdList, idsOf, type IdRecord } from './id-list.js';

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
  /** Which projects the pack's offers concern; absent, every project. */
  audience?: Audience | undefined;
  /** The pack's source date (see `paymentsBeforeSource`). */
  sourceDate: IsoDate;
}

/** The two trace steps of each eligibility test of a rule (met, not met): constants of the pack, made once and shared. */
const testSteps = new WeakMap<readonly EligibilityTest[], ReadonlyArray<readonly [TraceStep, TraceStep]>>();

function stepsOf(tests: readonly EligibilityTest[]): ReadonlyArray<readonly [TraceStep, TraceStep]> {
  let steps = testSteps.get(tests);
  if (!steps) {
    steps = freezeResult(tests.map((test) => {
      const label = `condition: ${test.met.en}`;
      return [{ label, value: 'true' }, { label, value: 'false' }] as const;
    }));
    testSteps.set(tests, steps);
  }
  return steps;
}

/** What the eligibility tests of an item found: their trace steps, and the reasons met and not met, in order. */
interface Eligibility {
  steps: readonly TraceStep[];
  met: readonly Text[];
  unmet: readonly Text[];
}

const NO_TESTS: Eligibility = Object.freeze({ steps: Object.freeze([]), met: Object.freeze([]), unmet: Object.freeze([]) });

/**
 * What a rule's tests found, by the outcome of each test (not considered, met,
 * not met) read as the digits of a number in base 3: constants of the pack,
 * made once per outcome and shared, frozen, by every item that found it.
 */
const outcomes = new WeakMap<readonly EligibilityTest[], Map<number, Eligibility>>();

/** Beyond this many tests the key would not be an exact number: the outcome is made for the item alone. */
const MAX_KEYED_TESTS = 30;

/**
 * The most outcomes kept per rule. A rule of n tests has up to 3^n outcomes: a
 * pack kept for a stream of projects would otherwise keep one for each it ever
 * found. The built-in packs' rules have at most 81; beyond the limit, an
 * outcome is made for the item alone, as it was before any was kept.
 */
const MAX_KEPT_OUTCOMES = 256;

/** What the tests found, from the outcome of each (0 not considered, 1 met, 2 not met). */
function eligibilityOf(tests: readonly EligibilityTest[], outcomes: readonly number[]): Eligibility {
  const steps = stepsOf(tests);
  const found = { steps: [] as TraceStep[], met: [] as Text[], unmet: [] as Text[] };
  outcomes.forEach((outcome, index) => {
    if (outcome === 0) return;
    found.steps.push(steps[index]![outcome === 1 ? 0 : 1]);
    if (outcome === 1) found.met.push(tests[index]!.met);
    else found.unmet.push(tests[index]!.unmet);
  });
  return found;
}

/** The outcomes a key stands for, one per test, first test first. */
function outcomesOf(key: number, count: number): number[] {
  const outcomes = new Array<number>(count);
  for (let index = count - 1; index >= 0; index -= 1) {
    outcomes[index] = key % 3;
    key = (key - outcomes[index]!) / 3;
  }
  return outcomes;
}

/**
 * Tests a rule's conditions in order. A test with `appliesIf` refines a
 * condition that could otherwise be met (it may depend on an interpretation),
 * so it is considered only while every test before it holds: an item that
 * fails anyway does not consult the interpretation.
 */
function testEligibility(tests: readonly EligibilityTest[], scope: ConditionScope): Eligibility {
  if (tests.length === 0) return NO_TESTS;
  const keyed = tests.length <= MAX_KEYED_TESTS && Object.isFrozen(tests);
  const found: number[] | undefined = keyed ? undefined : [];
  let key = 0;
  let failed = false;
  for (let index = 0; index < tests.length; index += 1) {
    const test = tests[index]!;
    let outcome = 0;
    if (!test.appliesIf || (!failed && holds(test.appliesIf, scope))) {
      outcome = holds(test.when, scope) ? 1 : 2;
      failed ||= outcome === 2;
    }
    if (found) found.push(outcome);
    else key = key * 3 + outcome;
  }
  if (found) return eligibilityOf(tests, found);
  let byKey = outcomes.get(tests);
  if (!byKey) outcomes.set(tests, (byKey = new Map()));
  let eligibility = byKey.get(key);
  if (!eligibility) {
    eligibility = eligibilityOf(tests, outcomesOf(key, tests.length));
    if (byKey.size < MAX_KEPT_OUTCOMES) byKey.set(key, freezeResult(eligibility));
  }
  return eligibility;
}

/** The reasons of an item whose rule states no condition: one list for all of them, frozen. */
const NO_CONDITION: readonly Text[] = Object.freeze([ENGINE_TEXTS.noCondition]);

/** A rule without notes of its own. */
const NO_NOTES: readonly Text[] = Object.freeze([]);

/** No interpretations consulted: one list for every such item, frozen. */
const NONE: string[] = Object.freeze([]) as unknown as string[];

/** What an item is made of, besides the rule and its statics. */
interface ItemParts {
  status: LineItem['status'];
  basis: LineItem['basis'];
  amount: LineItem['amount'];
  caps: LineItem['caps'];
  reasons: readonly Text[];
  notes: readonly Text[];
  citations: Citation[];
  consulted: IdRecord;
  /** What is computed when read: the eligibility steps, the explanation and, for an eligible item, the payments. */
  sources: ItemSources;
  offer?: Text;
  capReachedOn?: IsoDate;
  exit?: Omit<ExitValue, 'trace'>;
}

/** A list of texts in each language. */
interface Texts {
  en: string[];
  zh: string[];
}

const NO_TEXTS: Texts = Object.freeze({ en: NONE, zh: NONE });

/** The lists in each language of the frozen lists of texts items share (a rule's notes, what its tests found): made once, frozen. */
const textLists = new WeakMap<readonly Text[], Texts>();

/**
 * A list of texts as an item holds it, one list per language: the shared
 * lists of a frozen list of the pack (see `testEligibility`), else lists of
 * the item's own.
 */
function textsOf(texts: readonly Text[]): Texts {
  if (texts.length === 0) return NO_TEXTS;
  const frozen = Object.isFrozen(texts);
  let lists = frozen ? textLists.get(texts) : undefined;
  if (!lists) {
    lists = { en: [], zh: [] };
    for (let index = 0; index < texts.length; index += 1) {
      lists.en.push(texts[index]!.en);
      lists.zh.push(texts[index]!.zh);
    }
    if (frozen) textLists.set(texts, freezeResult(lists));
  }
  return lists;
}

/** The translations of a rule's items, by their shared lists of reasons and of notes: made once, frozen. */
const translationsOf = new WeakMap<CompiledRule, Map<Texts, Map<Texts, LineItem['translations']>>>();

/** The translations of an item whose reasons and notes are shared lists (see `textsOf`), shared too; else none. */
function sharedTranslations(rule: CompiledRule, reasons: Texts, notes: Texts): LineItem['translations'] | undefined {
  if (!Object.isFrozen(reasons) || !Object.isFrozen(notes)) return undefined;
  let byReasons = translationsOf.get(rule);
  if (!byReasons) translationsOf.set(rule, (byReasons = new Map()));
  let byNotes = byReasons.get(reasons);
  if (!byNotes) byReasons.set(reasons, (byNotes = new Map()));
  let translations = byNotes.get(notes);
  if (!translations) {
    const zh = { label: rule.definition.label.zh, reasons: reasons.zh, notes: notes.zh, figures: staticsOf(rule).figureLabelsZh };
    byNotes.set(notes, (translations = freezeResult({ zh })));
  }
  return translations;
}

/**
 * Builds an item as one object of a fixed shape. The formula, the trace and
 * the schedule are computed when first read (see `defineLazy`): the same
 * values, at no cost to the callers who never read them.
 */
function makeItem(rule: CompiledRule, facts: FactContext, parts: ItemParts): LineItem {
  const definition = rule.definition;
  const statics = staticsOf(rule);
  const reasons = textsOf(parts.reasons);
  const notes = textsOf(parts.notes);
  const translations = parts.offer ? undefined : sharedTranslations(rule, reasons, notes);
  const zh: LineItem['translations']['zh'] = translations?.zh ?? { label: definition.label.zh, reasons: reasons.zh, notes: notes.zh, figures: statics.figureLabelsZh };
  if (parts.offer) zh.offer = parts.offer.zh;
  const data: ItemData = {
    ruleId: definition.id,
    label: definition.label.en,
    instrument: definition.instrument,
    status: parts.status,
    basis: parts.basis,
    amount: parts.amount,
    caps: parts.caps,
    reasons: reasons.en,
    citation: definition.citation,
    citations: parts.citations,
    interpretations: parts.consulted.size === 0 ? NONE : idsOf(parts.consulted).slice(),
    notes: notes.en,
    figures: statics.figures,
    translations: translations ?? { zh },
  };
  if (facts.talent) data.beneficiary = facts.talent.name;
  if (parts.offer) data.offer = parts.offer.en;
  if (parts.capReachedOn !== undefined) data.capReachedOn = parts.capReachedOn;
  if (parts.exit) data.exit = parts.exit;
  if (statics.overrides) data.overrides = statics.overrides;
  return asLineItem(new ItemRecord(data, parts.sources));
}

const NOT_ELIGIBLE = (): { formula: string; trace: TraceStep[] } => ({
  formula: ENGINE_TEXTS.notEligibleFormula,
  trace: [{ label: 'not eligible: amount', value: '0.00' }],
});

function ineligible(rule: CompiledRule, facts: FactContext, reasons: readonly Text[], tests: readonly TraceStep[], consulted: IdRecord): LineItem {
  return makeItem(rule, facts, {
    status: 'ineligible',
    basis: 'formula',
    amount: ZERO,
    caps: [],
    reasons,
    notes: rule.definition.notes ?? [],
    citations: [rule.definition.citation],
    consulted,
    sources: { tests, explain: NOT_ELIGIBLE },
  });
}

const EXIT_NOT_COMPUTED: Text = {
  en: 'The value of the profit given away at exit is not computed: the project gives no exit terms (policyFundExit: holding years, buy-back rate, expected return).',
  zh: '未计算退出时让利的价值：项目未提供退出条件（policyFundExit：持有年限、回购利率、预期回报率）。',
};

function eligible(rule: CompiledRule, facts: FactContext, result: BlockResult, reasons: readonly Text[],
  tests: readonly TraceStep[], consulted: IdRecord, usedParameters: IdRecord, context: ItemContext): LineItem {
  const definition = rule.definition;
  const notes = definition.notes ?? NO_NOTES;
  const citations = citationsOf(rule, usedParameters);
  if (result.kind === 'unquantified') {
    return makeItem(rule, facts, {
      status: 'unquantified', basis: 'none', amount: null, caps: [], reasons, notes: [...notes, ...result.notes],
      citations, consulted, sources: { tests, explain: result.explain }, offer: result.offer,
    });
  }
  const givesAway = definition.exit === 'profit-given-away';
  const terms = givesAway ? facts.project.policyFundExit : undefined;
  const exit = terms ? exitGiveAway(result.amount, terms, facts.asOf) : undefined;
  const exitNote = givesAway && !terms;
  const parts: ItemParts = {
    status: 'eligible',
    basis: result.basis,
    amount: result.amount,
    caps: result.caps,
    reasons,
    // The rule's own notes as they are when nothing adds to them (the usual case): no list is made.
    notes: result.notes.length === 0 && !exitNote ? notes : exitNote ? [...notes, ...result.notes, EXIT_NOT_COMPUTED] : [...notes, ...result.notes],
    citations,
    consulted,
    sources: new EligibleSources(tests, result, context.plans.get(definition.id), facts.asOf, exit),
  };
  if (result.capReachedOn !== undefined) parts.capReachedOn = result.capReachedOn;
  if (exit) parts.exit = { date: exit.date, holdingYears: exit.holdingYears, stakeValue: exit.stakeValue, buyBackPrice: exit.buyBackPrice, profitGivenAway: exit.profitGivenAway };
  return makeItem(rule, facts, parts);
}

/** Whether an amount the rule pays in undated parts lacks the caller's plan to date them (an amount of 0 needs none). */
function needsPlan(result: BlockResult, scope: ConditionScope & { rule: CompiledRule }, context: ItemContext): boolean {
  const when = scope.rule.definition.paidByPlanWhen;
  if (!when || result.kind !== 'quantified' || result.amount.isZero()) return false;
  return holds(when, scope) && !context.plans.has(scope.ruleId);
}

function evaluateItem(rule: CompiledRule, facts: FactContext, context: ItemContext): LineItem {
  const { choices, inForce } = context;
  const definition = rule.definition;
  const consulted = new IdList();
  if (!inForce.ok) return ineligible(rule, facts, [inForce.reason], [{ label: 'policy in force on the assessment date', value: 'false' }], consulted);

  const scope = { facts, choices, ruleId: definition.id, consulted, rule, usedParameters: new IdList(), sourceDate: context.sourceDate };
  const outside = outsideAudience(context.audience, scope);
  if (outside) return ineligible(rule, facts, [outside], [{ label: 'project industry among those the source concerns', value: 'false' }], consulted);
  const { steps: tests, met, unmet: failed } = testEligibility(definition.eligibility, scope);
  if (failed.length > 0) return ineligible(rule, facts, failed, tests, consulted);

  const outcome = computeAmount(definition.amount, scope);
  if (!outcome.ok) return ineligible(rule, facts, [ENGINE_TEXTS.missingFact(outcome.missing)], tests, consulted);
  if (needsPlan(outcome.result, scope, context)) {
    const amount = formatYuan((outcome.result as QuantifiedResult).amount);
    return ineligible(rule, facts, [ENGINE_TEXTS.planNeeded(amount)], [...tests, { label: 'payment plan given', value: 'false' }], consulted);
  }
  const reasons = met.length > 0 ? met : NO_CONDITION;
  // A plan that pays before the source date is accepted only under the reading that the whole period counts (see `resolveOptions`).
  if (context.plans.get(definition.id)?.some((tranche) => tranche.date < context.sourceDate)) choose(PAYMENTS_BEFORE_SOURCE, scope);
  return eligible(rule, facts, outcome.result, reasons, tests, consulted, scope.usedParameters, context);
}

/**
 * The items of one rule, added to `items`: one for a project rule; for a
 * talent rule, one per talent the rule concerns. When the policy is not in
 * force on the assessment date, every item is ineligible and says why.
 */
export function evaluateRuleInto(items: LineItem[], rule: CompiledRule, facts: FactContext, context: ItemContext): void {
  const definition = rule.definition;
  if (definition.scope === 'project') {
    items.push(evaluateItem(rule, facts, context));
    return;
  }
  const concerns = definition.concerns;
  // Whom the rule concerns is asked in a scope of its own, one for all the talents: what it consults is not the items'.
  const probe: ConditionScope | undefined = concerns && { facts, choices: context.choices, ruleId: definition.id, consulted: new Set<string>() };
  const talents = facts.project.talents;
  for (let index = 0; index < talents.length; index += 1) {
    const talent = talents[index]!;
    const talentFacts: FactContext = { project: facts.project, asOf: facts.asOf, talent };
    if (facts.pack) talentFacts.pack = facts.pack;
    if (probe) probe.facts = talentFacts;
    if (!probe || holds(concerns!, probe)) items.push(evaluateItem(rule, talentFacts, context));
  }
}
