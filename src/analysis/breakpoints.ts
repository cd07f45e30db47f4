import { resolveOptions, type EvaluateOptions } from '../api/options.js';
import { Choices } from '../engine/choices.js';
import { unknownSourceProjects } from '../engine/named-projects.js';
import { checkWorkload } from '../engine/workload.js';
import type { CompiledNumberParameter, CompiledRule } from '../engine/compiled.js';
import { choose, holds, type ConditionScope } from '../engine/conditions.js';
import type { AmountSpec, Condition } from '../engine/definition.js';
import { readPackFacts } from '../engine/pack-facts.js';
import type { FactContext } from '../engine/facts.js';
import { Decimal } from '../money/decimal.js';
import { exactQuotient } from '../money/exact-quotient.js';
import { formatYuan, sum, ZERO } from '../money/money.js';
import { LIMITS } from '../schema/limits.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { ProjectInput } from '../schema/input-types.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import type { Project } from '../schema/project-types.js';
import { validateWithPacks } from '../api/validate-with-packs.js';
import { readArguments } from '../schema/read-arguments.js';
import { isRecord } from '../schema/is-record.js';
import { keepPackAt } from '../api/policy-pack.js';
import { allInterpretations } from '../engine/all-interpretations.js';
import { IDS_OR_PACKS } from '../api/registry.js';

/** A point at which an item's amount changes regime as the input grows. */
export interface Breakpoint {
  ruleId: string;
  beneficiary?: string;
  label: string;
  /** The cap concerned (its id on the item), if any. */
  cap?: string;
  /**
   * `starts-binding` / `stops-binding`: the cap binds from / up to this input value
   * as it grows; `changes`: the formula changes (a tier, a condition, a case).
   */
  event: 'starts-binding' | 'stops-binding' | 'changes';
  /** The input value, to the library's precision. */
  at: Decimal;
  /** The same value exactly: a decimal, or a reduced fraction such as `'1000000000/3'`. */
  exact: string;
  description: string;
}

/** The input paths whose relation to the facts is known, and how they move them. */
interface Relation {
  /** The facts that move with the input: fact = slope × input + offset. */
  facts: Array<{ fact: string; slope: Decimal; offset: (project: Project) => Decimal }>;
  talentIndex?: number;
  loanIndex?: number;
}

const ONE = new Decimal(1);
const MINUS_ONE = new Decimal(-1);
const PATHS = [
  'investment.actual', 'investment.infrastructure', 'finance.annualRevenue', 'finance.rdSpending',
  'talentSupport.incrementalRequested', 'talentStartup.requested.startupFund', 'talentStartup.requested.shareInvestment',
  'talentStartup.requested.ventureCapital', 'talents.N.housingPurchase.price', 'talents.N.rent.monthly',
  'talents.N.rent.months', 'talentStartup.loans.N.principal',
];

function relationOf(path: string): Relation | undefined {
  const identity = (fact: string): Relation => ({ facts: [{ fact, slope: ONE, offset: () => ZERO }] });
  if (path === 'investment.actual') {
    return { facts: [{ fact: 'investment.actual', slope: ONE, offset: () => ZERO },
      { fact: 'investment.eligible', slope: ONE, offset: (p) => p.investment.infrastructure.negated() }] };
  }
  if (path === 'investment.infrastructure') {
    return { facts: [{ fact: 'investment.infrastructure', slope: ONE, offset: () => ZERO },
      { fact: 'investment.eligible', slope: MINUS_ONE, offset: (p) => p.investment.actual }] };
  }
  if (/^(finance\.(annualRevenue|rdSpending)|talentSupport\.incrementalRequested|talentStartup\.requested\.(startupFund|shareInvestment|ventureCapital))$/.test(path)) {
    return identity(path);
  }
  const talent = /^talents\.(\d+)\.(housingPurchase\.price|rent\.monthly|rent\.months)$/.exec(path);
  if (talent) return { ...identity(`talent.${talent[2]}`), talentIndex: Number.parseInt(talent[1]!, 10) };
  const loan = /^talentStartup\.loans\.(\d+)\.principal$/.exec(path);
  if (loan) return { facts: [], loanIndex: Number.parseInt(loan[1]!, 10) };
  return undefined;
}

/** Whether the talent or loan a path names (`talents.3.…`) is in the project, as `sweep` requires too. */
function entryExists(relation: Relation, project: Project): boolean {
  if (relation.talentIndex !== undefined) return relation.talentIndex < project.talents.length;
  if (relation.loanIndex !== undefined) return relation.loanIndex < (project.talentStartup?.loans.length ?? 0);
  return true;
}

/** The input value at which a fact moving with it reaches `target`: (target − offset) / slope. */
function inputAt(target: Decimal, move: Relation['facts'][number], project: Project) {
  return exactQuotient(target.minus(move.offset(project)), move.slope);
}

interface Walk {
  rule: CompiledRule;
  relation: Relation;
  project: Project;
  scope: ConditionScope;
  found: Breakpoint[];
  beneficiary?: string;
}

function add(walk: Walk, event: Breakpoint['event'], point: { value: Decimal; exact: string }, description: string, cap?: string) {
  if (point.value.isNegative() || point.value.greaterThan(LIMITS.maxAmount)) return;
  walk.found.push({
    ruleId: walk.rule.definition.id,
    ...(walk.beneficiary !== undefined && { beneficiary: walk.beneficiary }),
    label: walk.rule.definition.label.en,
    ...(cap !== undefined && { cap }),
    event,
    at: point.value,
    exact: point.exact,
    description,
  });
}

function moving(walk: Walk, fact: string) {
  return walk.relation.facts.find((entry) => entry.fact === fact);
}

/** Thresholds of conditions on a fact that moves with the input: where the condition flips. */
function conditionPoints(condition: Condition, walk: Walk, what: string): void {
  if ('all' in condition) return condition.all.forEach((part) => conditionPoints(part, walk, what));
  if ('any' in condition) return condition.any.forEach((part) => conditionPoints(part, walk, what));
  if ('not' in condition) return conditionPoints(condition.not, walk, what);
  if (!('fact' in condition) || !('atLeast' in condition || 'above' in condition)) return;
  const move = moving(walk, condition.fact);
  if (!move) return;
  const bound = 'atLeast' in condition ? condition.atLeast : condition.above;
  add(walk, 'changes', inputAt(new Decimal(bound), move, walk.project), `${what}: ${condition.fact} reaches ${bound}`);
}

function parameter(walk: Walk, name: string): CompiledNumberParameter {
  return walk.rule.parameters.get(name) as CompiledNumberParameter;
}

function leafPoints(spec: AmountSpec, walk: Walk): void {
  switch (spec.block) {
    case 'capped-share': {
      const move = moving(walk, spec.base.fact);
      const rate = parameter(walk, spec.rate.param).value;
      if (!move || rate.isZero()) return;
      const grows = move.slope.isPositive();
      for (const ref of [spec.ceiling, spec.floor]) {
        if (!ref) continue;
        const limit = parameter(walk, ref.param).value;
        // rate × fact = limit  ⇔  fact = limit / rate  ⇔  input = (limit − rate × offset) / (rate × slope).
        const point = exactQuotient(limit.minus(rate.times(move.offset(walk.project))), rate.times(move.slope));
        const isCeiling = ref === spec.ceiling;
        const text = `${formatYuan(limit)} = ${rate.times(100).toFixed()}% × ${spec.base.fact}`;
        add(walk, isCeiling === grows ? 'starts-binding' : 'stops-binding', point, `${isCeiling ? 'the ceiling' : 'the floor'} ${text}`, ref.param);
        if (isCeiling) {
          const share = grows ? 'the share stops limiting the amount, the ceiling takes over' : 'the share limits the amount again';
          add(walk, grows ? 'stops-binding' : 'starts-binding', point, `${share}: ${text}`, spec.rate.param);
        }
      }
      return;
    }
    case 'flat-ceiling': {
      const move = spec.requested && moving(walk, spec.requested.fact);
      if (!move) return;
      const limit = parameter(walk, spec.ceiling.param).value;
      add(walk, move.slope.isPositive() ? 'starts-binding' : 'stops-binding', inputAt(limit, move, walk.project), `the ceiling ${formatYuan(limit)} = ${spec.requested!.fact}`, spec.ceiling.param);
      return;
    }
    case 'per-period': {
      const monthly = moving(walk, spec.periodAmount.fact);
      if (monthly) {
        const limit = parameter(walk, spec.perPeriodCeiling.param).value;
        add(walk, 'starts-binding', inputAt(limit, monthly, walk.project), `the monthly ceiling ${formatYuan(limit)} = ${spec.periodAmount.fact}`, spec.perPeriodCeiling.param);
      }
      const months = spec.periods && moving(walk, spec.periods.fact);
      if (months) {
        const limit = parameter(walk, spec.maxPeriods.param).value;
        add(walk, 'starts-binding', inputAt(limit, months, walk.project), `the limit of ${limit.toFixed()} months`, spec.maxPeriods.param);
      }
      return;
    }
    case 'interest-subsidy': {
      const index = walk.relation.loanIndex;
      const loans = walk.project.talentStartup?.loans ?? [];
      const loan = index === undefined ? undefined : loans[index];
      if (!loan || loans.some((entry) => entry.form !== 'simple') || loan.form !== 'simple') return;
      const limit = parameter(walk, spec.ceiling.param).value;
      // The share multiplies the one payment all simple interest makes together, so it scales each loan's part.
      const share = spec.share ? parameter(walk, spec.share.param).value : new Decimal(1);
      const others = sum(loans.filter((entry) => entry !== loan).map((entry) =>
        entry.form === 'simple' ? entry.principal.times(entry.annualRate).times(entry.years) : ZERO)).times(share);
      const perYuan = loan.annualRate.times(loan.years).times(share);
      if (perYuan.isZero()) return;
      add(walk, 'starts-binding', exactQuotient(limit.minus(others), perYuan), `the interest reaches the ceiling ${formatYuan(limit)}`, spec.ceiling.param);
      return;
    }
    case 'tiered': {
      const tiers = walk.rule.parameters.get(spec.tiers.param);
      if (!tiers || tiers.kind !== 'tiers' || !tiers.value) return;
      const move = moving(walk, tiers.value.base);
      if (!move) return;
      const limit = parameter(walk, spec.ceiling.param).value;
      let binding = false;
      for (const bracket of tiers.value.brackets) {
        const point = inputAt(bracket.from, move, walk.project);
        add(walk, 'changes', point, `the bracket from ${formatYuan(bracket.from)} (${formatYuan(bracket.amount)})`);
        if (!binding && bracket.amount.greaterThanOrEqualTo(limit)) {
          binding = true;
          add(walk, 'starts-binding', point, `the bracket reaches the ceiling ${formatYuan(limit)}`, spec.ceiling.param);
        }
      }
      return;
    }
    case 'unquantified':
      return;
    case 'by-interpretation':
      leafPoints(spec.options[choose(spec.interpretation, walk.scope)]!, walk);
      return;
    case 'cases': {
      for (const entry of spec.cases) conditionPoints(entry.when, walk, 'the case changes');
      const match = spec.cases.find((entry) => holds(entry.when, walk.scope));
      leafPoints(match ? match.then : spec.otherwise, walk);
    }
  }
}

/**
 * The exact input values at which a cap starts or stops binding, or a
 * formula changes (a tier, a condition), as one input of the project grows,
 * all else as given. Computed from the rules (each amount is linear in the
 * input between its breakpoints), not by search: for the Qingshan Lake
 * co-investment along `investment.actual`, the 30,000,000 ceiling starts
 * binding where 30% of the eligible investment reaches it, at an eligible
 * investment of 100,000,000 (333,333,333.33…, exactly 1000000000/3, for the
 * 100,000,000 ceiling of a particularly important project).
 *
 * Amounts are rounded to the cent, so an amount reaches its cap up to half a
 * cent's worth of input before the exact breakpoint.
 *
 * @param project - the project (see `ProjectInput`)
 * @param policy - a built-in policy id or a pack
 * @param path - the input that varies: one of the paths listed in the error for any other
 * @param options - the assessment date and interpretations, as for `evaluate`
 * @returns the breakpoints, in increasing order of the input
 * @throws {IncentiveInputError} for an invalid project or options, a path without a known relation, or
 *   one naming a talent or a loan the project does not have (as `sweep` does)
 *
 * @example
 * breakpoints({ name: 'x', asOf: '2019-01-01', investment: { actual: '1' } }, 'qingshan-lake-2018', 'investment.actual')
 *   .map((point) => `${point.event} ${point.cap} ${point.exact}`);
 * //=> ['starts-binding ceiling 100000000', 'stops-binding rate 100000000']
 */
export function breakpoints(
  project: ProjectInput,
  policy: EvaluateOptions['policy'],
  path: string,
  options: Omit<EvaluateOptions, 'policy'> = {},
): Breakpoint[] {
  const [input, named, settings] = readArguments(
    { value: project },
    { value: policy, at: ['options', 'policy'], keep: keepPackAt() },
    { value: options, at: ['options'] },
  );
  const resolved = resolveOptions({ ...(isRecord(settings) ? settings : {}), policy: named }, IDS_OR_PACKS);
  const validated = validateWithPacks(input);
  const relation = typeof path === 'string' ? relationOf(path) : undefined;
  const issues: InputIssue[] = [...(resolved.ok ? [] : resolved.issues), ...(validated.ok ? [] : validated.issues)];
  if (!isRecord(settings)) issues.push({ code: 'invalid_type', path: ['options'], message: MESSAGES.object(settings) });
  if (!relation) issues.push({ code: 'unknown_option', path: ['path'], message: MESSAGES.breakpointPath(path, PATHS) });
  else if (validated.ok && !entryExists(relation, validated.project)) issues.push({ code: 'not_found', path: ['path'], message: MESSAGES.pathNotFound(path) });
  const asOf = (resolved.ok ? resolved.options.asOf : undefined) ?? (validated.ok ? validated.project.asOf : undefined);
  if (issues.length === 0 && asOf === undefined) issues.push({ code: 'required', path: ['asOf'], message: MESSAGES.missingAsOf });
  if (issues.length === 0 && resolved.ok && validated.ok && asOf !== undefined) {
    issues.push(...unknownSourceProjects(resolved.options.pack, validated.project), ...checkWorkload(resolved.options.pack, validated.project, asOf, resolved.options));
  }
  if (issues.length > 0 || !resolved.ok || !validated.ok || !relation || asOf === undefined) throw new IncentiveInputError(issues);

  const { pack, interpretations } = resolved.options;
  const choices = new Choices(allInterpretations(pack.definition), interpretations);
  const found: Breakpoint[] = [];
  const talent = relation.talentIndex === undefined ? undefined : validated.project.talents[relation.talentIndex];
  for (const rule of pack.rules) {
    const isTalentRule = rule.definition.scope === 'talent';
    if (isTalentRule !== (talent !== undefined)) continue;
    const facts: FactContext = { project: validated.project, asOf, pack: readPackFacts(pack.definition, validated.project).facts, ...(talent && { talent }) };
    const scope: ConditionScope = { facts, choices, ruleId: rule.definition.id, consulted: new Set() };
    if (isTalentRule && rule.definition.concerns && !holds(rule.definition.concerns, scope)) continue;
    const walk: Walk = { rule, relation, project: validated.project, scope, found, ...(talent && { beneficiary: talent.name }) };
    for (const test of rule.definition.eligibility) conditionPoints(test.when, walk, 'eligibility changes');
    leafPoints(rule.definition.amount, walk);
  }
  return found.sort((a, b) => a.at.comparedTo(b.at));
}
