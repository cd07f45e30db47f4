import type { RecordedOptions, RecordedValue } from '../engine/assessment.js';
import type { Overrides } from '../engine/compiled.js';
import type { PolicyDefinition } from '../engine/definition.js';
import type { TranchePlan } from '../engine/evaluate-rule.js';

/**
 * The caller's validated overrides and payment plans written back as the
 * options `evaluate` reads: amounts and rates as decimal strings, months as
 * whole numbers (as the options take them), tier tables as they are.
 */
export function recordOptions(pack: PolicyDefinition, overrides: Overrides, plans: ReadonlyMap<string, TranchePlan>): Pick<RecordedOptions, 'overrides' | 'schedules'> {
  const recordedOverrides: RecordedOptions['overrides'] = {};
  for (const [ruleId, values] of Object.entries(overrides)) {
    const parameters = pack.rules.find((rule) => rule.id === ruleId)?.parameters ?? {};
    const rule: Record<string, RecordedValue> = {};
    for (const [name, value] of Object.entries(values)) {
      const unit = Object.hasOwn(parameters, name) ? parameters[name]?.unit : undefined;
      const months = unit === 'months' || unit === 'years';
      rule[name] = months && typeof value === 'string' ? Number.parseInt(value, 10) : value;
    }
    recordedOverrides[ruleId] = rule;
  }
  const schedules: RecordedOptions['schedules'] = {};
  for (const [ruleId, plan] of plans) schedules[ruleId] = plan.map((tranche) => ({ date: tranche.date, share: tranche.share.toFixed() }));
  return { overrides: recordedOverrides, schedules };
}
