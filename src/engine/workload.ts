import { addMonthsToIsoDate, type IsoDate } from '../dates/iso-date.js';
import { groupThousands } from '../money/money.js';
import type { InputIssue } from '../schema/issues.js';
import { LIMITS } from '../schema/limits.js';
import { MESSAGES } from '../schema/messages.js';
import type { Loan, Project, Talent } from '../schema/project-types.js';
import { amountLeaves, type AmountLeaf } from './amount-leaves.js';
import { inForceOn } from './assess.js';
import { Choices } from './choices.js';
import type { CompiledPack, CompiledRule } from './compiled.js';
import { holds } from './conditions.js';
import type { TranchePlan } from './evaluate-rule.js';
import { lookupFact, type Fact, type FactContext, type PackFacts } from './facts.js';
import { declaredFacts, readPackFacts } from './pack-facts.js';
import { periodsWithinDates } from './periods-within-dates.js';
import { assessmentCharacters, itemCharacters, LOAN_CHARACTERS, nameCharacters, PAYMENT_CHARACTERS } from './report-size.js';
import { allInterpretations } from './all-interpretations.js';

/** Where a share of the work comes from, and so the field an issue about it points at. */
type Source = 'talents' | 'loans' | 'project';
type Tally = Record<Source, number>;

const SOURCE_PATHS: Record<Source, string[]> = { talents: ['talents'], loans: ['talentStartup', 'loans'], project: [] };

/** What an assessment would make, counted before any item is built. */
export interface Workload {
  items: Tally;
  payments: Tally;
  characters: Tally;
  /** Payments that would be dated after `LIMITS.maxDate`, each at the field that dates it. */
  late: InputIssue[];
  /** The problems of the facts the project states for the pack (see `readPackFacts`): checked here, where the pack and the project first meet. */
  facts: InputIssue[];
}

/** The choices a caller made that change the work: readings (for `concerns`) and payment plans. */
export interface WorkloadOptions {
  interpretations?: Readonly<Record<string, string>>;
  plans?: ReadonlyMap<string, TranchePlan>;
}

type DatedLeaf = Extract<AmountLeaf, { block: 'per-period' | 'stepped-periods' | 'yearly-share' }>;

/** The blocks that pay in dated periods of their own, rather than once. */
const DATED = new Set<AmountLeaf['block']>(['per-period', 'stepped-periods', 'yearly-share']);

/** What a rule's amount can end in, found once per rule. */
interface RuleShape {
  dated: DatedLeaf[];
  interest: boolean;
  /** Some leaf pays once (a grant, a share, a ceiling). */
  oneOff: boolean;
}

const shapes = new WeakMap<CompiledRule['definition'], RuleShape>();

function shapeOf(rule: CompiledRule): RuleShape {
  let shape = shapes.get(rule.definition);
  if (!shape) {
    const leaves = amountLeaves(rule.definition.amount);
    shape = {
      dated: leaves.filter((leaf): leaf is DatedLeaf => DATED.has(leaf.block)),
      interest: leaves.some((leaf) => leaf.block === 'interest-subsidy'),
      oneOff: leaves.some((leaf) => !DATED.has(leaf.block) && leaf.block !== 'interest-subsidy' && leaf.block !== 'unquantified'),
    };
    shapes.set(rule.definition, shape);
  }
  return shape;
}

/**
 * A block that pays in periods, with its values read once: the most periods
 * it pays (overrides applied), how many months apart they fall, and the facts
 * it dates by. A yearly share pays only the years its series states (at most
 * `LIMITS.maxSeriesYears`, each within the dates accepted): it is never late.
 */
interface Monthly {
  most: number;
  apart: number;
  neverLate: boolean;
  startFact: string;
  start: Fact | undefined;
  periods: Fact | undefined;
}

/** A rule as the count reads it, once per compiled pack. */
interface Counted {
  rule: CompiledRule;
  shape: RuleShape;
  monthly: Monthly[];
  /** The characters of one item besides its payments and its beneficiary's name. */
  characters: number;
}


/** The pack's own facts without values: enough to find a fact by name. */
function declaredOnly(pack: CompiledPack): PackFacts {
  return { declared: declaredFacts(pack.definition), values: new Map() };
}

const countedPacks = new WeakMap<CompiledPack, Counted[]>();

function countedRules(pack: CompiledPack): Counted[] {
  let rules = countedPacks.get(pack);
  if (!rules) {
    rules = pack.rules.map((rule): Counted => {
      const shape = shapeOf(rule);
      const monthly = shape.dated.map((leaf): Monthly => {
        const lengths = leaf.block === 'per-period' ? [leaf.maxPeriods] : leaf.steps.map((step) => ('years' in step ? step.years : step.length));
        let most = 0;
        for (const ref of lengths) {
          const found = rule.parameters.get(ref.param);
          most += found?.kind === 'number' ? found.value.toNumber() : 0;
        }
        return {
          most: leaf.block === 'yearly-share' ? Math.min(most, LIMITS.maxSeriesYears) : most,
          apart: leaf.block === 'stepped-periods' && leaf.period === 'year' ? 12 : 1,
          neverLate: leaf.block === 'yearly-share',
          startFact: leaf.start.fact,
          start: lookupFact(leaf.start.fact, { pack: declaredOnly(pack) }),
          periods: leaf.block !== 'yearly-share' && leaf.periods ? lookupFact(leaf.periods.fact, { pack: declaredOnly(pack) }) : undefined,
        };
      });
      return { rule, shape, monthly, characters: itemCharacters(pack, rule.definition.id) };
    });
    countedPacks.set(pack, rules);
  }
  return rules;
}

/** The input field a fact is read from: `talent.rent.start` of talent 3 is `['talents', '3', 'rent', 'start']`; a pack's own `p/start` is `['facts', 'p/start']`. */
function factPath(name: string, talentIndex: number | undefined): string[] {
  if (name.includes('/')) return ['facts', name];
  const parts = name.split('.');
  return parts[0] === 'talent' ? ['talents', String(talentIndex), ...parts.slice(1)] : parts;
}

/** The months of interest the loans fall due over (each loan with a repayment form), and one date for all simple interest. */
function interestPeriods(loans: readonly Loan[]): number {
  let periods = 0;
  let simple = false;
  for (const loan of loans) {
    if (loan.form === 'simple') simple = true;
    else periods += loan.termMonths;
  }
  return periods + (simple ? 1 : 0);
}

function lateLoans(loans: readonly Loan[]): InputIssue[] {
  const issues: InputIssue[] = [];
  loans.forEach((loan, index) => {
    if (loan.form === 'simple') return;
    const last = addMonthsToIsoDate(loan.start, loan.termMonths);
    if (last > LIMITS.maxDate) {
      issues.push({ code: 'out_of_range', path: ['talentStartup', 'loans', String(index), 'termMonths'], message: MESSAGES.interestPastMaxDate(last) });
    }
  });
  return issues;
}

function lateExit(project: Project, asOf: IsoDate): InputIssue[] {
  const exit = project.policyFundExit;
  if (!exit) return [];
  const date = addMonthsToIsoDate(asOf, 12 * exit.holdingYears);
  return date > LIMITS.maxDate ? [{ code: 'out_of_range', path: ['policyFundExit', 'holdingYears'], message: MESSAGES.exitPastMaxDate(date) }] : [];
}

/**
 * Counts what assessing a validated project under a compiled pack would
 * make, without building any item: the items (one per project rule, one per
 * talent a talent rule concerns), the dated payments (a monthly block's
 * months, the monthly periods of the loans for an interest subsidy, a plan's
 * tranches, one for anything else) and an upper bound on the characters of
 * any report of it. The items are counted exactly; the payments and the
 * characters are upper bounds, since eligibility and groups, which can only
 * take payments away, are not applied. It also finds the payments that would
 * be dated after the last date accepted.
 *
 * @param pack - the compiled pack, overrides applied
 * @param project - the validated project
 * @param asOf - the assessment date
 * @param options - the caller's readings and payment plans
 * @returns the counts by what drives them, and the payments dated too late
 *
 * @example
 * // 10,000 talents renting for 1,200 months under a pack that pays 1,200 months of rent:
 * measureWorkload(pack, project, '2019-01-01').payments.talents; //=> 12000000
 */
export function measureWorkload(pack: CompiledPack, project: Project, asOf: IsoDate, options: WorkloadOptions = {}): Workload {
  const definition = pack.definition;
  const plans = options.plans ?? new Map<string, TranchePlan>();
  const paying = inForceOn(definition, asOf).ok;
  const loans = project.talentStartup?.loans ?? [];
  const periods = paying ? interestPeriods(loans) : 0;
  let tranches = 0;
  for (const plan of plans.values()) tranches += plan.length;
  const workload: Workload = {
    items: { talents: 0, loans: 0, project: 0 },
    payments: { talents: 0, loans: 0, project: 0 },
    characters: { talents: 0, loans: 0, project: assessmentCharacters(pack, tranches) },
    late: [],
    facts: readPackFacts(definition, project).issues,
  };
  const late = new Map<string, InputIssue>();

  /** Adds `count` items of a rule, each making `own` payments of its own, their beneficiaries' names taking `names` characters. */
  const add = (entry: Counted, source: Source, count: number, own: number, names: number) => {
    const plan = plans.size === 0 ? 0 : (plans.get(entry.rule.definition.id)?.length ?? 0);
    const payments = paying ? (plan > 0 ? plan : Math.max(own, entry.shape.oneOff ? 1 : 0)) : 0;
    const interest = entry.shape.interest ? periods : 0;
    workload.items[source] += count;
    workload.payments[source] += count * payments;
    workload.payments.loans += count * interest;
    workload.characters[source] += count * (entry.characters + payments * PAYMENT_CHARACTERS) + names;
    if (entry.shape.interest) workload.characters.loans += count * (interest * PAYMENT_CHARACTERS + loans.length * LOAN_CHARACTERS);
  };

  /** The most months a rule's monthly blocks pay one item; a last payment after the last date accepted is recorded. */
  const monthly = (entry: Counted, context: FactContext, talentIndex?: number): number => {
    let most = 0;
    if (!paying) return most;
    for (const leaf of entry.monthly) {
      const start = leaf.start?.read(context);
      if (typeof start !== 'string') continue;
      const given = leaf.periods?.read(context);
      const months = typeof given === 'number' ? Math.min(leaf.most, given) : leaf.most;
      most = Math.max(most, months);
      if (leaf.neverLate || months <= periodsWithinDates(start, leaf.apart)) continue;
      const path = factPath(leaf.startFact, talentIndex);
      const key = path.join('\u0000');
      const last = addMonthsToIsoDate(start, (months - 1) * leaf.apart);
      if (!late.has(key)) late.set(key, { code: 'out_of_range', path, message: MESSAGES.paidPastMaxDate(entry.rule.definition.label.en, last, leaf.apart === 12 ? 'year' : 'month') });
    }
    return most;
  };

  const entries = countedRules(pack);
  const own = readPackFacts(definition, project).facts;
  const base: FactContext = { project, asOf, pack: own };
  for (const entry of entries) if (entry.rule.definition.scope === 'project') add(entry, 'project', 1, monthly(entry, base), 0);
  const talentRules = entries.filter((entry) => entry.rule.definition.scope === 'talent');
  if (talentRules.length > 0) {
    const talents = project.talents;
    const contexts = talents.map((talent: Talent): FactContext => ({ project, asOf, talent, pack: own }));
    const names = talents.map((talent) => nameCharacters(talent.name));
    const allNames = names.reduce((total, size) => total + size, 0);
    const choices = new Choices(allInterpretations(definition), options.interpretations ?? {});
    for (const entry of talentRules) {
      const { concerns, id } = entry.rule.definition;
      // A rule that concerns every talent alike is counted once for all of them.
      if (!concerns && entry.monthly.length === 0) {
        add(entry, 'talents', talents.length, 0, allNames);
        continue;
      }
      // One scope for every talent: what the condition consults is not recorded anywhere.
      const probe = concerns && { facts: base, choices, ruleId: id, consulted: new Set<string>() };
      contexts.forEach((context, index) => {
        if (probe) probe.facts = context;
        if (probe && !holds(concerns!, probe)) return;
        add(entry, 'talents', 1, monthly(entry, context, index), names[index]!);
      });
    }
  }
  workload.late.push(...late.values());
  if (paying) {
    if (entries.some((entry) => entry.shape.interest)) workload.late.push(...lateLoans(loans));
    if (pack.rules.some((rule) => rule.definition.exit === 'profit-given-away')) workload.late.push(...lateExit(project, asOf));
  }
  return workload;
}

/** Each count, its limit and the sentence that names both. */
const COUNTS = [
  { count: 'items', limit: LIMITS.maxItems, message: MESSAGES.tooManyItems },
  { count: 'payments', limit: LIMITS.maxPayments, message: MESSAGES.tooManyPayments },
  { count: 'characters', limit: LIMITS.maxReportCharacters, message: MESSAGES.reportTooLarge },
] as const;

const SOURCES: readonly Source[] = ['talents', 'loans', 'project'];

/**
 * The problems of the work measured for one assessment, or for the
 * assessments of one comparison together: each count above its limit (at
 * the field that drives it most), and each payment dated after the last date
 * accepted (once, however many packs date it).
 *
 * @param workloads - from `measureWorkload`, one per pack
 * @returns the issues, none when the work is within the limits
 *
 * @example
 * workloadIssues([measureWorkload(pack, project, '2019-01-01')]);
 * //=> [{ code: 'too_many', path: ['talents'], message: 'Assessing this project would make 12,000,006 dated payments …; the limit is 1,000,000.' }]
 */
export function workloadIssues(workloads: readonly Workload[]): InputIssue[] {
  const issues: InputIssue[] = workloads.flatMap((workload) => workload.facts);
  for (const { count, limit, message } of COUNTS) {
    const bySource: Tally = { talents: 0, loans: 0, project: 0 };
    for (const workload of workloads) for (const source of SOURCES) bySource[source] += workload[count][source];
    const total = bySource.talents + bySource.loans + bySource.project;
    if (total <= limit) continue;
    const largest = SOURCES.reduce((best, source) => (bySource[source] > bySource[best] ? source : best));
    issues.push({ code: 'too_many', path: [...SOURCE_PATHS[largest]], message: message(groupThousands(String(total)), groupThousands(String(limit))) });
  }
  const seen = new Set<string>();
  for (const workload of workloads) {
    for (const issue of workload.late) {
      const key = `${issue.path.join('\u0000')}\u0001${issue.message}`;
      if (!seen.has(key)) issues.push(issue);
      seen.add(key);
    }
  }
  return issues;
}

/**
 * Whether assessing a validated project under a compiled pack stays within
 * the limits on work and dates (see `measureWorkload`): the one check every
 * path that assesses makes before it builds anything.
 *
 * @param pack - the compiled pack, overrides applied
 * @param project - the validated project
 * @param asOf - the assessment date
 * @param options - the caller's readings and payment plans
 * @returns every problem, none when the assessment may go ahead
 *
 * @example
 * checkWorkload(compiledBuiltInPolicy('qingshan-lake-2018')!, project, '2019-01-01'); //=> []
 */
export function checkWorkload(pack: CompiledPack, project: Project, asOf: IsoDate, options: WorkloadOptions = {}): InputIssue[] {
  return workloadIssues([measureWorkload(pack, project, asOf, options)]);
}
