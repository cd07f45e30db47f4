import { exportPolicy } from '../api/export-policy.js';
import { listPolicies } from '../api/list-policies.js';
import type { PolicyDefinition, RuleDefinition } from '../engine/definition.js';
import type { PolicyPack } from '../api/policy-pack.js';
import { ruleHint } from '../schema/messages.js';
import { UsageError } from './errors.js';
import { shown } from './shown.js';

/**
 * A rule of the built-in packs, or of the pack given, by its id, with the pack it belongs to.
 *
 * @param ruleId - `<pack id>/<rule name>`
 * @param policy - the pack to look in (a built-in id, or a pack from a file); absent, every built-in pack
 * @returns the pack and the rule
 * @throws {UsageError} when no pack has the rule, with the closest id
 *
 * @example
 * findRule('qingshan-lake-2018/talent-rent').policy.id; //=> 'qingshan-lake-2018'
 */
export function findRule(ruleId: string, policy?: string | PolicyPack): { policy: PolicyDefinition; rule: RuleDefinition } {
  const policies = policy === undefined ? listPolicies().map((summary) => exportPolicy(summary.id)) : [exportPolicy(policy)];
  for (const definition of policies) {
    const rule = definition.rules.find((candidate) => candidate.id === ruleId);
    if (rule) return { policy: definition, rule };
  }
  const ids = policies.flatMap((policy) => policy.rules.map((rule) => rule.id));
  throw new UsageError(`No rule ${shown(ruleId)}.${ruleHint(ruleId, ids)} "chip-incentives policies" lists the rules.`);
}
