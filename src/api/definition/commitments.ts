import type { ClawbackSpec, CommitmentDefinition, ParameterUnit } from '../../engine/definition.js';
import type { Fact } from '../../engine/facts.js';
import { MESSAGES } from '../../schema/messages.js';
import type { ParsedDefinition } from '../../schema/policy-definition.js';
import { checkFact, checkUnitValue } from './check-values.js';
import type { RuleScope } from './normalize-amount.js';
import { toText } from './texts.js';

type ParsedCommitment = NonNullable<ParsedDefinition['rules'][number]['commitments']>[number];

/** The facts a commitment can name, and the unit its target is written in. */
const TARGET_UNIT: Partial<Record<Fact['type'], ParameterUnit>> = {
  'amount': 'CNY',
  'amount-series': 'CNY',
  'count': 'count',
  'count-series': 'count',
  'rate': 'ratio',
};

const COMMITTED_TYPES = Object.keys(TARGET_UNIT) as Array<Fact['type']>;

/** The parameter a reference names, checked to exist and to be in `unit`; `wrongUnit` says what its unit should have been. */
function parameterIn(name: string, unit: ParameterUnit, path: readonly string[], rule: RuleScope, wrongUnit: (given: string) => string): void {
  const parameter = Object.hasOwn(rule.parameters, name) ? rule.parameters[name] : undefined;
  if (!parameter) rule.problems.add('not_found', [...path, 'param'], MESSAGES.unknownParameter(name, Object.keys(rule.parameters)));
  else if (parameter.unit !== unit) rule.problems.add('inconsistent', [...path, 'param'], wrongUnit(parameter.unit));
}

/** The target: a parameter in the fact's unit, or a value of it written in place (kept as its exact string). */
function target(raw: ParsedCommitment, unit: ParameterUnit | undefined, path: readonly string[], rule: RuleScope): CommitmentDefinition['atLeast'] {
  const at = [...path, 'atLeast'];
  if (typeof raw.atLeast === 'object') {
    if (unit) parameterIn(raw.atLeast.param, unit, at, rule, (given) => MESSAGES.commitmentTargetUnit(given, unit));
    return { param: raw.atLeast.param };
  }
  // A literal is checked as a value of the fact (cents for money, a whole count, a ratio); without a known fact, only kept.
  return (unit && checkUnitValue(raw.atLeast, unit, at, rule.problems)) ?? String(raw.atLeast);
}

function clawback(raw: ParsedCommitment['clawback'], path: readonly string[], rule: RuleScope): ClawbackSpec {
  if (raw.kind !== 'share') return { kind: raw.kind };
  parameterIn(raw.share.param, 'ratio', [...path, 'share'], rule, (given) => MESSAGES.clawbackShareUnit(raw.share.param, given));
  return { kind: 'share', share: { param: raw.share.param } };
}

function commitment(raw: ParsedCommitment, path: readonly string[], rule: RuleScope): CommitmentDefinition {
  // A commitment is the project's: a talent's fact cannot be one, even on a rule about talents.
  const fact = checkFact(raw.fact, [...path, 'fact'], rule.problems, 'project', [...COMMITTED_TYPES, 'boolean', 'date', 'text', 'list', 'loans'], rule.facts);
  const unit = fact ? TARGET_UNIT[fact.type] : undefined;
  if (fact && !unit) rule.problems.add('inconsistent', [...path, 'fact'], MESSAGES.commitmentFactType(raw.fact, fact.type));
  const isSeries = fact?.type === 'amount-series' || fact?.type === 'count-series';
  if (isSeries && raw.series === undefined) rule.problems.add('required', [...path, 'series'], MESSAGES.commitmentSeriesNeeded(raw.fact));
  if (fact && !isSeries && raw.series !== undefined) rule.problems.add('inconsistent', [...path, 'series'], MESSAGES.commitmentSeriesNotSeries(raw.fact));
  return {
    id: raw.id,
    label: toText(raw.label),
    citation: { document: raw.citation.document, quote: raw.citation.quote },
    fact: raw.fact,
    ...(raw.series !== undefined && { series: raw.series }),
    atLeast: target(raw, unit, path, rule),
    by: raw.by,
    clawback: clawback(raw.clawback, [...path, 'clawback'], rule),
  };
}

/**
 * A rule's commitments, checked: unique ids within the rule; a fact of the
 * project that can reach a value (an amount, a count, a rate, or a series of
 * amounts or counts, with `series` saying how it is read, and only then); a
 * target that is a parameter of the rule in the fact's unit (`CNY`, `count`
 * or `ratio`) or a value of it; a clawback share that is a `ratio` parameter.
 *
 * @param raw - the commitments as written, after the structural checks
 * @param path - where they are (`['rules', '0', 'commitments']`)
 * @param rule - the rule's parameters, the pack's facts and where to record problems
 * @returns the commitments in the engine's form
 *
 * @example
 * normalizeCommitments([{ id: 'jobs', label: 'Jobs', citation, fact: 'my-district/jobs', atLeast: '200', by: '2028-12-31', clawback: { kind: 'pro-rata' } }], path, rule);
 * //=> [{ id: 'jobs', label: { en: 'Jobs', zh: 'Jobs' }, citation, fact: 'my-district/jobs', atLeast: '200', by: '2028-12-31', clawback: { kind: 'pro-rata' } }]
 */
export function normalizeCommitments(raw: readonly ParsedCommitment[], path: readonly string[], rule: RuleScope): CommitmentDefinition[] {
  const seen = new Set<string>();
  return raw.map((entry, i) => {
    const at = [...path, String(i)];
    if (seen.has(entry.id)) rule.problems.add('duplicate', [...at, 'id'], MESSAGES.duplicateId(entry.id));
    seen.add(entry.id);
    return commitment(entry, at, rule);
  });
}
