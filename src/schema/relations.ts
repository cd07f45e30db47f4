import { atMost } from '../money/money.js';
import { readAmount } from './amount.js';
import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import type { Project } from './project-types.js';

/**
 * The checks that relate one field to another. They read the raw input
 * defensively and speak only when the fields they compare are themselves
 * readable, so that a project with a bad amount and a duplicate name hears
 * about both, once each.
 */

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function checkInvestment(input: unknown, issues: InputIssue[]): void {
  const investment = field(input, 'investment');
  const actual = readAmount(field(investment, 'actual'));
  const infrastructure = readAmount(field(investment, 'infrastructure'));
  if (actual.ok && infrastructure.ok && !atMost(infrastructure.value, actual.value)) {
    issues.push({
      code: 'inconsistent',
      path: ['investment', 'infrastructure'],
      message: MESSAGES.infrastructureAboveActual(infrastructure.value.toFixed(), actual.value.toFixed()),
    });
  }
}

function checkTalents(input: unknown, issues: InputIssue[]): Set<string> {
  const names = new Set<string>();
  const talents = field(input, 'talents');
  // An oversized list is refused by the schema; there is nothing to relate.
  if (!Array.isArray(talents) || talents.length > LIMITS.maxTalents) return names;
  talents.forEach((talent, index) => {
    const name = field(talent, 'name');
    if (typeof name === 'string') {
      if (names.has(name)) {
        issues.push({ code: 'duplicate', path: ['talents', String(index), 'name'], message: MESSAGES.duplicateTalent(name) });
      }
      names.add(name);
    }
    if (field(talent, 'highLevel') === true && field(talent, 'qualified') === false) {
      issues.push({ code: 'inconsistent', path: ['talents', String(index), 'qualified'], message: MESSAGES.highLevelNotQualified });
    }
  });
  return names;
}

function checkFounder(input: unknown, names: ReadonlySet<string>, issues: InputIssue[]): void {
  const founder = field(field(input, 'talentStartup'), 'founder');
  if (typeof founder === 'string' && founder.trim() !== '' && !names.has(founder)) {
    issues.push({ code: 'not_found', path: ['talentStartup', 'founder'], message: MESSAGES.founderNotATalent(founder) });
  }
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** A loan is simple interest over `years`, or a repayment form with a `start` and one term. */
function checkLoans(input: unknown, issues: InputIssue[]): void {
  const loans = field(field(input, 'talentStartup'), 'loans');
  if (!Array.isArray(loans) || loans.length > LIMITS.maxLoans) return;
  let periods = 0;
  loans.forEach((loan, index) => {
    if (typeof loan !== 'object' || loan === null) return;
    const at = (key: string) => ['talentStartup', 'loans', String(index), key];
    const has = (key: string) => field(loan, key) !== undefined;
    if (!has('repayment')) {
      if (!has('years')) issues.push({ code: 'required', path: at('years'), message: MESSAGES.loanSimpleNeedsYears });
      for (const key of ['start', 'termMonths']) {
        if (has(key)) issues.push({ code: 'inconsistent', path: at(key), message: MESSAGES.loanSimpleExtra(key) });
      }
      return;
    }
    if (!has('start')) issues.push({ code: 'required', path: at('start'), message: MESSAGES.loanNeedsStart });
    if (!has('termMonths') && !has('years')) issues.push({ code: 'required', path: at('termMonths'), message: MESSAGES.loanNeedsTerm });
    if (has('termMonths') && has('years')) issues.push({ code: 'inconsistent', path: at('years'), message: MESSAGES.loanTermTwice });
    periods += positiveInteger(field(loan, 'termMonths')) ?? (positiveInteger(field(loan, 'years')) ?? 0) * 12;
  });
  if (periods > LIMITS.maxLoanPeriods) {
    issues.push({ code: 'out_of_range', path: ['talentStartup', 'loans'], message: MESSAGES.tooManyLoanPeriods(LIMITS.maxLoanPeriods) });
  }
}

/** Every problem that relates two fields of a raw project input. */
export function checkProjectRelations(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  checkInvestment(input, issues);
  const names = checkTalents(input, issues);
  checkFounder(input, names, issues);
  checkLoans(input, issues);
  return issues;
}

/**
 * The same checks for an input whose fields are all valid: the investment is
 * compared on its parsed values, without reading the amounts again; the
 * rest reads the raw input, as `checkProjectRelations` does.
 */
export function checkParsedRelations(input: unknown, project: Project): InputIssue[] {
  const issues: InputIssue[] = [];
  const { actual, infrastructure } = project.investment;
  // Compared in cents when both are cents (decimal.js copies its argument to compare).
  if (!atMost(infrastructure, actual)) {
    issues.push({
      code: 'inconsistent',
      path: ['investment', 'infrastructure'],
      message: MESSAGES.infrastructureAboveActual(infrastructure.toFixed(), actual.toFixed()),
    });
  }
  const names = checkTalents(input, issues);
  checkFounder(input, names, issues);
  checkLoans(input, issues);
  return issues;
}
