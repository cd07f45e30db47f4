import type { IsoDate } from '../dates/iso-date.js';
import type { Assessment, LineItem } from '../engine/assessment.js';
import { inForceOn } from '../engine/assess.js';
import { Choices } from '../engine/choices.js';
import type { CompiledPack, CompiledRule } from '../engine/compiled.js';
import type { ConditionScope } from '../engine/conditions.js';
import type { Condition, DeclaredFact } from '../engine/definition.js';
import { readPackFacts } from '../engine/pack-facts.js';
import { Decimal } from '../money/decimal.js';
import { groupThousands } from '../money/money.js';
import type { InputIssue } from '../schema/issues.js';
import { LIMITS } from '../schema/limits.js';
import { MESSAGES } from '../schema/messages.js';
import type { Project } from '../schema/project-types.js';
import { validateProject } from '../schema/validate-project.js';
import { amountChanges } from './amount-changes.js';
import { addedOf, applyChanges, keyOf, mergeChanges, mergeOverriding, sizeOf } from './change-sets.js';
import { conditionChanges } from './condition-changes.js';
import type { Alternatives, ChangeContext } from './fact-changes.js';
import type { AlsoChanged, FactChange, ItemStanding, Opportunities, Opportunity, OpportunityOption, Unreachable } from './opportunity-types.js';
import { OPPORTUNITY_TEXTS } from './opportunity-texts.js';

/** Most candidate sets of changes evaluated for one item, the smallest first. */
export const MAX_CANDIDATES_PER_ITEM = 16;
/** Most alternatives an opportunity lists besides its own changes. */
export const MAX_ALTERNATIVES = 5;

/** What the search works from: the project as given and as validated, the pack, and a way to evaluate a changed project. */
export interface OpportunitySearch {
  /** The caller's project as read (plain data): changes are applied to it. */
  input: unknown;
  project: Project;
  asOf: IsoDate;
  pack: CompiledPack;
  interpretations: Readonly<Record<string, string>>;
  baseline: Assessment;
  /**
   * The items and dated payments one assessment of the project makes, and
   * the condition tests it may check, counted before it is built (see
   * `measureWorkload`, `conditionChecks`): the search is refused when the
   * changed projects it could evaluate would pass
   * `LIMITS.maxOpportunityItems`, `maxOpportunityPayments` or
   * `maxOpportunityConditions`.
   */
  work: { items: number; payments: number; conditions: number };
  /** The assessment of a changed project under the same options, or `undefined` when it is not a valid project. */
  evaluate: (changed: unknown) => Assessment | undefined;
}

/** What the search keeps of an item of a changed project: its standing and its words, not its schedule or trace. */
interface Kept {
  ruleId: string;
  beneficiary?: string;
  label: string;
  status: LineItem['status'];
  amount: LineItem['amount'];
  basis: LineItem['basis'];
  net?: Decimal;
  reasons: string[];
  interpretations: string[];
  /** For an eligible item that gives nothing, its formula: why it is zero. */
  zeroFormula?: string;
  translations: { zh: { label: string; reasons: string[] } };
}

/**
 * What the search keeps of a changed project's assessment: only how it
 * differs from the baseline (items whose status, amount or reasons changed,
 * items gone, items added), its totals and the readings it chose. The
 * assessment itself is let go at once, so the memory of a search grows with
 * what the changes alter, not with the project times the changes.
 */
interface Outcome {
  totals: Assessment['totals'];
  chosen: ReadonlyMap<string, string>;
  /** By item key: the item as changed, or `undefined` when the changed project has no such item. */
  differs: ReadonlyMap<string, Kept | undefined>;
  added: readonly Kept[];
}

interface Plan {
  item: LineItem;
  kind: 'eligible' | 'raise';
  candidates: FactChange[][];
}

const itemKey = (item: { ruleId: string; beneficiary?: string | undefined }) => `${item.ruleId}\u0000${item.beneficiary ?? ''}`;
/** An item's amount less its clawbacks, when it has commitments. */
const netOf = (item: Kept | LineItem): Decimal | undefined => ('net' in item ? item.net : undefined);
const standing = (item: Kept | LineItem): ItemStanding => {
  const net = netOf(item);
  return { status: item.status, amount: item.amount, basis: item.basis, ...(net !== undefined && { net }) };
};

function kept(item: LineItem): Kept {
  return {
    ruleId: item.ruleId,
    ...(item.beneficiary !== undefined && { beneficiary: item.beneficiary }),
    label: item.label,
    status: item.status,
    amount: item.amount,
    basis: item.basis,
    ...('net' in item && item.net !== undefined && { net: item.net }),
    reasons: item.reasons,
    interpretations: item.interpretations,
    ...(item.status === 'eligible' && item.amount.isZero() && { zeroFormula: item.formula }),
    translations: { zh: { label: item.translations.zh.label, reasons: item.translations.zh.reasons } },
  };
}

const sameAmount = (a: LineItem['amount'], b: LineItem['amount']) => (a === null ? b === null : b !== null && a.equals(b));
const sameStanding = (a: Kept | LineItem, b: Kept | LineItem) => a.status === b.status && sameAmount(a.amount, b.amount);
const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((entry, index) => entry === b[index]);

/** A changed project's assessment, reduced to how it differs from the baseline (items by key). */
function outcomeOf(assessment: Assessment, baseline: ReadonlyMap<string, LineItem>): Outcome {
  const differs = new Map<string, Kept | undefined>();
  const added: Kept[] = [];
  const seen = new Set<string>();
  for (const item of assessment.items) {
    const key = itemKey(item);
    seen.add(key);
    const before = baseline.get(key);
    if (!before) added.push(kept(item));
    else if (!sameStanding(before, item) || !sameWords(before.reasons, item.reasons)) differs.set(key, kept(item));
  }
  for (const key of baseline.keys()) if (!seen.has(key)) differs.set(key, undefined);
  return { totals: assessment.totals, chosen: new Map(assessment.interpretations.map((used) => [used.id, used.chosen])), differs, added };
}

const declarations = new WeakMap<CompiledPack, ReadonlyMap<string, DeclaredFact>>();

/** The facts a pack declares of its own, by qualified name; made once per pack. */
function declarationsOf(pack: CompiledPack): ReadonlyMap<string, DeclaredFact> {
  let found = declarations.get(pack);
  if (!found) declarations.set(pack, (found = new Map(pack.definition.facts.map((fact) => [`${pack.definition.id}/${fact.id}`, fact]))));
  return found;
}

/**
 * What an ineligible item needs: each test (one that applies only if a
 * condition holds, only then), and, for a project outside the pack's audience,
 * an industry within it. Leaving the industry out is never proposed: a
 * project does not become eligible by not saying what it is.
 */
function eligibilityCondition(rule: CompiledRule, pack: CompiledPack, project: Project): Condition {
  const parts: Condition[] = [];
  const audience = pack.definition.audience;
  if (audience && project.industry !== undefined && !audience.industries.includes(project.industry)) {
    const within = audience.industries.map((industry): Condition => ({ fact: 'industry', is: industry }));
    parts.push({ any: audience.appliesIf ? [{ not: audience.appliesIf }, ...within] : within });
  }
  for (const test of rule.definition.eligibility) parts.push(test.appliesIf ? { any: [{ not: test.appliesIf }, test.when] } : test.when);
  return { all: parts };
}

/** Candidates smallest first: fewest facts changed, then least added to amounts and counts; each set once. */
function ranked(alternatives: Alternatives): FactChange[][] {
  const seen = new Set<string>();
  const unique = alternatives.filter((set) => {
    const key = keyOf(set);
    if (set.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const added = new Map(unique.map((set) => [set, addedOf(set)]));
  return unique
    .sort((a, b) => sizeOf(a) - sizeOf(b) || added.get(a)!.comparedTo(added.get(b)!))
    .slice(0, MAX_CANDIDATES_PER_ITEM);
}

/** The candidate changes for an item, derived against a project (the one given, or one already changed). */
function candidatesFor(item: LineItem, kind: Plan['kind'], project: Project, search: OpportunitySearch, choices: Choices): FactChange[][] {
  const rule = search.pack.rules.find((candidate) => candidate.definition.id === item.ruleId);
  if (!rule) return [];
  const talentIndex = item.beneficiary === undefined ? undefined : project.talents.findIndex((talent) => talent.name === item.beneficiary);
  const talent = talentIndex === undefined ? undefined : project.talents[talentIndex];
  if (talentIndex !== undefined && !talent) return [];
  const pack = readPackFacts(search.pack.definition, project).facts;
  const context: ChangeContext = { project, asOf: search.asOf, ...(talentIndex !== undefined && { talentIndex }), pack, declarations: declarationsOf(search.pack) };
  const scope: ConditionScope & { rule: CompiledRule; usedParameters: Set<string> } = {
    facts: { project, asOf: search.asOf, pack, ...(talent && { talent }) },
    choices,
    ruleId: rule.definition.id,
    consulted: new Set(),
    rule,
    usedParameters: new Set(),
  };
  if (kind === 'raise') return ranked(amountChanges(rule, scope, context, 'raise'));
  const needed = conditionChanges(eligibilityCondition(rule, search.pack, project), true, scope, context);
  const missing = amountChanges(rule, scope, context, 'missing')[0] ?? [];
  return ranked(needed.flatMap((set) => {
    const merged = mergeChanges(set, missing);
    if (merged) return [merged];
    // The condition and the amount state one fact at values of their own (the threshold, the ceiling): both are tried.
    return [mergeOverriding(missing, set), mergeOverriding(set, missing)].filter((both) => both !== undefined);
  }));
}

/**
 * Whether the changed item is what the plan wants: eligible with something to give (an offer without a
 * figure, or an amount above zero: eligible for nothing unlocks nothing), or more than before.
 */
function works(plan: Plan, after: Kept | LineItem | undefined): after is Kept | LineItem {
  if (!after || after.status === 'ineligible') return false;
  if (plan.kind === 'eligible') return after.amount === null || !after.amount.isZero();
  return after.status === 'eligible' && after.amount !== null && after.amount.greaterThan(plan.item.amount ?? 0);
}

/** What the change adds: the amount, or, for an item with commitments, what is kept after clawback. */
function gainOf(before: LineItem, after: Kept | LineItem): Decimal | null {
  if (after.amount === null) return null;
  const kept = (item: Kept | LineItem) => netOf(item) ?? item.amount ?? new Decimal(0);
  return kept(after).minus(before.status === 'ineligible' ? 0 : kept(before));
}

/** Every other item whose status or amount the changes alter. */
function alsoChanges(item: LineItem, baseline: Assessment, changed: Outcome): AlsoChanged[] {
  const result: AlsoChanged[] = [];
  const describe = (entry: Kept | LineItem) => ({ ruleId: entry.ruleId, ...(entry.beneficiary !== undefined && { beneficiary: entry.beneficiary }), label: entry.label });
  const zh = (entry: Kept | LineItem) => ({ translations: { zh: { label: entry.translations.zh.label } } });
  for (const before of baseline.items) {
    const key = itemKey(before);
    if (key === itemKey(item) || !changed.differs.has(key)) continue;
    const other = changed.differs.get(key);
    if (!other || !sameStanding(before, other)) result.push({ ...describe(before), before: standing(before), ...(other && { after: standing(other) }), ...zh(before) });
  }
  for (const added of changed.added) result.push({ ...describe(added), after: standing(added), ...zh(added) });
  return result;
}

/**
 * A candidate that left the item ineligible, completed: the candidates
 * derived again against the changed project, each made together with it. A
 * condition that applies only once another holds (support that has expired
 * must also have been judged of high potential) is met this way.
 */
function refined(plan: Plan, changes: FactChange[], search: OpportunitySearch, choices: Choices): FactChange[][] {
  const changed = applyChanges(search.input, changes);
  const validated = changed === undefined ? undefined : validateProject(changed);
  if (!validated?.ok) return [];
  return candidatesFor(plan.item, plan.kind, validated.project, search, choices).flatMap((more) => {
    const merged = mergeChanges(changes, more.map((entry) => ({ ...entry, from: fromOf(entry, changes) })));
    return merged && keyOf(merged) !== keyOf(changes) ? [merged] : [];
  });
}

/** What a change found against a changed project started from in the project as given. */
function fromOf(entry: FactChange, earlier: readonly FactChange[]): FactChange['from'] {
  const same = earlier.find((change) => change.path.join('.') === entry.path.join('.'));
  return same ? same.from : entry.from;
}

const BUDGETS = [
  { count: 'items', what: 'items', limit: LIMITS.maxOpportunityItems },
  { count: 'payments', what: 'dated payments', limit: LIMITS.maxOpportunityPayments },
  { count: 'conditions', what: 'condition tests', limit: LIMITS.maxOpportunityConditions },
] as const;

/** The budget: the items and payments of every changed project that could be evaluated (upper bounds, counted before each is). */
function budgetIssues(projects: number, search: OpportunitySearch): InputIssue[] {
  const path = search.project.talents.length > 0 ? ['talents'] : [];
  return BUDGETS.flatMap(({ count, what, limit }) => {
    const total = projects * Math.max(1, search.work[count]);
    if (total <= limit) return [];
    const message = MESSAGES.tooMuchOpportunityWork(groupThousands(String(projects)), what, groupThousands(String(total)), groupThousands(String(limit)), path.length > 0);
    return [{ code: 'too_many' as const, path, message }];
  });
}

/**
 * For every item of a project's assessment that is ineligible, or eligible
 * below its ceiling, the smallest change of the facts the project states that
 * makes it eligible or raises it, with what it then gives: the candidates
 * are derived from the rule's conditions and amount as data, and each is
 * applied to the project and evaluated, never estimated. "Smallest" is the
 * fewest facts changed (each value added to a list counts as one), then
 * the least added to the amounts and counts changed, then the order the
 * rule states its conditions in.
 *
 * @param search - the project, the pack and options, the baseline assessment and the evaluator
 * @returns the opportunities and the items none was found for, or the issues of a search over its budget
 *
 * @example
 * findOpportunities(search).opportunities[0].changes[0].description;
 * //=> 'classification.leadingIndustryDirection: false → true (in line with the leading industry directions)'
 */
export function findOpportunities(search: OpportunitySearch): { ok: true; result: Omit<Opportunities, 'translations'> & { policyNameZh: string } } | { ok: false; issues: InputIssue[] } {
  const { baseline } = search;
  const choices = new Choices(search.pack.definition.interpretations, search.interpretations);
  const inForce = inForceOn(search.pack.definition, search.asOf).ok;
  const unreachable: Unreachable[] = [];
  const plans: Plan[] = [];
  for (const item of baseline.items) {
    if (item.status === 'unquantified') continue;
    if (!inForce) {
      if (item.status === 'ineligible') unreachable.push(unreachableOf(item, 'not-in-force', 0));
      continue;
    }
    const kind = item.status === 'eligible' ? 'raise' : 'eligible';
    plans.push({ item, kind, candidates: candidatesFor(item, kind, search.project, search, choices) });
  }
  const budget = budgetIssues(new Set(plans.flatMap((plan) => plan.candidates.map(keyOf))).size, search);
  if (budget.length > 0) return { ok: false, issues: budget };

  const baselineItems = new Map(baseline.items.map((item) => [itemKey(item), item]));
  const evaluated = new Map<string, Outcome | undefined>();
  const evaluateSet = (changes: FactChange[]) => {
    const key = keyOf(changes);
    if (!evaluated.has(key)) {
      const changed = applyChanges(search.input, changes);
      const assessment = changed === undefined ? undefined : search.evaluate(changed);
      evaluated.set(key, assessment && outcomeOf(assessment, baselineItems));
    }
    return evaluated.get(key);
  };
  const itemIn = (outcome: Outcome, key: string) => (outcome.differs.has(key) ? outcome.differs.get(key) : baselineItems.get(key));
  const found: Opportunity[] = [];
  for (const plan of plans) {
    const queue = [...plan.candidates];
    const options: Array<OpportunityOption & { outcome: Outcome; item: Kept | LineItem }> = [];
    let tried = 0;
    let first: Kept | LineItem | undefined;
    for (let changes = queue.shift(); changes !== undefined && options.length <= MAX_ALTERNATIVES; changes = queue.shift()) {
      if (options.length > 0 && sizeOf(changes) > sizeOf(options[0]!.changes)) break;
      if (!evaluated.has(keyOf(changes))) {
        const over = budgetIssues(evaluated.size + 1, search);
        if (over.length > 0) return { ok: false, issues: over };
      }
      tried += 1;
      const outcome = evaluateSet(changes);
      const after = outcome && itemIn(outcome, itemKey(plan.item));
      first ??= after;
      if (outcome && works(plan, after)) options.push({ changes, after: standing(after), gain: gainOf(plan.item, after), outcome, item: after });
      else if (outcome && plan.kind === 'eligible' && tried <= MAX_CANDIDATES_PER_ITEM) queue.push(...refined(plan, changes, search, choices));
      queue.sort((a, b) => sizeOf(a) - sizeOf(b));
    }
    const [best, ...others] = options;
    if (best) found.push(opportunityOf(plan, best, others, baseline));
    else if (plan.kind === 'eligible') unreachable.push(unreachableOf(plan.item, 'no-change', tried, first));
  }
  return {
    ok: true,
    result: {
      policy: baseline.policy,
      project: baseline.project,
      asOf: baseline.asOf,
      totals: baseline.totals,
      opportunities: found,
      unreachable,
      evaluated: evaluated.size,
      overrides: baseline.overrides,
      policyNameZh: baseline.translations.zh.policyName,
    },
  };
}

function opportunityOf(plan: Plan, best: OpportunityOption & { outcome: Outcome; item: Kept | LineItem }, others: readonly OpportunityOption[], baseline: Assessment): Opportunity {
  const { item } = plan;
  const { chosen } = best.outcome;
  return {
    ruleId: item.ruleId,
    ...(item.beneficiary !== undefined && { beneficiary: item.beneficiary }),
    label: item.label,
    instrument: item.instrument,
    kind: plan.kind,
    before: standing(item),
    changes: best.changes,
    after: best.after,
    gain: best.gain,
    reasons: best.item.reasons,
    citation: item.citation,
    interpretations: best.item.interpretations.map((id) => ({ id, chosen: chosen.get(id) ?? '' })),
    alsoChanges: alsoChanges(item, baseline, best.outcome),
    totals: best.outcome.totals,
    alternatives: others.map(({ changes, after, gain }) => ({ changes, after, gain })),
    translations: { zh: { label: item.translations.zh.label, reasons: best.item.translations.zh.reasons } },
  };
}

function unreachableOf(item: LineItem, why: Unreachable['why'], tried: number, first?: Kept | LineItem): Unreachable {
  const said = why === 'not-in-force' ? OPPORTUNITY_TEXTS.notInForce : OPPORTUNITY_TEXTS.noChange(tried);
  // Why the smallest change tried was not enough, in the changed item's own words.
  const zero = first && 'zeroFormula' in first ? first.zeroFormula : undefined;
  const still = zero !== undefined ? OPPORTUNITY_TEXTS.zero(zero)
    : first && first.reasons.length > 0 ? OPPORTUNITY_TEXTS.still({ en: first.reasons.join(' '), zh: first.translations.zh.reasons.join('') }) : undefined;
  const reason = still ? { en: `${said.en} ${still.en}`, zh: `${said.zh}${still.zh}` } : said;
  return {
    ruleId: item.ruleId,
    ...(item.beneficiary !== undefined && { beneficiary: item.beneficiary }),
    label: item.label,
    why,
    reason: reason.en,
    translations: { zh: { label: item.translations.zh.label, reason: reason.zh } },
  };
}
