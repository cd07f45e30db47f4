import { exportPolicy } from '../api/export-policy.js';
import { listPolicies } from '../api/list-policies.js';
import type { PolicyDefinition, RuleDefinition } from '../engine/definition.js';
import { amountText, conditionText, parameterText } from '../report/describe-rule.js';
import { pick } from '../report/localize.js';
import type { Locale } from '../report/texts.js';

function interpretationsOf(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const entry of value) interpretationsOf(entry, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record['interpretation'] === 'string') found.add(record['interpretation']);
    for (const entry of Object.values(record)) interpretationsOf(entry, found);
  }
  return found;
}

/** Finds a rule by its id among the built-in packs. */
export function findRule(ruleId: string): { policy: PolicyDefinition; rule: RuleDefinition } | undefined {
  for (const summary of listPolicies()) {
    const policy = exportPolicy(summary.id);
    const rule = policy.rules.find((candidate) => candidate.id === ruleId);
    if (rule) return { policy, rule };
  }
  return undefined;
}

/** A rule explained: its amount, parameters with their sources, conditions, quote and interpretations. */
export function explainRule(policy: PolicyDefinition, rule: RuleDefinition, locale: Locale, markdown: boolean): string {
  const head = (text: string) => (markdown ? `### ${text}` : text);
  const bullet = (text: string) => (markdown ? `- ${text}` : `  - ${text}`);
  const lines = [
    markdown ? `## ${rule.id}` : `${rule.id}\n${'='.repeat(rule.id.length)}`,
    '',
    `${pick(rule.label, locale)} (${rule.instrument}, ${rule.scope === 'talent' ? 'per talent' : 'per project'})`,
    `${pick(policy.name, locale)}; source ${policy.source.document} (${policy.source.published})`,
    '',
    head('Source sentence'),
    `  “${rule.citation.quote}”`,
    '',
    head('Amount'),
    ...amountText(rule.amount, rule, '\n').split('\n').map((line) => `  ${line}`),
    '',
    head('Parameters (override them by these names)'),
    ...Object.entries(rule.parameters).map(([name, parameter]) =>
      bullet(`${name} = ${parameterText(rule, name)} (${parameter.unit}; ${pick(parameter.label, locale)}; since ${parameter.since}): “${parameter.citation.quote}”`)),
  ];
  if (Object.keys(rule.parameters).length === 0) lines.push(bullet('none'));
  lines.push('', head('Conditions'));
  if (rule.eligibility.length === 0) lines.push(bullet('none stated in the source'));
  for (const test of rule.eligibility) {
    const when = test.appliesIf ? ` (only if ${conditionText(test.appliesIf)})` : '';
    lines.push(bullet(`${pick(test.met, locale)} [${conditionText(test.when)}]${when}`));
  }
  const used = interpretationsOf(rule, new Set());
  for (const group of policy.groups) if (group.rules.includes(rule.id)) interpretationsOf(group, used);
  if (used.size > 0) {
    lines.push('', head('Interpretations'));
    for (const interpretation of policy.interpretations.filter((candidate) => used.has(candidate.id))) {
      lines.push(bullet(`${interpretation.id}: ${pick(interpretation.question, locale)}`));
      for (const option of interpretation.options) {
        lines.push(`${markdown ? '  - ' : '      '}${option.value}${option.value === interpretation.default ? ' (default)' : ''}: ${pick(option.rationale, locale)}`);
      }
    }
  }
  if (rule.notes?.length) {
    lines.push('', head('Notes'));
    for (const note of rule.notes) lines.push(bullet(pick(note, locale)));
  }
  return `${lines.join('\n')}\n`;
}
