import { Decimal } from '../money/decimal.js';
import type { ParameterDefinition, PolicyDefinition, RuleDefinition } from './definition.js';

/** A parameter with its value read once into a Decimal. */
export interface CompiledParameter {
  name: string;
  value: Decimal;
  definition: ParameterDefinition;
  /** The value the pack states, when a reform has replaced it. */
  baseline?: Decimal;
}

export interface CompiledRule {
  definition: RuleDefinition;
  parameters: ReadonlyMap<string, CompiledParameter>;
}

/** A pack ready to evaluate: its definition, and its parameters as exact values. */
export interface CompiledPack {
  definition: PolicyDefinition;
  rules: readonly CompiledRule[];
}

/**
 * Reads every parameter value of a pack once, so that an evaluation does not
 * parse the same strings again.
 */
export function compilePack(definition: PolicyDefinition): CompiledPack {
  return {
    definition,
    rules: definition.rules.map((rule) => ({
      definition: rule,
      parameters: new Map(
        Object.entries(rule.parameters).map(([name, parameter]) => [
          name,
          { name, value: new Decimal(parameter.value), definition: parameter },
        ]),
      ),
    })),
  };
}
