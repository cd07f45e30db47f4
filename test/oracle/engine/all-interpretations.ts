import type { InterpretationDefinition, PolicyDefinition } from './definition.js';
import { paymentsBeforeSource } from './payments-before-source.js';

const lists = new WeakMap<PolicyDefinition, readonly InterpretationDefinition[]>();

/**
 * Every interpretation an assessment under a pack can consult: the pack's
 * own, then those the engine offers for every pack (`paymentsBeforeSource`).
 * The engine's are not part of the pack's data, so an exported pack loads back
 * unchanged. The same list for the same pack.
 *
 * @param definition - the pack
 * @returns the pack's interpretations followed by the engine's
 *
 * @example
 * allInterpretations(jiashan).map((interpretation) => interpretation.id);
 * //=> ['paymentsBeforeSource']
 */
export function allInterpretations(definition: PolicyDefinition): readonly InterpretationDefinition[] {
  let found = lists.get(definition);
  if (!found) lists.set(definition, (found = [...definition.interpretations, paymentsBeforeSource(definition)]));
  return found;
}
