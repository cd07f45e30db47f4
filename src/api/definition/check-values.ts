import { isIsoDate } from '../../dates/iso-date.js';
import { FACTS, isFactName, type Fact } from '../../engine/facts.js';
import { readAmount, readFraction } from '../../schema/amount.js';
import { readFactValue } from '../../schema/fact-value.js';
import type { InputIssue } from '../../schema/issues.js';
import { LIMITS } from '../../schema/limits.js';
import { MESSAGES } from '../../schema/messages.js';

/** The problems found while normalising a definition, with the path they are at. */
export class Problems {
  readonly issues: InputIssue[] = [];

  /** @param at - where the definition sits in what the caller passed (a pack's definition is at `['definition']`) */
  constructor(private readonly at: readonly string[] = []) {}

  add(code: InputIssue['code'], path: readonly string[], message: string): void {
    this.issues.push({ code, path: [...this.at, ...path], message });
  }
}

/** An amount that sets a limit: non-negative, at most 10^15, in whole cents. Its exact decimal string, or undefined. */
export function checkMoney(value: unknown, path: readonly string[], problems: Problems): string | undefined {
  const read = readAmount(value);
  if (!read.ok) {
    problems.add(read.code, path, read.message);
    return undefined;
  }
  if (read.value.decimalPlaces() > 2) {
    problems.add('out_of_range', path, MESSAGES.centsOnly(value));
    return undefined;
  }
  return read.value.toFixed();
}

/**
 * An amount that bounds a fund: within the same limits as `checkMoney`, but
 * exact to any number of places (a quotient such as 75,000,000 ÷ 0.84), since
 * it is rounded toward the bound's side only where it is used.
 */
export function checkBoundAmount(value: unknown, path: readonly string[], problems: Problems): string | undefined {
  const read = readAmount(value);
  if (read.ok) return read.value.toFixed();
  problems.add(read.code, path, read.message);
  return undefined;
}

/** A value in a unit: money in cents, a ratio from 0 to 1, whole months or years, or a whole count from 0. */
export function checkUnitValue(value: unknown, unit: string, path: readonly string[], problems: Problems): string | undefined {
  if (unit === 'count') {
    const read = readFactValue(value, { type: 'count' });
    if (read.ok) return String(read.value);
    for (const problem of read.problems) problems.add(problem.code, path, problem.message);
    return undefined;
  }
  if (unit === 'ratio') {
    const read = readFraction(value, 'share');
    if (!read.ok) {
      problems.add(read.code, path, read.message);
      return undefined;
    }
    return read.value.toFixed();
  }
  if (unit === 'months' || unit === 'years') {
    const most = unit === 'months' ? LIMITS.maxMonths : LIMITS.maxYears;
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number.parseInt(value, 10) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > most) {
      problems.add('out_of_range', path, MESSAGES.positiveInteger(value, most));
      return undefined;
    }
    return String(number);
  }
  return checkMoney(value, path, problems);
}

/** A fact by name, checked for existence, scope and type; undefined when it fails. */
export function checkFact(
  name: string,
  path: readonly string[],
  problems: Problems,
  scope: 'project' | 'talent',
  types: ReadonlyArray<Fact['type']>,
  declared: ReadonlyMap<string, Fact> = new Map(),
): Fact | undefined {
  const fact = isFactName(name) ? FACTS[name] : declared.get(name);
  if (!fact) {
    problems.add('not_found', path, MESSAGES.unknownFact(name, [...Object.keys(FACTS), ...declared.keys()]));
    return undefined;
  }
  if (fact.scope === 'talent' && scope !== 'talent') {
    problems.add('inconsistent', path, MESSAGES.factScope(name));
    return undefined;
  }
  if (!types.includes(fact.type)) {
    problems.add('inconsistent', path, MESSAGES.factType(name, fact.type, types));
    return undefined;
  }
  return fact;
}

/** A bound compared with a fact: a date for a date fact, a whole number for a count, an amount otherwise. */
export function checkBound(value: unknown, fact: Fact, path: readonly string[], problems: Problems): string | undefined {
  if (fact.type === 'date') {
    if (isIsoDate(value)) return value;
    problems.add('invalid_format', path, MESSAGES.date(value));
    return undefined;
  }
  const read = readAmount(value);
  if (!read.ok) {
    problems.add(read.code, path, read.message);
    return undefined;
  }
  return read.value.toFixed();
}
