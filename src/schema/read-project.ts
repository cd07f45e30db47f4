import type { Decimal } from '../money/decimal.js';
import { ZERO } from '../money/money.js';
import { readAmount, readRate, type ReadResult } from './amount.js';
import { readDate, readPositiveInteger, readSourceProject, readText, Refusal, REQUIRED } from './field-readers.js';
import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import type { Loan, Project, Talent } from './project-types.js';
import { readProjectFacts } from './read-project-facts.js';
import { strictUnknownFields } from './unknown-fields.js';
import { ACTIVITIES, DEVICE_TYPES, INDUSTRIES, TARGET_MARKETS, type Industry } from './vocabulary.js';

/**
 * The validation of a project, by hand: the same normalised project as the
 * zod schema of `project.ts` followed by `normalizeProject` when it is valid,
 * and when it is not the same issues, in the same order, with the same
 * messages. The order is zod's: an object's fields in the order of its
 * schema, each list's entries in order, then the object's unknown keys; a
 * list's repeated entries only once its entries are all valid; a list past its
 * limit refused whole, its entries unread. Reads the copy `readInput` made
 * (plain objects and lists, no getter, no Proxy), never the caller's objects.
 */

type Fields = Record<string, unknown>;
type Path = readonly string[];
type Issues = InputIssue[];

/** An object's fields, in the order of its schema in `project.ts` (the order of its issues and of the known fields a message lists). */
interface Shape {
  names: readonly string[];
  set: ReadonlySet<string>;
}

const shape = (...names: string[]): Shape => ({ names, set: new Set(names) });
const PROJECT = shape('name', 'id', 'asOf', 'investment', 'classification', 'activities', 'deviceTypes', 'targetMarkets', 'industry',
  'sourceProjects', 'enterprise', 'plans', 'finance', 'talents', 'talentStartup', 'policyFundExit', 'talentSupport', 'facts');
const INVESTMENT = shape('actual', 'infrastructure');
const CLASSIFICATION = shape('particularlyImportant', 'leadingIndustryDirection', 'major', 'newProductionLine', 'firstClassEntity');
const ENTERPRISE = shape('technologyBasedSME', 'leadingDomesticPlayer');
const PLANS = shape('listing', 'jointRdCentre');
const FINANCE = shape('annualRevenue', 'rdSpending');
const TALENT = shape('name', 'qualified', 'highLevel', 'housingPurchase', 'rent');
const HOUSING = shape('price');
const RENT = shape('monthly', 'start', 'months');
const STARTUP = shape('founder', 'requested', 'loans');
const REQUESTED = shape('startupFund', 'shareInvestment', 'ventureCapital');
const LOAN = shape('principal', 'annualRate', 'years', 'repayment', 'start', 'termMonths');
const EXIT = shape('holdingYears', 'buyBackRate', 'expectedReturn');
const SUPPORT = shape('expiresOn', 'highPotential', 'incrementalRequested');

/** The ways a loan is repaid, as `REPAYMENT_FORMS` of `project.ts` lists them. */
const REPAYMENTS = ['bullet', 'equal-principal', 'equal-instalment'] as const;

/** A fixed set of words: the words in their order (for the message) and as a set. */
interface Words {
  values: readonly string[];
  set: ReadonlySet<unknown>;
}
const words = (values: readonly string[]): Words => ({ values, set: new Set(values) });
const WORDS = {
  activities: words(ACTIVITIES),
  deviceTypes: words(DEVICE_TYPES),
  targetMarkets: words(TARGET_MARKETS),
  industries: words(INDUSTRIES),
  repayments: words(REPAYMENTS),
};

const at = (path: Path, key: string): string[] => [...path, key];

/** What a hand reader accepted, or undefined with its refusal recorded at `path`. */
function take<T>(issues: Issues, read: T | Refusal, path: Path): T | undefined {
  if (!(read instanceof Refusal)) return read;
  issues.push({ code: read.code, path: [...path], message: read.message });
  return undefined;
}

/** An amount or a rate read exactly, or undefined with its problem recorded at `path`. */
function decimal(issues: Issues, read: ReadResult, path: Path): Decimal | undefined {
  if (read.ok) return read.value;
  issues.push({ code: read.code, path: [...path], message: read.message });
  return undefined;
}

/** A word of `set`, or why not (a missing one is required). */
function choice(value: unknown, set: Words): string | Refusal {
  if (set.set.has(value)) return value as string;
  return value === undefined ? REQUIRED : new Refusal('invalid_format', MESSAGES.choice(value, set.values));
}

/** An object, or undefined with its refusal recorded at `path` (missing: required; anything else: not an object). */
function object(issues: Issues, value: unknown, path: Path): Fields | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
  issues.push(value === undefined
    ? { code: 'required', path: [...path], message: MESSAGES.required }
    : { code: 'invalid_type', path: [...path], message: MESSAGES.object(value) });
  return undefined;
}

/**
 * Whether something that is not a list is longer than a list may be, as zod's
 * length check measures it after refusing its type: a text by its code
 * points, anything else with a `length` by comparing that to `max` as
 * JavaScript does (`!(length <= max)`, so a length that is no number is too
 * long). A comparison that throws (a Symbol, a `valueOf` that throws) counts
 * as too long: zod would have thrown.
 */
function pastLength(value: unknown, max: number): boolean {
  if (value === undefined || value === null) return false;
  const length: unknown = (value as { length?: unknown }).length;
  if (length === undefined) return false;
  if (typeof value === 'string') return value.length > max && [...value].length > max;
  try {
    return !((length as number) <= max);
  } catch {
    return true;
  }
}

/** A list of at most `max` entries, or undefined with its refusal recorded (a longer one refused whole). */
function list(issues: Issues, value: unknown, max: number, path: Path): readonly unknown[] | undefined {
  if (!Array.isArray(value)) {
    issues.push(value === undefined
      ? { code: 'required', path: [...path], message: MESSAGES.required }
      : { code: 'invalid_type', path: [...path], message: MESSAGES.list(value) });
    if (pastLength(value, max)) issues.push({ code: 'out_of_range', path: [...path], message: MESSAGES.listTooLong(max) });
    return undefined;
  }
  if (value.length <= max) return value;
  issues.push({ code: 'too_many', path: [...path], message: MESSAGES.listTooLong(max) });
  return undefined;
}

/** An optional list of distinct texts, each read by `entry`; a repeated one is refused where it repeats, once every entry is valid. */
function distinct<T extends string>(issues: Issues, value: unknown, max: number, path: Path, entry: (value: unknown) => string | Refusal): T[] {
  if (value === undefined) return [];
  const entries = list(issues, value, max, path);
  if (entries === undefined) return [];
  const before = issues.length;
  const read: string[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    const accepted = take(issues, entry(entries[index]), at(path, String(index)));
    if (accepted !== undefined) read.push(accepted);
  }
  if (issues.length > before) return [];
  const seen = new Set<string>();
  read.forEach((text, index) => {
    if (seen.has(text)) issues.push({ code: 'duplicate', path: at(path, String(index)), message: MESSAGES.duplicateChoice(text) });
    seen.add(text);
  });
  return read as T[];
}

/** An optional `true` or `false`, or undefined with its refusal recorded. */
function flag(issues: Issues, value: unknown, path: Path): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  issues.push({ code: 'invalid_type', path: [...path], message: MESSAGES.boolean(value) });
  return undefined;
}

/**
 * An optional object of optional fields, each read by `read` at its path; its
 * unknown keys after them. Undefined when it is left out or not an object.
 */
function optionalObject<T>(issues: Issues, value: unknown, known: Shape, path: Path, read: (fields: Fields) => T): T | undefined {
  if (value === undefined) return undefined;
  const fields = object(issues, value, path);
  if (fields === undefined) return undefined;
  const result = read(fields);
  strictUnknownFields(fields, known, path, issues);
  return result;
}

/** A required object, read as `optionalObject` reads one. */
function requiredObject<T>(issues: Issues, value: unknown, known: Shape, path: Path, read: (fields: Fields) => T): T | undefined {
  return value === undefined ? (object(issues, value, path), undefined) : optionalObject(issues, value, known, path, read);
}

/** Flags by name, each false unless the object says true. */
function flags<K extends string>(issues: Issues, value: unknown, known: Shape, path: Path): Record<K, boolean> {
  const read = {} as Record<K, boolean>;
  const fields = optionalObject(issues, value, known, path, (given) => {
    for (const key of known.names) read[key as K] = flag(issues, given[key], at(path, key)) ?? false;
    return given;
  });
  if (fields === undefined) for (const key of known.names) read[key as K] = false;
  return read;
}

/** The optional amounts of an object, in its order, those left out left out. */
function amounts<K extends string>(issues: Issues, value: unknown, known: Shape, path: Path): Partial<Record<K, Decimal>> {
  const read: Partial<Record<K, Decimal>> = {};
  optionalObject(issues, value, known, path, (fields) => {
    for (const key of known.names) {
      const given = fields[key];
      if (given === undefined) continue;
      const amount = decimal(issues, readAmount(given), at(path, key));
      if (amount !== undefined) read[key as K] = amount;
    }
  });
  return read;
}

const optionalWhole = (issues: Issues, value: unknown, max: number, path: Path): number | undefined =>
  value === undefined ? undefined : take(issues, readPositiveInteger(value, max), path);

const optionalDate = (issues: Issues, value: unknown, path: Path) => (value === undefined ? undefined : take(issues, readDate(value), path));

function talent(issues: Issues, value: unknown, path: Path): Talent | undefined {
  return requiredObject(issues, value, TALENT, path, (fields) => {
    const name = take(issues, readText(fields['name']), at(path, 'name'));
    const qualified = flag(issues, fields['qualified'], at(path, 'qualified'));
    const highLevel = flag(issues, fields['highLevel'], at(path, 'highLevel')) ?? false;
    const read: Talent = { name: name!, qualified: highLevel || (qualified ?? false), highLevel };
    const housing = optionalObject(issues, fields['housingPurchase'], HOUSING, at(path, 'housingPurchase'), (given) => ({
      price: decimal(issues, readAmount(given['price']), [...path, 'housingPurchase', 'price'])!,
    }));
    if (housing) read.housingPurchase = housing;
    const rentPath = at(path, 'rent');
    const rent = optionalObject(issues, fields['rent'], RENT, rentPath, (given) => {
      const monthly = decimal(issues, readAmount(given['monthly']), at(rentPath, 'monthly'))!;
      const start = take(issues, readDate(given['start']), at(rentPath, 'start'))!;
      const months = optionalWhole(issues, given['months'], LIMITS.maxMonths, at(rentPath, 'months'));
      return { monthly, start, ...(months !== undefined && { months }) };
    });
    if (rent) read.rent = rent;
    return read;
  });
}

/** A loan, normalised as `normalizeProject` does; whether its fields go together is for the relations. */
function loan(issues: Issues, value: unknown, path: Path): Loan | undefined {
  return requiredObject(issues, value, LOAN, path, (fields): Loan => {
    const principal = decimal(issues, readAmount(fields['principal']), at(path, 'principal'))!;
    const annualRate = decimal(issues, readRate(fields['annualRate']), at(path, 'annualRate'))!;
    const years = optionalWhole(issues, fields['years'], LIMITS.maxYears, at(path, 'years'));
    const given = fields['repayment'];
    const repayment = given === undefined ? undefined : take(issues, choice(given, WORDS.repayments), at(path, 'repayment'));
    const start = optionalDate(issues, fields['start'], at(path, 'start'));
    const termMonths = optionalWhole(issues, fields['termMonths'], LIMITS.maxMonths, at(path, 'termMonths'));
    if (repayment === undefined) return { form: 'simple', principal, annualRate, years: years ?? 0 };
    return { form: repayment as 'bullet', principal, annualRate, start: start ?? '', termMonths: termMonths ?? (years ?? 0) * 12 };
  });
}

/** The entries of an optional list of objects, each read by `entry`. */
function entries<T>(issues: Issues, value: unknown, max: number, path: Path, entry: (issues: Issues, value: unknown, path: Path) => T | undefined): T[] {
  if (value === undefined) return [];
  const given = list(issues, value, max, path);
  if (given === undefined) return [];
  const read: T[] = [];
  for (let index = 0; index < given.length; index += 1) read.push(entry(issues, given[index], at(path, String(index)))!);
  return read;
}

function talentStartup(issues: Issues, value: unknown): Project['talentStartup'] {
  const path = ['talentStartup'];
  return optionalObject(issues, value, STARTUP, path, (fields) => ({
    founder: take(issues, readText(fields['founder']), ['talentStartup', 'founder'])!,
    requested: amounts<'startupFund' | 'shareInvestment' | 'ventureCapital'>(issues, fields['requested'], REQUESTED, ['talentStartup', 'requested']),
    loans: entries(issues, fields['loans'], LIMITS.maxLoans, ['talentStartup', 'loans'], loan),
  }));
}

/** The fields of a project, normalised, each problem recorded in `issues` in zod's order. */
function readFields(issues: Issues, fields: Fields): Project {
  const project = { name: take(issues, readText(fields['name']), ['name'])! } as Project;
  const id = fields['id'] === undefined ? undefined : take(issues, readText(fields['id']), ['id']);
  if (id !== undefined) project.id = id;
  const asOf = optionalDate(issues, fields['asOf'], ['asOf']);
  if (asOf !== undefined) project.asOf = asOf;
  const investment = requiredObject(issues, fields['investment'], INVESTMENT, ['investment'], (given) => ({
    actual: decimal(issues, readAmount(given['actual']), ['investment', 'actual'])!,
    infrastructure: given['infrastructure'] === undefined ? ZERO : decimal(issues, readAmount(given['infrastructure']), ['investment', 'infrastructure'])!,
  }));
  project.investment = investment!;
  project.classification = flags(issues, fields['classification'], CLASSIFICATION, ['classification']);
  project.activities = distinct(issues, fields['activities'], ACTIVITIES.length, ['activities'], (entry) => choice(entry, WORDS.activities));
  project.deviceTypes = distinct(issues, fields['deviceTypes'], DEVICE_TYPES.length, ['deviceTypes'], (entry) => choice(entry, WORDS.deviceTypes));
  project.targetMarkets = distinct(issues, fields['targetMarkets'], TARGET_MARKETS.length, ['targetMarkets'], (entry) => choice(entry, WORDS.targetMarkets));
  const industry = fields['industry'] === undefined ? undefined : take(issues, choice(fields['industry'], WORDS.industries), ['industry']);
  if (industry !== undefined) project.industry = industry as Industry;
  project.sourceProjects = distinct(issues, fields['sourceProjects'], LIMITS.maxSourceProjects, ['sourceProjects'], readSourceProject);
  project.enterprise = flags(issues, fields['enterprise'], ENTERPRISE, ['enterprise']);
  project.plans = flags(issues, fields['plans'], PLANS, ['plans']);
  project.finance = amounts(issues, fields['finance'], FINANCE, ['finance']);
  project.talents = entries(issues, fields['talents'], LIMITS.maxTalents, ['talents'], talent);
  const startup = talentStartup(issues, fields['talentStartup']);
  if (startup) project.talentStartup = startup;
  const exit = optionalObject(issues, fields['policyFundExit'], EXIT, ['policyFundExit'], (given) => ({
    holdingYears: take(issues, readPositiveInteger(given['holdingYears'], LIMITS.maxExitYears), ['policyFundExit', 'holdingYears'])!,
    buyBackRate: decimal(issues, readRate(given['buyBackRate']), ['policyFundExit', 'buyBackRate'])!,
    expectedReturn: decimal(issues, readRate(given['expectedReturn']), ['policyFundExit', 'expectedReturn'])!,
  }));
  if (exit) project.policyFundExit = exit;
  const support = optionalObject(issues, fields['talentSupport'], SUPPORT, ['talentSupport'], (given) => {
    const expiresOn = take(issues, readDate(given['expiresOn']), ['talentSupport', 'expiresOn'])!;
    const highPotential = flag(issues, given['highPotential'], ['talentSupport', 'highPotential']) ?? false;
    const requested = given['incrementalRequested'];
    const incrementalRequested = requested === undefined ? undefined : decimal(issues, readAmount(requested), ['talentSupport', 'incrementalRequested']);
    return { expiresOn, highPotential, ...(incrementalRequested !== undefined && { incrementalRequested }) };
  });
  if (support) project.talentSupport = support;
  project.facts = facts(issues, fields['facts']);
  return project;
}

/** The facts of packs' own (see `readProjectFacts`), their problems at `facts`. */
function facts(issues: Issues, value: unknown): ReadonlyMap<string, unknown> {
  if (value === undefined) return new Map<string, unknown>();
  const read = readProjectFacts(value);
  if (read.ok) return read.facts;
  for (const issue of read.issues) issues.push({ ...issue, path: ['facts', ...issue.path] });
  return new Map<string, unknown>();
}

/**
 * Reads a project's fields as the zod schema of `project.ts` reads them, then
 * normalises them as `normalizeProject` does: the value is the zod path's
 * whenever no issue was recorded. The relations between fields and the
 * oversized lists are `validateProject`'s.
 *
 * @param copy - the project, as `readInput` copied it
 * @param issues - where each problem is recorded, in zod's order
 * @returns the normalised project, meaningful only when no issue was recorded; undefined when the project is not an object
 *
 * @example
 * const issues = [];
 * readProject({ name: 'CMP line', investment: { actual: '250000000' } }, issues)?.investment.infrastructure.toFixed(); //=> '0'
 * readProject({ name: 'CMP line', investment: { actual: '-1' } }, issues);
 * issues; //=> [{ code: 'out_of_range', path: ['investment', 'actual'], message: 'An amount cannot be negative; got "-1".' }]
 */
export function readProject(copy: unknown, issues: InputIssue[]): Project | undefined {
  const fields = object(issues, copy, []);
  if (fields === undefined) return undefined;
  const project = readFields(issues, fields);
  strictUnknownFields(fields, PROJECT, [], issues);
  return project;
}
