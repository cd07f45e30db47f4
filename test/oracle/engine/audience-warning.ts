import { Choices } from './choices.js';
import { holds } from './conditions.js';
import type { PolicyDefinition, Text } from './definition.js';
import type { FactContext } from './facts.js';
import { ENGINE_TEXTS } from './texts.js';

/**
 * The assessment's one warning when the pack concerns some industries and
 * the project does not say which it is in: it was assessed as in the
 * audience. The audience's condition is tested with choices of its own, so
 * that this check records no interpretation as consulted by any item.
 *
 * @param definition - the pack
 * @param facts - the project and the assessment date
 * @param chosen - the caller's readings, by interpretation id
 * @returns the warning in both languages, or `undefined`
 *
 * @example
 * audienceWarning(QINGSHAN_LAKE_2018, { project: withoutIndustry, asOf: '2024-01-01' }, {})?.en;
 * //=> 'The source concerns semiconductor and integrated-circuit projects; the project states no industry, so it was assessed as one of them. State "industry" to check it.'
 */
export function audienceWarning(definition: PolicyDefinition, facts: FactContext, chosen: Readonly<Record<string, string>>): Text | undefined {
  const audience = definition.audience;
  if (audience === undefined || facts.project.industry !== undefined) return undefined;
  if (audience.appliesIf) {
    const probe = { facts, choices: new Choices(definition.interpretations, chosen), ruleId: definition.id, consulted: new Set<string>() };
    if (!holds(audience.appliesIf, probe)) return undefined;
  }
  return ENGINE_TEXTS.industryNotStated(audience.note);
}
