import { Decimal } from '../../../src/money/decimal.js';
import { frozenDecimal } from '../../../src/money/frozen-decimal.js';
import type { Bracket } from '../rules/tiered.js';
import type {
  NumberParameter,
  ParameterDefinition,
  PolicyDefinition,
  RuleDefinition,
  TierTable,
  TiersParameter,
} from './definition.js';
import { freezeResult } from './freeze-result.js';

/** A tier table with its values read into Decimals. */
export interface CompiledTiers {
  base: string;
  brackets: Bracket[];
}

/** A numeric parameter with its value read once into a Decimal. */
export interface CompiledNumberParameter {
  kind: 'number';
  name: string;
  value: Decimal;
  definition: NumberParameter;
  /** The value the pack states, when an override has replaced it. */
  baseline?: Decimal;
}

/** A tier-table parameter, read once. */
export interface CompiledTiersParameter {
  kind: 'tiers';
  name: string;
  value: CompiledTiers | null;
  definition: TiersParameter;
  /** The table the pack states (usually none), when an override has replaced it. */
  baseline?: CompiledTiers | null;
}

export type CompiledParameter = CompiledNumberParameter | CompiledTiersParameter;

export interface CompiledRule {
  definition: RuleDefinition;
  parameters: ReadonlyMap<string, CompiledParameter>;
}

/** A value that replaces a parameter: a decimal string for a number, a table for tiers. */
export type ParameterValue = string | TierTable | null;

/** Replacement values by rule id, then parameter name. */
export type Overrides = Readonly<Record<string, Readonly<Record<string, ParameterValue>>>>;

/** A pack ready to evaluate: its definition, and its parameters as exact values. */
export interface CompiledPack {
  definition: PolicyDefinition;
  rules: readonly CompiledRule[];
  /** The overrides applied, in the order given. */
  overrides: ReadonlyArray<{ ruleId: string; parameter: string; unit: ParameterDefinition['unit']; baseline: string; value: string }>;
}

function compileTiers(table: TierTable | null): CompiledTiers | null {
  return table && {
    base: table.base,
    brackets: table.brackets.map((bracket) => ({ from: frozenDecimal(new Decimal(bracket.from)), amount: frozenDecimal(new Decimal(bracket.amount)) })),
  };
}

/** A parameter's value written for people and for the record of overrides. */
export function describeParameterValue(value: ParameterValue): string {
  if (value === null) return 'not published';
  if (typeof value === 'string') return value;
  return `${value.base}: ${value.brackets.map((bracket) => `from ${bracket.from}: ${bracket.amount}`).join('; ')}`;
}

function compileParameter(name: string, definition: ParameterDefinition, override: ParameterValue | undefined): CompiledParameter {
  if (definition.unit === 'tiers') {
    const value = compileTiers(definition.value);
    if (override === undefined || typeof override === 'string') return { kind: 'tiers', name, value, definition };
    return { kind: 'tiers', name, value: compileTiers(override), definition, baseline: value };
  }
  // Frozen: a parameter's value is handed out as it is (a cap's limit, an amount at its ceiling).
  const value = frozenDecimal(new Decimal(definition.value));
  if (typeof override !== 'string') return { kind: 'number', name, value, definition };
  return { kind: 'number', name, value: frozenDecimal(new Decimal(override)), definition, baseline: value };
}

/**
 * Reads every parameter value of a pack once, replacing those the overrides
 * name (already validated), so that an evaluation does not parse the same
 * strings again.
 */
export function compilePack(definition: PolicyDefinition, overrides: Overrides = {}): CompiledPack {
  // Frozen once, deep: every assessment shares its citations, labels and notes, and none may change them.
  freezeResult(definition);
  const applied: Array<CompiledPack['overrides'][number]> = [];
  const rules = definition.rules.map((rule) => {
    const ruleOverrides = Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : undefined;
    const parameters = new Map<string, CompiledParameter>();
    for (const [name, parameter] of Object.entries(rule.parameters)) {
      const override = ruleOverrides && Object.hasOwn(ruleOverrides, name) ? ruleOverrides[name] : undefined;
      if (override !== undefined) {
        applied.push({
          ruleId: rule.id,
          parameter: name,
          unit: parameter.unit,
          baseline: describeParameterValue(parameter.value),
          value: describeParameterValue(override),
        });
      }
      parameters.set(name, compileParameter(name, parameter, override));
    }
    return { definition: rule, parameters };
  });
  return { definition, rules, overrides: applied };
}
