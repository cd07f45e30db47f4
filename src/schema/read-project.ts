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
import { textLongerThan } from './text-longer-than.js';
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

/** A fixed set of words: the words in their order (for the message), and the reader of one of them. */
interface Words {
  values: readonly string[];
  read: (value: unknown) => string | Refusal;
}

/** One of a fixed set of words, or why not (a missing one is required), as zod's `enum` reads it. */
function words(values: readonly string[]): Words {
  const set = new Set<unknown>(values);
  const read = (value: unknown): string | Refusal => {
    if (set.has(value)) return value as string;
    return value === undefined ? REQUIRED : new Refusal('invalid_format', MESSAGES.choice(value, values));
  };
  return { values, read };
}
const WORDS = {
  activities: words(ACTIVITIES),
  deviceTypes: words(DEVICE_TYPES),
  targetMarkets: words(TARGET_MARKETS),
  industries: words(INDUSTRIES),
  repayments: words(REPAYMENTS),
};

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
  if (typeof value === 'string') return textLongerThan(value, max);
  try {
    return !((length as number) <= max);
  } catch {
    return true;
  }
}

/** Where a problem is: a field of the object at `path`, or (no key) that object itself. */
const pathOf = (path: Path, key: string | undefined): string[] => (key === undefined ? [...path] : [...path, key]);
const ROOT: Path = [];
const INVESTMENT_PATH: Path = ['investment'];
const TALENT_STARTUP: Path = ['talentStartup'];
const LOANS: Path = ['talentStartup', 'loans'];
const REQUESTED_PATH: Path = ['talentStartup', 'requested'];
const CLASSIFICATION_PATH: Path = ['classification'];
const ENTERPRISE_PATH: Path = ['enterprise'];
const PLANS_PATH: Path = ['plans'];
const FINANCE_PATH: Path = ['finance'];

/**
 * One reading of a project: the issues found, in zod's order, and whether
 * the fields read so far may break a relation between fields (a name twice, a
 * founder not among the talents, infrastructure above the investment, a loan's
 * terms): only then are the relations checked on the input, by the checks of
 * `relations.ts`. Paths are built only for an issue.
 */
class Reading {
  readonly issues: Issues = [];
  /** Set when a relation may be broken; never cleared. */
  related = false;
  readonly names = new Set<string>();
  periods = 0;

  refuse(path: Path, key: string | undefined, code: InputIssue['code'], message: string): undefined {
    this.issues.push({ code, path: pathOf(path, key), message });
    return undefined;
  }

  /** What a hand reader accepted, or undefined with its refusal recorded. */
  take<T>(read: T | Refusal, path: Path, key: string): T | undefined {
    return read instanceof Refusal ? this.refuse(path, key, read.code, read.message) : read;
  }

  /** An amount or a rate read exactly, or undefined with its problem recorded. */
  decimal(read: ReadResult, path: Path, key: string): Decimal | undefined {
    return read.ok ? read.value : this.refuse(path, key, read.code, read.message);
  }

  amount(value: unknown, path: Path, key: string): Decimal | undefined {
    return this.decimal(readAmount(value), path, key);
  }

  optionalAmount(value: unknown, path: Path, key: string): Decimal | undefined {
    return value === undefined ? undefined : this.amount(value, path, key);
  }

  rate(value: unknown, path: Path, key: string): Decimal | undefined {
    return this.decimal(readRate(value), path, key);
  }

  optionalWhole(value: unknown, max: number, path: Path, key: string): number | undefined {
    return value === undefined ? undefined : this.take(readPositiveInteger(value, max), path, key);
  }

  optionalDate(value: unknown, path: Path, key: string): string | undefined {
    return value === undefined ? undefined : this.take(readDate(value), path, key);
  }

  /** An optional `true` or `false`, or undefined with its refusal recorded. */
  flag(value: unknown, path: Path, key: string): boolean | undefined {
    return value === undefined || typeof value === 'boolean' ? value : this.refuse(path, key, 'invalid_type', MESSAGES.boolean(value));
  }

  /** An object, or undefined with its refusal recorded (missing: required; anything else: not an object). */
  object(value: unknown, path: Path, key?: string): Fields | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
    return value === undefined ? this.refuse(path, key, 'required', MESSAGES.required) : this.refuse(path, key, 'invalid_type', MESSAGES.object(value));
  }

  /** An object's unknown keys, after the issues of its fields (see `strictUnknownFields`). */
  unknownKeys(fields: Fields, known: Shape, path: Path, key?: string): void {
    for (const given in fields) {
      if (!known.set.has(given)) {
        strictUnknownFields(fields, known, pathOf(path, key), this.issues);
        return;
      }
    }
  }

  /** A list of at most `max` entries, or undefined with its refusal recorded (a longer one refused whole). */
  list(value: unknown, max: number, path: Path, key: string): readonly unknown[] | undefined {
    if (!Array.isArray(value)) {
      if (value === undefined) return this.refuse(path, key, 'required', MESSAGES.required);
      this.refuse(path, key, 'invalid_type', MESSAGES.list(value));
      return pastLength(value, max) ? this.refuse(path, key, 'out_of_range', MESSAGES.listTooLong(max)) : undefined;
    }
    return value.length <= max ? value : this.refuse(path, key, 'too_many', MESSAGES.listTooLong(max));
  }

  /** An optional list of distinct texts at a field of the project, each read by `entry`; a repeated one is refused where it repeats, once every entry is valid. */
  distinct<T extends string>(value: unknown, max: number, key: string, entry: (value: unknown) => string | Refusal): T[] {
    if (value === undefined) return [];
    const entries = this.list(value, max, ROOT, key);
    if (entries === undefined) return [];
    const before = this.issues.length;
    const read: string[] = [];
    for (let index = 0; index < entries.length; index += 1) {
      const accepted = entry(entries[index]);
      if (accepted instanceof Refusal) this.refuse([key], String(index), accepted.code, accepted.message);
      else read.push(accepted);
    }
    if (this.issues.length > before) return [];
    const seen = new Set<string>();
    for (let index = 0; index < read.length; index += 1) {
      const text = read[index]!;
      if (seen.has(text)) this.refuse([key], String(index), 'duplicate', MESSAGES.duplicateChoice(text));
      seen.add(text);
    }
    return read as T[];
  }

  /** Flags by name at `path` (a field of the project), each false unless the object says true. */
  flags<K extends string>(value: unknown, known: Shape, path: Path): Record<K, boolean> {
    const read = {} as Record<K, boolean>;
    const fields = value === undefined ? undefined : this.object(value, path);
    for (const name of known.names) read[name as K] = (fields && this.flag(fields[name], path, name)) ?? false;
    if (fields) this.unknownKeys(fields, known, path);
    return read;
  }

  /** The optional amounts of an optional object at `path`, in its order, those left out left out. */
  amounts<K extends string>(value: unknown, known: Shape, path: Path): Partial<Record<K, Decimal>> {
    const read: Partial<Record<K, Decimal>> = {};
    if (value === undefined) return read;
    const fields = this.object(value, path);
    if (fields === undefined) return read;
    for (const name of known.names) {
      const amount = this.optionalAmount(fields[name], path, name);
      if (amount !== undefined) read[name as K] = amount;
    }
    this.unknownKeys(fields, known, path);
    return read;
  }

  /** A talent; a name twice, or a high-level talent said unqualified, is for the relations. */
  talent(value: unknown, index: number): Talent | undefined {
    const fields = this.object(value, ['talents'], String(index));
    if (fields === undefined) return undefined;
    const path = ['talents', String(index)];
    const name = this.take(readText(fields['name']), path, 'name')!;
    const given = fields['qualified'];
    const qualified = this.flag(given, path, 'qualified');
    const highLevel = this.flag(fields['highLevel'], path, 'highLevel') ?? false;
    if (this.names.has(name) || (highLevel && given === false)) this.related = true;
    this.names.add(name);
    const read: Talent = { name, qualified: highLevel || (qualified ?? false), highLevel };
    const housing = fields['housingPurchase'];
    if (housing !== undefined) {
      const house = this.object(housing, path, 'housingPurchase');
      if (house) {
        const at = [...path, 'housingPurchase'];
        read.housingPurchase = { price: this.amount(house['price'], at, 'price')! };
        this.unknownKeys(house, HOUSING, at);
      }
    }
    const rent = fields['rent'];
    if (rent !== undefined) {
      const lease = this.object(rent, path, 'rent');
      if (lease) {
        const at = [...path, 'rent'];
        const monthly = this.amount(lease['monthly'], at, 'monthly')!;
        const start = this.take(readDate(lease['start']), at, 'start')!;
        const months = this.optionalWhole(lease['months'], LIMITS.maxMonths, at, 'months');
        read.rent = months === undefined ? { monthly, start } : { monthly, start, months };
        this.unknownKeys(lease, RENT, at);
      }
    }
    this.unknownKeys(fields, TALENT, path);
    return read;
  }

  /**
   * A loan, normalised as `normalizeProject` does: simple interest over
   * `years`, or a repayment form with a `start` and one term. Whether its
   * fields go together, and the periods of all the loans, are for the
   * relations.
   */
  loan(value: unknown, index: number): Loan | undefined {
    const fields = this.object(value, LOANS, String(index));
    if (fields === undefined) return undefined;
    const path = [...LOANS, String(index)];
    const principal = this.amount(fields['principal'], path, 'principal')!;
    const annualRate = this.rate(fields['annualRate'], path, 'annualRate')!;
    const years = this.optionalWhole(fields['years'], LIMITS.maxYears, path, 'years');
    const given = fields['repayment'];
    const repayment = given === undefined ? undefined : this.take(WORDS.repayments.read(given), path, 'repayment');
    const start = this.optionalDate(fields['start'], path, 'start');
    const termMonths = this.optionalWhole(fields['termMonths'], LIMITS.maxMonths, path, 'termMonths');
    this.unknownKeys(fields, LOAN, path);
    if (given === undefined) {
      if (fields['years'] === undefined || fields['start'] !== undefined || fields['termMonths'] !== undefined) this.related = true;
      return { form: 'simple', principal, annualRate, years: years ?? 0 };
    }
    if (fields['start'] === undefined || (fields['termMonths'] === undefined) === (fields['years'] === undefined)) this.related = true;
    const months = termMonths ?? (years ?? 0) * 12;
    this.periods += months;
    return { form: repayment as 'bullet', principal, annualRate, start: start ?? '', termMonths: months };
  }

  talentStartup(value: unknown): Project['talentStartup'] {
    if (value === undefined) return undefined;
    const fields = this.object(value, ROOT, 'talentStartup');
    if (fields === undefined) return undefined;
    const founder = this.take(readText(fields['founder']), TALENT_STARTUP, 'founder')!;
    const requested = this.amounts<'startupFund' | 'shareInvestment' | 'ventureCapital'>(fields['requested'], REQUESTED, REQUESTED_PATH);
    const loans: Loan[] = [];
    const given = fields['loans'] === undefined ? undefined : this.list(fields['loans'], LIMITS.maxLoans, TALENT_STARTUP, 'loans');
    if (given) for (let index = 0; index < given.length; index += 1) loans.push(this.loan(given[index], index)!);
    if (!this.names.has(founder) || this.periods > LIMITS.maxLoanPeriods) this.related = true;
    this.unknownKeys(fields, STARTUP, TALENT_STARTUP);
    return { founder, requested, loans };
  }

  /** The fields of a project, normalised, in the order of `normalizeProject`. */
  fields(fields: Fields): Project {
    const project = { name: this.take(readText(fields['name']), ROOT, 'name')! } as Project;
    const id = fields['id'] === undefined ? undefined : this.take(readText(fields['id']), ROOT, 'id');
    if (id !== undefined) project.id = id;
    const asOf = this.optionalDate(fields['asOf'], ROOT, 'asOf');
    if (asOf !== undefined) project.asOf = asOf;
    project.investment = this.investment(fields['investment'])!;
    project.classification = this.flags(fields['classification'], CLASSIFICATION, CLASSIFICATION_PATH);
    project.activities = this.distinct(fields['activities'], ACTIVITIES.length, 'activities', WORDS.activities.read);
    project.deviceTypes = this.distinct(fields['deviceTypes'], DEVICE_TYPES.length, 'deviceTypes', WORDS.deviceTypes.read);
    project.targetMarkets = this.distinct(fields['targetMarkets'], TARGET_MARKETS.length, 'targetMarkets', WORDS.targetMarkets.read);
    const industry = fields['industry'] === undefined ? undefined : this.take(WORDS.industries.read(fields['industry']), ROOT, 'industry');
    if (industry !== undefined) project.industry = industry as Industry;
    project.sourceProjects = this.distinct(fields['sourceProjects'], LIMITS.maxSourceProjects, 'sourceProjects', readSourceProject);
    project.enterprise = this.flags(fields['enterprise'], ENTERPRISE, ENTERPRISE_PATH);
    project.plans = this.flags(fields['plans'], PLANS, PLANS_PATH);
    project.finance = this.amounts(fields['finance'], FINANCE, FINANCE_PATH);
    const talents: Talent[] = [];
    const given = fields['talents'] === undefined ? undefined : this.list(fields['talents'], LIMITS.maxTalents, ROOT, 'talents');
    if (given) for (let index = 0; index < given.length; index += 1) talents.push(this.talent(given[index], index)!);
    project.talents = talents;
    const startup = this.talentStartup(fields['talentStartup']);
    if (startup) project.talentStartup = startup;
    const exit = this.policyFundExit(fields['policyFundExit']);
    if (exit) project.policyFundExit = exit;
    const support = this.talentSupport(fields['talentSupport']);
    if (support) project.talentSupport = support;
    project.facts = this.facts(fields['facts']);
    return project;
  }

  investment(value: unknown): Project['investment'] | undefined {
    const fields = this.object(value, ROOT, 'investment');
    if (fields === undefined) return undefined;
    const actual = this.amount(fields['actual'], INVESTMENT_PATH, 'actual')!;
    const given = fields['infrastructure'];
    const infrastructure = given === undefined ? ZERO : this.amount(given, INVESTMENT_PATH, 'infrastructure')!;
    if (actual && infrastructure && infrastructure.greaterThan(actual)) this.related = true;
    this.unknownKeys(fields, INVESTMENT, INVESTMENT_PATH);
    return { actual, infrastructure };
  }

  policyFundExit(value: unknown): Project['policyFundExit'] {
    if (value === undefined) return undefined;
    const fields = this.object(value, ROOT, 'policyFundExit');
    if (fields === undefined) return undefined;
    const path = ['policyFundExit'];
    const read = {
      holdingYears: this.take(readPositiveInteger(fields['holdingYears'], LIMITS.maxExitYears), path, 'holdingYears')!,
      buyBackRate: this.rate(fields['buyBackRate'], path, 'buyBackRate')!,
      expectedReturn: this.rate(fields['expectedReturn'], path, 'expectedReturn')!,
    };
    this.unknownKeys(fields, EXIT, path);
    return read;
  }

  talentSupport(value: unknown): Project['talentSupport'] {
    if (value === undefined) return undefined;
    const fields = this.object(value, ROOT, 'talentSupport');
    if (fields === undefined) return undefined;
    const path = ['talentSupport'];
    const expiresOn = this.take(readDate(fields['expiresOn']), path, 'expiresOn')!;
    const highPotential = this.flag(fields['highPotential'], path, 'highPotential') ?? false;
    const requested = this.optionalAmount(fields['incrementalRequested'], path, 'incrementalRequested');
    this.unknownKeys(fields, SUPPORT, path);
    return requested === undefined ? { expiresOn, highPotential } : { expiresOn, highPotential, incrementalRequested: requested };
  }

  /** The facts of packs' own (see `readProjectFacts`), their problems at `facts`. */
  facts(value: unknown): ReadonlyMap<string, unknown> {
    if (value === undefined) return new Map<string, unknown>();
    const read = readProjectFacts(value);
    if (read.ok) return read.facts;
    for (const issue of read.issues) this.issues.push({ ...issue, path: ['facts', ...issue.path] });
    return new Map<string, unknown>();
  }
}

/** A project's fields as read: the issues in zod's order, the normalised project, and whether a relation between fields may be broken. */
export interface ProjectReading {
  issues: InputIssue[];
  /** Meaningful only when there is no issue; undefined when the project is not an object. */
  project: Project | undefined;
  /** False when no relation between the fields read can be broken: the checks of `relations.ts` would find nothing. */
  related: boolean;
}

/**
 * Reads a project's fields as the zod schema of `project.ts` reads them, then
 * normalises them as `normalizeProject` does: the same issues in the same
 * order, or when there are none the same project. The relations between
 * fields and the oversized lists are `validateProject`'s; this reading says
 * only whether a relation may be broken.
 *
 * @param copy - the project, as `readInput` copied it
 * @returns the issues, the normalised project, and whether a relation may be broken
 *
 * @example
 * readProject({ name: 'CMP line', investment: { actual: '250000000' } }).project?.investment.infrastructure.toFixed(); //=> '0'
 * readProject({ name: 'CMP line', investment: { actual: '-1' } }).issues;
 * //=> [{ code: 'out_of_range', path: ['investment', 'actual'], message: 'An amount cannot be negative; got "-1".' }]
 */
export function readProject(copy: unknown): ProjectReading {
  const reading = new Reading();
  const fields = reading.object(copy, ROOT);
  if (fields === undefined) return { issues: reading.issues, project: undefined, related: false };
  const project = reading.fields(fields);
  reading.unknownKeys(fields, PROJECT, ROOT);
  return { issues: reading.issues, project, related: reading.related };
}
