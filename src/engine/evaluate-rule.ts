import { ZERO } from '../money/money.js';
import type { TraceStep } from '../rules/types.js';
import type { LineItem } from './assessment.js';
import type { Choices } from './choices.js';
import type { CompiledRule } from './compiled.js';
import { computeAmount } from './compute-amount.js';
import { holds, type ConditionScope } from './conditions.js';
import type { Citation, EligibilityTest, Text } from './definition.js';
import type { FactContext } from './facts.js';
import { ENGINE_TEXTS } from './texts.js';

function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const key = `${citation.document}\u0000${citation.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function ineligible(base: Omit<LineItem, 'status' | 'basis' | 'amount' | 'formula' | 'caps' | 'reasons' | 'translations' | 'trace' | 'notes'>,
  rule: CompiledRule, reasons: readonly Text[], trace: TraceStep[]): LineItem {
  const notes = rule.definition.notes ?? [];
  return {
    ...base,
    status: 'ineligible',
    basis: 'formula',
    amount: ZERO,
    formula: ENGINE_TEXTS.notEligibleFormula,
    caps: [],
    reasons: reasons.map((reason) => reason.en),
    notes: notes.map((note) => note.en),
    trace: [...trace, { label: 'not eligible: amount', value: '0.00' }],
    translations: {
      zh: { label: rule.definition.label.zh, reasons: reasons.map((r) => r.zh), notes: notes.map((n) => n.zh) },
    },
  };
}

/**
 * Tests a rule's conditions in order. A test with `appliesIf` refines a
 * condition that could otherwise be met (it may depend on an interpretation),
 * so it is considered only while every test before it holds: an item that
 * fails anyway does not consult the interpretation.
 */
function testEligibility(tests: readonly EligibilityTest[], scope: ConditionScope): Array<{ test: EligibilityTest; met: boolean }> {
  const results: Array<{ test: EligibilityTest; met: boolean }> = [];
  for (const test of tests) {
    if (test.appliesIf) {
      if (results.some((result) => !result.met) || !holds(test.appliesIf, scope)) continue;
    }
    results.push({ test, met: holds(test.when, scope) });
  }
  return results;
}

function evaluateItem(rule: CompiledRule, facts: FactContext, choices: Choices): LineItem {
  const definition = rule.definition;
  const consulted = new Set<string>();
  const scope = { facts, choices, ruleId: definition.id, consulted, rule, usedParameters: new Set<string>() };
  const results = testEligibility(definition.eligibility, scope);
  const trace: TraceStep[] = results.map(({ test, met }) => ({ label: `condition: ${test.met.en}`, value: String(met) }));
  const failed = results.filter((result) => !result.met).map((result) => result.test.unmet);
  const base = {
    ruleId: definition.id,
    ...(facts.talent && { beneficiary: facts.talent.name }),
    label: definition.label.en,
    instrument: definition.instrument,
    citation: definition.citation,
    citations: [definition.citation],
    interpretations: [] as string[],
  };
  const finish = (item: LineItem): LineItem => ({ ...item, interpretations: [...consulted] });
  if (failed.length > 0) return finish(ineligible(base, rule, failed, trace));

  const outcome = computeAmount(definition.amount, scope);
  if (!outcome.ok) return finish(ineligible(base, rule, [ENGINE_TEXTS.missingFact(outcome.missing)], trace));

  const { result } = outcome;
  const metReasons = results.length > 0 ? results.map((r) => r.test.met) : [ENGINE_TEXTS.noCondition];
  const parameterCitations = [...scope.usedParameters].map((name) => rule.parameters.get(name)!.definition.citation);
  const notes = definition.notes ?? [];
  return finish({
    ...base,
    status: 'eligible',
    basis: result.basis,
    amount: result.amount,
    formula: result.formula,
    caps: result.caps,
    ...(result.schedule && { schedule: result.schedule }),
    reasons: metReasons.map((reason) => reason.en),
    citations: uniqueCitations([definition.citation, ...parameterCitations]),
    notes: [...notes, ...result.notes].map((note) => note.en),
    trace: [...trace, ...result.trace],
    translations: {
      zh: {
        label: definition.label.zh,
        reasons: metReasons.map((reason) => reason.zh),
        notes: [...notes, ...result.notes].map((note) => note.zh),
      },
    },
  });
}

/**
 * The items of one rule: one for a project rule; for a talent rule, one per
 * talent the rule concerns.
 */
export function evaluateRule(rule: CompiledRule, facts: FactContext, choices: Choices): LineItem[] {
  const definition = rule.definition;
  if (definition.scope === 'project') return [evaluateItem(rule, facts, choices)];
  const items: LineItem[] = [];
  for (const talent of facts.project.talents) {
    const talentFacts = { ...facts, talent };
    const concerns = definition.concerns;
    const scope = { facts: talentFacts, choices, ruleId: definition.id, consulted: new Set<string>() };
    if (!concerns || holds(concerns, scope)) items.push(evaluateItem(rule, talentFacts, choices));
  }
  return items;
}
