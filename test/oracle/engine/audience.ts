import { holds, type ConditionScope } from './conditions.js';
import type { Audience, Text } from './definition.js';
import { ENGINE_TEXTS } from './texts.js';

/**
 * Why an item is outside the pack's audience, or `undefined` when it is not:
 * the project states an industry the source does not concern. A project that
 * states none is taken to be in the audience (the assessment warns once, see
 * `audienceWarning`). Tested before the rule's own conditions, in the item's
 * scope, so that an interpretation the audience depends on is recorded on the
 * item.
 *
 * @param audience - the pack's audience, if it declares one
 * @param scope - the item's facts, interpretations and rule
 * @returns the reason in both languages, or `undefined`
 *
 * @example
 * outsideAudience(QINGSHAN_LAKE_2018.audience, scopeOfAWarehouse)?.en;
 * //=> 'The project states its industry as "other"; the source concerns semiconductor and integrated-circuit projects, so this offer does not apply to it.'
 */
export function outsideAudience(audience: Audience | undefined, scope: ConditionScope): Text | undefined {
  const industry = scope.facts.project.industry;
  if (audience === undefined || (industry !== undefined && audience.industries.includes(industry))) return undefined;
  // Tested (and so recorded) for a project of no stated industry too: the assessment's warning depends on it.
  if (audience.appliesIf && !holds(audience.appliesIf, scope)) return undefined;
  return industry === undefined ? undefined : ENGINE_TEXTS.outsideAudience(industry, audience.note);
}
