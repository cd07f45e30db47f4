import type { CompiledPack, CompiledRule } from '../engine/compiled.js';
import type { AmountSpec, Condition } from '../engine/definition.js';
import type { Project } from '../schema/project-types.js';

/** The tests of a condition, every `all`, `any` and `not` counted too (and each value of an `includesAny`), found without recursion. */
function testsOf(conditions: ReadonlyArray<Condition | undefined>): number {
  let count = 0;
  const pending = conditions.filter((condition) => condition !== undefined);
  for (let condition = pending.pop(); condition !== undefined; condition = pending.pop()) {
    // A list a fact must include one of is read value by value.
    count += 'includesAny' in condition ? Math.max(1, condition.includesAny.length) : 1;
    if ('all' in condition) pending.push(...condition.all);
    else if ('any' in condition) pending.push(...condition.any);
    else if ('not' in condition) pending.push(condition.not);
  }
  return count;
}

/** The conditions of an amount's cases, under every reading. */
function amountConditions(amount: AmountSpec): Condition[] {
  const found: Condition[] = [];
  const pending: AmountSpec[] = [amount];
  for (let spec = pending.pop(); spec !== undefined; spec = pending.pop()) {
    if (spec.block === 'by-interpretation') pending.push(...Object.values(spec.options));
    else if (spec.block === 'cases') {
      for (const entry of spec.cases) {
        found.push(entry.when);
        pending.push(entry.then);
      }
      pending.push(spec.otherwise);
    }
  }
  return found;
}

const perRule = new WeakMap<CompiledRule['definition'], number>();

/** Every test one item of a rule may check: its eligibility, whom it concerns, its amount's cases. */
function ruleTests(rule: CompiledRule): number {
  let count = perRule.get(rule.definition);
  if (count === undefined) {
    const { eligibility, concerns, amount } = rule.definition;
    count = testsOf([...eligibility.flatMap((test) => [test.when, test.appliesIf]), concerns, ...amountConditions(amount)]);
    perRule.set(rule.definition, count);
  }
  return count;
}

/**
 * How many condition tests one assessment of a project may check, at most:
 * each rule's tests (every `all`, `any` and `not` counted) once for a
 * project rule and once per talent for a talent rule, and the pack's
 * audience once per item. An upper bound, counted before anything is
 * evaluated, for the budget of `opportunities`: a pack whose conditions
 * are large makes each changed project costly however few its items.
 *
 * @param pack - the pack
 * @param project - the project, validated
 * @returns the count
 *
 * @example
 * conditionChecks(qingshanLake, { ...project, talents: [] }); //=> 67
 */
export function conditionChecks(pack: CompiledPack, project: Project): number {
  const audience = testsOf([pack.definition.audience?.appliesIf]) + (pack.definition.audience ? 1 : 0);
  return pack.rules.reduce((total, rule) => {
    const items = rule.definition.scope === 'talent' ? project.talents.length : 1;
    return total + items * (ruleTests(rule) + audience);
  }, 0);
}
