import type { TranchePlan } from '../engine/evaluate-rule.js';
import { unknownFieldIssues } from '../schema/unknown-fields.js';
import type { PolicyDefinition } from '../engine/definition.js';
import { sum } from '../money/money.js';
import { readFraction } from '../schema/amount.js';
import { readDate, Refusal } from '../schema/field-readers.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { isRecord } from '../schema/is-record.js';

const MAX_TRANCHES = 120;


function readPlan(raw: unknown, path: string[], issues: InputIssue[]): TranchePlan | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_TRANCHES) {
    issues.push({ code: Array.isArray(raw) ? 'out_of_range' : 'invalid_type', path, message: MESSAGES.trancheCount(MAX_TRANCHES) });
    return undefined;
  }
  const before = issues.length;
  const plan = raw.flatMap((tranche: unknown, index) => {
    const at = [...path, String(index)];
    if (!isRecord(tranche)) {
      issues.push({ code: 'invalid_type', path: at, message: MESSAGES.object(tranche) });
      return [];
    }
    issues.push(...unknownFieldIssues(tranche, ['date', 'share'], at));
    const date = readDate(tranche['date']);
    if (date instanceof Refusal) issues.push({ code: date.code, path: [...at, 'date'], message: date.message });
    const share = readFraction(tranche['share'], 'share');
    if (!share.ok) issues.push({ code: share.code, path: [...at, 'share'], message: share.message });
    return !(date instanceof Refusal) && share.ok ? [{ date, share: share.value }] : [];
  });
  if (issues.length > before) return undefined;
  const total = sum(plan.map((tranche) => tranche.share));
  if (!total.equals(1)) {
    issues.push({ code: 'inconsistent', path, message: MESSAGES.sharesSum(total.toFixed()) });
    return undefined;
  }
  return plan;
}

/**
 * Validates payment plans by rule id: `{ [ruleId]: [{ date, share }, …] }`,
 * shares being fractions that sum to exactly 1 (30% at the start and 70% at
 * production: `[{ date: '2019-01-01', share: '0.3' }, { date: '2020-06-30', share: '0.7' }]`).
 */
export function resolveTranchePlans(pack: PolicyDefinition, raw: unknown, issues: InputIssue[]): Map<string, TranchePlan> {
  const path = ['options', 'schedules'];
  const plans = new Map<string, TranchePlan>();
  if (raw === undefined) return plans;
  if (!isRecord(raw)) {
    issues.push({ code: 'invalid_type', path, message: MESSAGES.object(raw) });
    return plans;
  }
  for (const [ruleId, plan] of Object.entries(raw)) {
    if (!pack.rules.some((rule) => rule.id === ruleId)) {
      issues.push({ code: 'unknown_option', path: [...path, ruleId], message: MESSAGES.unknownRule(ruleId, pack.rules.map((r) => r.id)) });
      continue;
    }
    const read = readPlan(plan, [...path, ruleId], issues);
    if (read) plans.set(ruleId, read);
  }
  return plans;
}
