import type { Decimal } from '../money/decimal.js';
import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { CopiedDecimal, readAmount, readRate, type ReadResult } from './amount.js';
import { QUALIFIED_ID } from './qualified-id.js';
import { LIMITS } from './limits.js';
import { ZERO } from '../money/money.js';
import type { Loan, Project, Talent } from './project-types.js';
import { ACTIVITIES, DEVICE_TYPES, INDUSTRIES, TARGET_MARKETS, type Industry } from './vocabulary.js';

/**
 * A second reading of a project, by hand, for the common shape only: it
 * accepts what the zod schema, the relations between fields and the limits
 * accept, or gives up (`undefined`), and then the zod path reads the project
 * as before, so that every message stays as it was. It never refuses with a
 * reason: a doubt is a give-up. Reads the copy `readInput` made (plain
 * objects and lists, no getter, no Proxy), never the caller's objects.
 */

/** Thrown inside the reading to give up; caught once at its top. */
const GIVE_UP = Symbol('give up');

function giveUp(): never {
  throw GIVE_UP;
}

type Fields = Record<string, unknown>;
/** The keys an object may have. */
type Known = { has(key: string): boolean };

/**
 * A plain object of the copy (not a list, not a copied Decimal), its keys
 * among `known`; anything else gives up. Its keys are listed as zod's strict
 * objects list them (`for…in`), so that both see the same unknown keys.
 */
function record(value: unknown, known: Known): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof CopiedDecimal) giveUp();
  for (const key in value) if (!known.has(key)) giveUp();
  return value as Fields;
}

/** The same, or undefined for a field left out. */
function optionalRecord(value: unknown, known: Known): Fields | undefined {
  return value === undefined ? undefined : record(value, known);
}

function list(value: unknown, max: number): readonly unknown[] {
  if (!Array.isArray(value) || value.length > max) giveUp();
  return value;
}

function decimal(read: ReadResult): Decimal {
  return read.ok ? read.value : giveUp();
}

const amount = (value: unknown): Decimal => decimal(readAmount(value));
const rate = (value: unknown): Decimal => decimal(readRate(value));

function text(value: unknown): string {
  if (typeof value !== 'string' || value.length > LIMITS.maxTextLength || value.trim() === '') giveUp();
  return value;
}

function date(value: unknown): IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value) || value < LIMITS.minDate || value > LIMITS.maxDate) giveUp();
  return value;
}

function optionalBoolean(value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') giveUp();
  return value;
}

function optionalWhole(value: unknown, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) giveUp();
  return value;
}

/** A list of at most `max` distinct texts, each one `accepted`. */
function distinct<T extends string>(value: unknown, max: number, accepted: (entry: string) => boolean): T[] {
  if (value === undefined) return [];
  const entries = list(value, max);
  const seen = new Set<unknown>();
  for (const entry of entries) {
    if (typeof entry !== 'string' || !accepted(entry) || seen.has(entry)) giveUp();
    seen.add(entry);
  }
  return entries.slice() as T[];
}

/** A list of distinct words, each one of `words` (and so no longer than they are many). */
const choices = <T extends string>(value: unknown, words: ReadonlySet<string>): T[] => distinct<T>(value, words.size, (entry) => words.has(entry));

const keys = (...names: string[]): ReadonlySet<string> => new Set(names);
const PROJECT = keys('name', 'id', 'asOf', 'investment', 'classification', 'activities', 'deviceTypes', 'targetMarkets', 'industry',
  'sourceProjects', 'enterprise', 'plans', 'finance', 'talents', 'talentStartup', 'policyFundExit', 'talentSupport', 'facts');
const INVESTMENT = keys('actual', 'infrastructure');
const flagNames = <K extends string>(...names: K[]) => ({ names, set: new Set<string>(names) as ReadonlySet<string> });
const CLASSIFICATION = flagNames('particularlyImportant', 'leadingIndustryDirection', 'major', 'newProductionLine', 'firstClassEntity');
const ENTERPRISE = flagNames('technologyBasedSME', 'leadingDomesticPlayer');
const PLANS = flagNames('listing', 'jointRdCentre');
const FINANCE = keys('annualRevenue', 'rdSpending');
const TALENT = keys('name', 'qualified', 'highLevel', 'housingPurchase', 'rent');
const HOUSING = keys('price');
const RENT = keys('monthly', 'start', 'months');
const STARTUP = keys('founder', 'requested', 'loans');
const REQUESTED = keys('startupFund', 'shareInvestment', 'ventureCapital');
const LOAN = keys('principal', 'annualRate', 'years', 'repayment', 'start', 'termMonths');
const EXIT = keys('holdingYears', 'buyBackRate', 'expectedReturn');
const SUPPORT = keys('expiresOn', 'highPotential', 'incrementalRequested');
/** A fact's key: any id qualified by its pack. */
const FACT_KEYS: Known = { has: (key) => QUALIFIED_ID.test(key) };
const REPAYMENTS = keys('bullet', 'equal-principal', 'equal-instalment');
const WORDS = {
  activities: new Set<string>(ACTIVITIES),
  deviceTypes: new Set<string>(DEVICE_TYPES),
  targetMarkets: new Set<string>(TARGET_MARKETS),
  industries: new Set<string>(INDUSTRIES),
};

/** A talent; its name must be new to `names`, and a high-level talent cannot be said unqualified. */
function talent(value: unknown, names: Set<string>): Talent {
  const fields = record(value, TALENT);
  const name = text(fields['name']);
  const qualified = optionalBoolean(fields['qualified']);
  const highLevel = optionalBoolean(fields['highLevel']) ?? false;
  if (names.has(name) || (highLevel && qualified === false)) giveUp();
  names.add(name);
  const read: Talent = { name, qualified: highLevel || (qualified ?? false), highLevel };
  const housing = optionalRecord(fields['housingPurchase'], HOUSING);
  if (housing) read.housingPurchase = { price: amount(housing['price']) };
  const rent = optionalRecord(fields['rent'], RENT);
  if (rent) {
    read.rent = { monthly: amount(rent['monthly']), start: date(rent['start']) };
    const months = optionalWhole(rent['months'], LIMITS.maxMonths);
    if (months !== undefined) read.rent.months = months;
  }
  return read;
}

/**
 * A loan: simple interest over `years`, or a repayment form with a `start`
 * and exactly one term (as `checkLoans` in relations.ts). The monthly periods
 * of a repayment form are added to `periods`.
 */
function loan(value: unknown, periods: { count: number }): Loan {
  const fields = record(value, LOAN);
  const repayment = fields['repayment'];
  const years = optionalWhole(fields['years'], LIMITS.maxYears);
  const termMonths = optionalWhole(fields['termMonths'], LIMITS.maxMonths);
  const start = fields['start'] === undefined ? undefined : date(fields['start']);
  const principal = amount(fields['principal']);
  const annualRate = rate(fields['annualRate']);
  if (repayment === undefined) {
    if (years === undefined || start !== undefined || termMonths !== undefined) giveUp();
    return { form: 'simple', principal, annualRate, years };
  }
  if (typeof repayment !== 'string' || !REPAYMENTS.has(repayment)) giveUp();
  if (start === undefined || (termMonths === undefined) === (years === undefined)) giveUp();
  const months = termMonths ?? years! * 12;
  periods.count += months;
  return { form: repayment as 'bullet', principal, annualRate, start, termMonths: months };
}

/** The amounts of `keys` a record gives, in that order, those left out left out. */
function amounts<K extends string>(fields: Fields | undefined, keys: readonly K[]): Partial<Record<K, Decimal>> {
  const read: Partial<Record<K, Decimal>> = {};
  if (fields === undefined) return read;
  for (const key of keys) {
    const value = fields[key];
    if (value !== undefined) read[key] = amount(value);
  }
  return read;
}

function talentStartup(value: unknown, names: ReadonlySet<string>): Project['talentStartup'] {
  const fields = optionalRecord(value, STARTUP);
  if (fields === undefined) return undefined;
  const founder = text(fields['founder']);
  if (!names.has(founder)) giveUp();
  const requested = amounts(optionalRecord(fields['requested'], REQUESTED), ['startupFund', 'shareInvestment', 'ventureCapital']);
  const periods = { count: 0 };
  const loans = fields['loans'] === undefined ? [] : list(fields['loans'], LIMITS.maxLoans).map((entry) => loan(entry, periods));
  if (periods.count > LIMITS.maxLoanPeriods) giveUp();
  return { founder, requested, loans };
}

/** The facts of packs' own: at most `LIMITS.maxProjectFacts`, keyed `<pack id>/<fact id>`, the values as the copy holds them. */
function facts(value: unknown): ReadonlyMap<string, unknown> {
  if (value === undefined) return new Map<string, unknown>();
  const entries = Object.entries(record(value, FACT_KEYS));
  if (entries.length > LIMITS.maxProjectFacts) giveUp();
  return new Map(entries);
}

/** Flags by name, each false unless the record says true. */
function flags<K extends string>(value: unknown, known: { names: readonly K[]; set: ReadonlySet<string> }): Record<K, boolean> {
  const fields = optionalRecord(value, known.set);
  const read = {} as Record<K, boolean>;
  for (const key of known.names) read[key] = optionalBoolean(fields?.[key]) ?? false;
  return read;
}

function word<T extends string>(value: unknown, words: ReadonlySet<string>): T | undefined {
  if (value !== undefined && (typeof value !== 'string' || !words.has(value))) giveUp();
  return value as T | undefined;
}

/** The project with its defaults, built in the order of `normalizeProject` (its keys in the same order). */
function read(value: unknown): Project {
  const fields = record(value, PROJECT);
  const name = text(fields['name']);
  const project = { name } as Project;
  if (fields['id'] !== undefined) project.id = text(fields['id']);
  if (fields['asOf'] !== undefined) project.asOf = date(fields['asOf']);
  const investment = record(fields['investment'], INVESTMENT);
  const actual = amount(investment['actual']);
  const infrastructure = investment['infrastructure'] === undefined ? ZERO : amount(investment['infrastructure']);
  if (infrastructure.greaterThan(actual)) giveUp();
  project.investment = { actual, infrastructure };
  project.classification = flags(fields['classification'], CLASSIFICATION);
  project.activities = choices(fields['activities'], WORDS.activities);
  project.deviceTypes = choices(fields['deviceTypes'], WORDS.deviceTypes);
  project.targetMarkets = choices(fields['targetMarkets'], WORDS.targetMarkets);
  const industry = word<Industry>(fields['industry'], WORDS.industries);
  if (industry !== undefined) project.industry = industry;
  project.sourceProjects = distinct(fields['sourceProjects'], LIMITS.maxSourceProjects, (entry) => QUALIFIED_ID.test(entry));
  project.enterprise = flags(fields['enterprise'], ENTERPRISE);
  project.plans = flags(fields['plans'], PLANS);
  project.finance = amounts(optionalRecord(fields['finance'], FINANCE), ['annualRevenue', 'rdSpending']);
  const names = new Set<string>();
  project.talents = fields['talents'] === undefined ? [] : list(fields['talents'], LIMITS.maxTalents).map((entry) => talent(entry, names));
  const startup = talentStartup(fields['talentStartup'], names);
  if (startup) project.talentStartup = startup;
  const exit = optionalRecord(fields['policyFundExit'], EXIT);
  if (exit) {
    project.policyFundExit = {
      holdingYears: optionalWhole(exit['holdingYears'], LIMITS.maxExitYears) ?? giveUp(),
      buyBackRate: rate(exit['buyBackRate']),
      expectedReturn: rate(exit['expectedReturn']),
    };
  }
  const support = optionalRecord(fields['talentSupport'], SUPPORT);
  if (support) {
    project.talentSupport = { expiresOn: date(support['expiresOn']), highPotential: optionalBoolean(support['highPotential']) ?? false };
    if (support['incrementalRequested'] !== undefined) project.talentSupport.incrementalRequested = amount(support['incrementalRequested']);
  }
  project.facts = facts(fields['facts']);
  return project;
}

/**
 * The project `validateProject` would return for a copy `readInput` made, read
 * without zod when the project is in the common shape and valid; otherwise
 * `undefined`, and the caller takes the zod path, which says what is wrong.
 * Whenever it returns a project, the zod path returns the same one (the same
 * Decimals, dates, defaults and key order): a property of the fuzz suite
 * checks it on valid, near-valid and hostile projects.
 *
 * @param copy - the project as `readInput` copied it
 * @returns the validated project with its defaults, or undefined to take the zod path
 *
 * @example
 * readProjectFast({ name: 'CMP line', investment: { actual: '250000000' } })?.investment.infrastructure.toFixed();
 * //=> '0'
 * readProjectFast({ name: 'CMP line', investment: { actual: '-1' } });
 * //=> undefined
 */
export function readProjectFast(copy: unknown): Project | undefined {
  try {
    return read(copy);
  } catch {
    // A give-up, or anything unforeseen: the zod path decides, and says why.
    return undefined;
  }
}
