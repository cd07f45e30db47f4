import type {
  Audience,
  Citation,
  EligibilityTest,
  GroupDefinition,
  InterpretationDefinition,
  ParameterDefinition,
  PolicyDefinition,
  RuleDefinition,
  TierTable,
} from '../../engine/definition.js';
import { FACTS } from '../../engine/facts.js';
import { Decimal } from '../../money/decimal.js';
import { MESSAGES } from '../../schema/messages.js';
import type { ParsedDefinition } from '../../schema/policy-definition.js';
import { declaredFacts } from '../../engine/pack-facts.js';
import type { Fact } from '../../engine/facts.js';
import { checkBoundAmount, checkMoney, checkUnitValue, type Problems } from './check-values.js';
import { normalizeDeclaredFacts } from './declared-facts.js';
import { normalizeCommitments } from './commitments.js';
import { normalizeAmount, normalizeCondition, type RuleScope } from './normalize-amount.js';
import { defaultReasons, toText } from './texts.js';
import { PAYMENTS_BEFORE_SOURCE } from '../../engine/payments-before-source.js';

type ParsedRule = ParsedDefinition['rules'][number];
type ParsedParameter = NonNullable<ParsedRule['parameters']>[string];

const AMOUNT_FACTS = Object.entries(FACTS).filter(([, fact]) => fact.type === 'amount' && fact.scope === 'project').map(([name]) => name);

function cite(citation: { document: string; quote: string }): Citation {
  return { document: citation.document, quote: citation.quote };
}

function fullId(pack: string, id: string, path: readonly string[], problems: Problems): string {
  if (!id.includes('/')) return `${pack}/${id}`;
  if (!id.startsWith(`${pack}/`)) problems.add('inconsistent', path, MESSAGES.wrongPack(id, pack));
  return id;
}

function tiersValue(table: { base: string; brackets: Array<{ from: unknown; amount: unknown }> } | null, path: readonly string[], problems: Problems): TierTable | null {
  if (table === null) return null;
  if (!AMOUNT_FACTS.includes(table.base)) problems.add('not_found', [...path, 'base'], MESSAGES.tierBase(table.base, AMOUNT_FACTS));
  const brackets = table.brackets.map((bracket, i) => ({
    from: checkUnitValue(bracket.from, 'CNY', [...path, 'brackets', String(i), 'from'], problems) ?? '0',
    amount: checkMoney(bracket.amount, [...path, 'brackets', String(i), 'amount'], problems) ?? '0',
  }));
  for (let i = 1; i < brackets.length; i += 1) {
    if (new Decimal(brackets[i]!.from).lessThanOrEqualTo(brackets[i - 1]!.from)) {
      problems.add('inconsistent', [...path, 'brackets', String(i), 'from'], MESSAGES.tierOrder);
    }
  }
  return { base: table.base, brackets };
}

function parameter(name: string, raw: ParsedParameter, rule: ParsedRule, published: string, path: readonly string[], problems: Problems): ParameterDefinition {
  const common = {
    label: raw.label ? toText(raw.label) : { en: name, zh: name },
    citation: cite(raw.citation ?? rule.citation),
    since: raw.since ?? published,
  };
  if (raw.unit === 'tiers') return { ...common, unit: 'tiers', value: tiersValue(raw.value, [...path, 'value'], problems) };
  return { ...common, unit: raw.unit, value: checkUnitValue(raw.value, raw.unit, [...path, 'value'], problems) ?? '0' };
}

function interpretations(parsed: ParsedDefinition, problems: Problems): InterpretationDefinition[] {
  const seen = new Set<string>();
  return (parsed.interpretations ?? []).map((raw, i) => {
    const path = ['interpretations', String(i)];
    if (seen.has(raw.id)) problems.add('duplicate', [...path, 'id'], MESSAGES.duplicateId(raw.id));
    // The engine offers this reading for every pack (see `allInterpretations`): a pack's own would shadow it.
    if (raw.id === PAYMENTS_BEFORE_SOURCE) problems.add('duplicate', [...path, 'id'], MESSAGES.reservedInterpretation(raw.id));
    seen.add(raw.id);
    const values = raw.options.map((option) => option.value);
    values.forEach((value, j) => {
      if (values.indexOf(value) !== j) problems.add('duplicate', [...path, 'options', String(j), 'value'], MESSAGES.duplicateId(value));
    });
    if (!values.includes(raw.default)) problems.add('not_found', [...path, 'default'], MESSAGES.defaultNotAReading(raw.default));
    return {
      id: raw.id,
      label: toText(raw.label),
      question: toText(raw.question ?? raw.label),
      default: raw.default,
      options: raw.options.map((option) => ({
        value: option.value,
        label: toText(option.label ?? option.value),
        rationale: toText(option.rationale),
      })),
      ...(raw.citations && { citations: raw.citations.map(cite) }),
    };
  });
}

function rule(raw: ParsedRule, index: number, parsed: ParsedDefinition, known: readonly InterpretationDefinition[], facts: ReadonlyMap<string, Fact>, problems: Problems): RuleDefinition {
  const path = ['rules', String(index)];
  const scope = raw.scope ?? 'project';
  const parameters: Record<string, ParameterDefinition> = {};
  for (const [name, value] of Object.entries(raw.parameters ?? {})) {
    parameters[name] = parameter(name, value, raw, parsed.source.published, [...path, 'parameters', name], problems);
  }
  const context: RuleScope = { scope, parameters, interpretations: known, problems, facts };
  const eligibility = (raw.eligibility ?? []).map((test, i): EligibilityTest => {
    const at = [...path, 'eligibility', String(i)];
    const reasons = defaultReasons(test.when, facts);
    return {
      when: normalizeCondition(test.when, [...at, 'when'], context),
      met: test.met ? toText(test.met) : reasons.met,
      unmet: test.unmet ? toText(test.unmet) : reasons.unmet,
      ...(test.appliesIf && { appliesIf: normalizeCondition(test.appliesIf, [...at, 'appliesIf'], context) }),
    };
  });
  if (raw.concerns && scope !== 'talent') problems.add('inconsistent', [...path, 'concerns'], MESSAGES.factScope('concerns'));
  return {
    id: fullId(parsed.id, raw.id, [...path, 'id'], problems),
    label: toText(raw.label),
    instrument: raw.instrument,
    scope,
    ...(raw.concerns && { concerns: normalizeCondition(raw.concerns, [...path, 'concerns'], { ...context, scope: 'talent' }) }),
    citation: cite(raw.citation),
    parameters,
    eligibility,
    amount: normalizeAmount(raw.amount, [...path, 'amount'], context),
    ...(raw.notes && { notes: raw.notes.map(toText) }),
    ...(raw.figures && {
      figures: raw.figures.map((figure) => ({
        label: toText(figure.label),
        value: String(figure.value),
        unit: figure.unit,
        ...(figure.qualifier && { qualifier: figure.qualifier }),
        citation: cite(figure.citation),
      })),
    }),
    ...(raw.alsoCites && { alsoCites: raw.alsoCites.map(cite) }),
    ...(raw.exit && { exit: raw.exit }),
    ...(raw.paidByPlanWhen && { paidByPlanWhen: normalizeCondition(raw.paidByPlanWhen, [...path, 'paidByPlanWhen'], context) }),
    ...(raw.commitments && { commitments: normalizeCommitments(raw.commitments, [...path, 'commitments'], context) }),
  };
}

function groups(parsed: ParsedDefinition, ruleIds: ReadonlySet<string>, known: readonly InterpretationDefinition[], facts: ReadonlyMap<string, Fact>, problems: Problems): GroupDefinition[] {
  const seen = new Set<string>();
  return (parsed.groups ?? []).map((raw, i): GroupDefinition => {
    const path = ['groups', String(i)];
    const id = fullId(parsed.id, raw.id, [...path, 'id'], problems);
    if (seen.has(id)) problems.add('duplicate', [...path, 'id'], MESSAGES.duplicateId(id));
    seen.add(id);
    const rules = raw.rules.map((ruleId, j) => {
      const full = fullId(parsed.id, ruleId, [...path, 'rules', String(j)], problems);
      if (!ruleIds.has(full)) problems.add('not_found', [...path, 'rules', String(j)], MESSAGES.unknownRule(full, [...ruleIds]));
      return full;
    });
    if (raw.kind === 'one-of') {
      const context: RuleScope = { scope: 'project', parameters: {}, interpretations: known, problems, facts };
      return {
        kind: 'one-of',
        id,
        rules,
        ...(raw.appliesIf && { appliesIf: normalizeCondition(raw.appliesIf, [...path, 'appliesIf'], context) }),
        reason: raw.reason ? toText(raw.reason) : { en: 'Only one of these items can be claimed: the larger is kept.', zh: '以下各项只能享受其一：保留较高者。' },
      };
    }
    return {
      kind: 'shared-cap',
      id,
      rules,
      cap: checkMoney(raw.cap, [...path, 'cap'], problems) ?? '0',
      label: raw.label ? toText(raw.label) : { en: `the shared cap ${id}`, zh: `共同上限 ${id}` },
      citation: cite(raw.citation),
      per: raw.per ?? 'project',
      allocation: raw.allocation ?? 'in-order',
    };
  });
}

function audience(raw: NonNullable<ParsedDefinition['audience']>, known: InterpretationDefinition[], facts: ReadonlyMap<string, Fact>, problems: Problems): Audience {
  const scope: RuleScope = { scope: 'project', parameters: {}, interpretations: known, problems, facts };
  return {
    industries: [...raw.industries],
    citations: raw.citations.map(cite),
    note: toText(raw.note),
    ...(raw.appliesIf && { appliesIf: normalizeCondition(raw.appliesIf, ['audience', 'appliesIf'], scope) }),
  };
}

/**
 * Turns a structurally valid definition into the engine's full form, applying
 * the defaults and checking every reference and value; the problems are
 * collected in `problems` with their paths.
 */
export function normalizeDefinition(parsed: ParsedDefinition, problems: Problems): PolicyDefinition {
  const known = interpretations(parsed, problems);
  const declared = normalizeDeclaredFacts(parsed, problems);
  const facts = declaredFacts({ id: parsed.id, facts: declared });
  const rules = parsed.rules.map((raw, i) => rule(raw, i, parsed, known, facts, problems));
  const ids = new Set<string>();
  rules.forEach((entry, i) => {
    if (ids.has(entry.id)) problems.add('duplicate', ['rules', String(i), 'id'], MESSAGES.duplicateId(entry.id));
    ids.add(entry.id);
  });
  return {
    id: parsed.id,
    version: parsed.version ?? '1.0.0',
    name: toText(parsed.name),
    jurisdiction: {
      level: parsed.jurisdiction.level,
      name: toText(parsed.jurisdiction.name),
      within: (parsed.jurisdiction.within ?? []).map(toText),
      ...(parsed.jurisdiction.area && { area: toText(parsed.jurisdiction.area) }),
    },
    source: {
      document: parsed.source.document,
      title: parsed.source.title ?? parsed.source.document,
      published: parsed.source.published,
      ...(parsed.source.dateNote && { dateNote: toText(parsed.source.dateNote) }),
      ...(parsed.source.dateEvidence && { dateEvidence: parsed.source.dateEvidence.map(cite) }),
    },
    validity: {
      ...(parsed.validity?.until !== undefined && { until: parsed.validity.until }),
      note: parsed.validity?.note ? toText(parsed.validity.note) : { en: 'No expiry stated in the source.', zh: '原文未规定有效期。' },
    },
    interpretations: known,
    rules,
    groups: groups(parsed, ids, known, facts, problems),
    funds: (parsed.funds ?? []).map((fund, i) => ({
      id: fund.id,
      label: toText(fund.label),
      // A bound may be exact beyond the cent (a quotient); it is rounded toward its side where it is used.
      amount: (fund.bound ? checkBoundAmount : checkMoney)(fund.amount, ['funds', String(i), 'amount'], problems) ?? '0',
      period: 'year',
      citation: cite(fund.citation),
      ...(fund.derivation && { derivation: toText(fund.derivation) }),
      ...(fund.bound && { bound: fund.bound }),
    })),
    facts: declared,
    programmeFacts: (parsed.programmeFacts ?? []).map((fact, i) => ({
      id: fact.id,
      label: toText(fact.label),
      value: checkUnitValue(fact.value, fact.unit === 'ratio' ? 'ratio' : 'CNY', ['programmeFacts', String(i), 'value'], problems) ?? '0',
      unit: fact.unit,
      ...(fact.qualifier && { qualifier: fact.qualifier }),
      citations: fact.citations.map(cite),
      ...(fact.derivation && { derivation: toText(fact.derivation) }),
    })),
    limitations: (parsed.limitations ?? []).map(toText),
    ...(parsed.audience && { audience: audience(parsed.audience, known, facts, problems) }),
  };
}
