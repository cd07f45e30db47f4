import type { Overrides, ParameterValue } from '../engine/compiled.js';
import type { ParameterDefinition, PolicyDefinition, TierTable } from '../engine/definition.js';
import { FACTS } from '../engine/facts.js';
import { Decimal } from '../money/decimal.js';
import { readAmount, readFraction, type ReadResult } from '../schema/amount.js';
import type { InputIssue } from '../schema/issues.js';
import { LIMITS } from '../schema/limits.js';
import { MESSAGES } from '../schema/messages.js';
import { isRecord } from '../schema/is-record.js';
import { readFactValue } from '../schema/fact-value.js';
import { unknownFieldIssues } from '../schema/unknown-fields.js';

const AMOUNT_FACTS = Object.entries(FACTS)
  .filter(([, fact]) => fact.type === 'amount' && fact.scope === 'project')
  .map(([name]) => name);


function readCents(value: unknown): ReadResult {
  const read = readAmount(value);
  if (read.ok && read.value.decimalPlaces() > 2) return { ok: false, code: 'out_of_range', message: MESSAGES.centsOnly(value) };
  return read;
}

function readTiers(value: unknown, path: string[], issues: InputIssue[]): TierTable | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) {
    issues.push({ code: 'invalid_type', path, message: MESSAGES.object(value) });
    return undefined;
  }
  const before = issues.length;
  const base = value['base'];
  if (typeof base !== 'string' || !AMOUNT_FACTS.includes(base)) {
    issues.push({ code: 'unknown_option', path: [...path, 'base'], message: MESSAGES.tierBase(base, AMOUNT_FACTS) });
  }
  const brackets = value['brackets'];
  if (!Array.isArray(brackets) || brackets.length === 0 || brackets.length > LIMITS.maxTierBrackets) {
    issues.push({ code: Array.isArray(brackets) ? 'out_of_range' : 'invalid_type', path: [...path, 'brackets'], message: MESSAGES.tierCount(LIMITS.maxTierBrackets) });
    return undefined;
  }
  issues.push(...unknownFieldIssues(value, ['base', 'brackets'], path));
  const read: Array<{ from: string; amount: string }> = [];
  brackets.forEach((bracket: unknown, index) => {
    const at = [...path, 'brackets', String(index)];
    if (!isRecord(bracket)) {
      issues.push({ code: 'invalid_type', path: at, message: MESSAGES.object(bracket) });
      return;
    }
    issues.push(...unknownFieldIssues(bracket, ['from', 'amount'], at));
    const from = readAmount(bracket['from']);
    const amount = readCents(bracket['amount']);
    if (!from.ok) issues.push({ code: from.code, path: [...at, 'from'], message: from.message });
    if (!amount.ok) issues.push({ code: amount.code, path: [...at, 'amount'], message: amount.message });
    if (from.ok && amount.ok) read.push({ from: from.value.toFixed(), amount: amount.value.toFixed() });
  });
  if (issues.length > before) return undefined;
  for (let index = 1; index < read.length; index += 1) {
    if (new Decimal(read[index]!.from).lessThanOrEqualTo(read[index - 1]!.from)) {
      issues.push({ code: 'inconsistent', path: [...path, 'brackets', String(index), 'from'], message: MESSAGES.tierOrder });
      return undefined;
    }
  }
  return { base: base as string, brackets: read };
}

function readValue(parameter: ParameterDefinition, value: unknown, path: string[], issues: InputIssue[]): ParameterValue | undefined {
  if (parameter.unit === 'tiers') return readTiers(value, path, issues);
  if (parameter.unit === 'count') {
    const count = readFactValue(value, { type: 'count' });
    if (count.ok) return String(count.value);
    for (const problem of count.problems) issues.push({ code: problem.code, path, message: problem.message });
    return undefined;
  }
  let read: ReadResult;
  if (parameter.unit === 'ratio') read = readFraction(value, 'share');
  else if (parameter.unit === 'months' || parameter.unit === 'years') {
    const most = parameter.unit === 'months' ? LIMITS.maxMonths : LIMITS.maxYears;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > most) {
      issues.push({ code: 'out_of_range', path, message: MESSAGES.positiveInteger(value, most) });
      return undefined;
    }
    return String(value);
  } else read = readCents(value);
  if (!read.ok) {
    issues.push({ code: read.code, path, message: read.message });
    return undefined;
  }
  return read.value.toFixed();
}

/**
 * Validates overrides of a pack's parameters: `{ [ruleId]: { [parameter]: value } }`.
 * Amounts that set limits are in whole cents, rates are fractions from 0 to 1,
 * months whole numbers, tier tables a base fact and ascending brackets.
 */
export function resolveOverrides(pack: PolicyDefinition, raw: unknown, issues: InputIssue[]): Overrides {
  const path = ['options', 'overrides'];
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    issues.push({ code: 'invalid_type', path, message: MESSAGES.object(raw) });
    return {};
  }
  const resolved: Record<string, Record<string, ParameterValue>> = {};
  for (const [ruleId, values] of Object.entries(raw)) {
    const rule = pack.rules.find((candidate) => candidate.id === ruleId);
    if (!rule) {
      issues.push({ code: 'unknown_option', path: [...path, ruleId], message: MESSAGES.unknownRule(ruleId, pack.rules.map((r) => r.id)) });
      continue;
    }
    if (!isRecord(values)) {
      issues.push({ code: 'invalid_type', path: [...path, ruleId], message: MESSAGES.object(values) });
      continue;
    }
    for (const [name, value] of Object.entries(values)) {
      const at = [...path, ruleId, name];
      const parameter = Object.hasOwn(rule.parameters, name) ? rule.parameters[name] : undefined;
      if (!parameter) {
        issues.push({ code: 'unknown_option', path: at, message: MESSAGES.unknownParameter(name, Object.keys(rule.parameters)) });
        continue;
      }
      const read = readValue(parameter, value, at, issues);
      if (read !== undefined) (resolved[ruleId] ??= {})[name] = read;
    }
  }
  return resolved;
}
