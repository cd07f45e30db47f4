import { exportPolicy } from '../api/export-policy.js';
import { listPolicies } from '../api/list-policies.js';
import type { PolicyDefinition, RuleDefinition } from '../engine/definition.js';
import { ruleHint } from '../schema/messages.js';
import { UsageError } from './errors.js';
import { shown } from './shown.js';

/**
 * A rule of the built-in packs, by its id, with the pack it belongs to.
 *
 * @param ruleId - `<pack id>/<rule name>`
 * @returns the pack and the rule
 * @throws {UsageError} when no pack has the rule, with the closest id
 *
 * @example
 * findRule('qingshan-lake-2018/talent-rent').policy.id; //=> 'qingshan-lake-2018'
 */
export function findRule(ruleId: string): { policy: PolicyDefinition; rule: RuleDefinition } {
  const policies = listPolicies().map((summary) => exportPolicy(summary.id));
  for (const policy of policies) {
    const rule = policy.rules.find((candidate) => candidate.id === ruleId);
    if (rule) return { policy, rule };
  }
  const ids = policies.flatMap((policy) => policy.rules.map((rule) => rule.id));
  throw new UsageError(`No rule ${shown(ruleId)}.${ruleHint(ruleId, ids)} "chip-incentives policies" lists the rules.`);
}
