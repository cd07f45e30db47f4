/**
 * The floor prototype's input: validation of exactly the fields the
 * representative shape uses, fused with reading them. Each object's own
 * enumerable keys are listed once (`Object.keys`, as the library's `readInput`
 * lists them) and each value is read once, in that loop, into a local: a
 * getter runs once and a Proxy answers once, so every later check and the
 * computation see the same value, with no defensive copy of the input.
 * Amounts are parsed straight from their decimal strings into whole cents.
 *
 * Accept-only: whatever this reads is valid and reads to the same normalised
 * values as the library's validation; anything else (an invalid field, a
 * field of another shape, a value that would need the general path) throws
 * `NotMyShape`, where a compiled engine would hand the input to the full
 * validation, which gives the errors. Nothing here builds an error message.
 */

/** Thrown for an input the prototype does not cover: a compiled engine would take the general path. */
export class NotMyShape extends Error {
  constructor(why: string) {
    super(`not my shape: ${why}`);
  }
}

const refuse = (why: string): never => {
  throw new NotMyShape(why);
};

/** A talent as read: its name, and the housing or the rent it gives (at most one of them in this shape). */
export interface TalentReading {
  name: string;
  highLevel: boolean;
  /** Purchase price in cents, or -1. */
  price: number;
  /** Monthly rent in cents, or -1 (no rent). */
  monthly: number;
  start: string;
  /** Months given, or 0 when left out. */
  months: number;
}

/** A loan as read: principal in cents, the rate as units over 10^scale, whole years. */
export interface LoanReading {
  principal: number;
  rateUnits: number;
  rateScale: number;
  years: number;
}

/** The project as read: what the computation and the texts need, nothing else. */
export interface Reading {
  name: string;
  id: string | undefined;
  asOf: string;
  actual: number;
  infrastructure: number;
  talents: TalentReading[];
  startupFund: number;
  shareInvestment: number;
  ventureCapital: number;
  loans: LoanReading[];
  incremental: number;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** 10^13 yuan in cents: an amount of at most 13 integer digits has a safe number of cents (the library accepts up to 10^15). */
const MAX_INTEGER_DIGITS = 13;

/**
 * Whole cents of a plain decimal string (`\d+(\.\d{1,2})?`, at most 13 integer
 * digits): exactly the Decimal the library reads from it, times 100.
 */
function cents(value: unknown): number {
  if (typeof value !== 'string') return refuse('an amount that is not a string');
  const length = value.length;
  let whole = 0;
  let at = 0;
  for (; at < length; at += 1) {
    const code = value.charCodeAt(at);
    if (code === 46) break;
    if (code < 48 || code > 57) return refuse('an amount that is not a plain decimal');
    whole = whole * 10 + (code - 48);
  }
  if (at === 0 || at > MAX_INTEGER_DIGITS) return refuse('an amount out of the prototype\'s range');
  if (at === length) return whole * 100;
  const decimals = length - at - 1;
  if (decimals < 1 || decimals > 2) return refuse('an amount with other than one or two decimals');
  const first = value.charCodeAt(at + 1) - 48;
  const second = decimals === 2 ? value.charCodeAt(at + 2) - 48 : 0;
  if (first < 0 || first > 9 || second < 0 || second > 9) return refuse('an amount that is not a plain decimal');
  return whole * 100 + first * 10 + second;
}

/** A rate strictly between 0 and 1 with 1 to 9 decimals, as units over a power of ten (trailing zeros dropped). */
function rate(value: unknown, loan: LoanReading): void {
  if (typeof value !== 'string' || value.length < 3 || value.length > 11 || value.charCodeAt(0) !== 48 || value.charCodeAt(1) !== 46) {
    refuse('a rate the prototype does not read');
  }
  const text = value as string;
  let units = 0;
  let last = 0;
  for (let at = 2; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) refuse('a rate that is not a plain decimal');
    units = units * 10 + (code - 48);
    if (code !== 48) last = at - 1;
  }
  if (units === 0) refuse('a zero rate');
  let scale = text.length - 2;
  while (scale > last) {
    units /= 10;
    scale -= 1;
  }
  loan.rateUnits = units;
  loan.rateScale = scale;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The days of a month of a year. */
export const daysIn = (year: number, month: number): number => (month === 2 && leap(year) ? 29 : DAYS[month]!);

const digit = (text: string, at: number): number => {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : refuse('a date that is not YYYY-MM-DD');
};

/** A real calendar date `YYYY-MM-DD` from 1900-01-01 to 2999-12-31, kept as written. */
function date(value: unknown): string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return refuse('not a date');
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) refuse('not a date');
  return value;
}

/** A text the library accepts as a name: at most 500 characters, one not blank. */
function text(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500 || value.trim() === '') return refuse('not a text');
  return value;
}

function whole(value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) return refuse('not a whole number in range');
  return value;
}

function investment(value: unknown, reading: Reading): void {
  if (!isPlainObject(value)) return refuse('investment');
  let actual = -1;
  let infrastructure = 0;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'actual') actual = cents(field);
    else if (key === 'infrastructure') { if (field !== undefined) infrastructure = cents(field); }
    else refuse(`investment.${key}`);
  }
  if (actual < 0 || infrastructure > actual) refuse('investment');
  reading.actual = actual;
  reading.infrastructure = infrastructure;
}

/** The classification of the shape: particularly important and in the leading directions, nothing else said. */
function classification(value: unknown): void {
  if (!isPlainObject(value)) return refuse('classification');
  let important = false;
  let leading = false;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'particularlyImportant' && field === true) important = true;
    else if (key === 'leadingIndustryDirection' && field === true) leading = true;
    else refuse(`classification.${key}`);
  }
  if (!important || !leading) refuse('classification');
}

function talent(value: unknown): TalentReading {
  if (!isPlainObject(value)) return refuse('talent');
  const read: TalentReading = { name: '', highLevel: false, price: -1, monthly: -1, start: '', months: 0 };
  let named = false;
  let qualified: unknown;
  for (const key of Object.keys(value)) {
    const field = value[key];
    switch (key) {
      case 'name': read.name = text(field); named = true; break;
      case 'qualified': qualified = field; break;
      case 'highLevel': if (field !== true && field !== false) refuse('highLevel'); read.highLevel = field as boolean; break;
      case 'housingPurchase': {
        if (!isPlainObject(field)) return refuse('housingPurchase');
        for (const inner of Object.keys(field)) {
          if (inner !== 'price') refuse(`housingPurchase.${inner}`);
          read.price = cents(field[inner]);
        }
        if (read.price < 0) refuse('housingPurchase.price');
        break;
      }
      case 'rent': {
        if (!isPlainObject(field)) return refuse('rent');
        for (const inner of Object.keys(field)) {
          const part = field[inner];
          if (inner === 'monthly') read.monthly = cents(part);
          else if (inner === 'start') read.start = date(part);
          else if (inner === 'months') read.months = whole(part, 1200);
          else refuse(`rent.${inner}`);
        }
        if (read.monthly < 0 || read.start === '') refuse('rent');
        break;
      }
      default: refuse(`talent.${key}`);
    }
  }
  if (!named) refuse('talent.name');
  // A qualified talent (or a high-level one, qualified by that), with housing or rent but not both (the one-of group).
  if (qualified !== undefined && qualified !== true && qualified !== false) refuse('qualified');
  if (read.highLevel ? qualified === false : qualified !== true) refuse('a talent who is not qualified');
  if (read.price >= 0 && read.monthly >= 0) refuse('a talent with both housing and rent');
  return read;
}

function loan(value: unknown): LoanReading {
  if (!isPlainObject(value)) return refuse('loan');
  const read: LoanReading = { principal: -1, rateUnits: 0, rateScale: 0, years: 0 };
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'principal') read.principal = cents(field);
    else if (key === 'annualRate') rate(field, read);
    else if (key === 'years') read.years = whole(field, 100);
    else refuse(`loan.${key}`);
  }
  if (read.principal < 0 || read.rateUnits === 0 || read.years === 0) refuse('loan');
  return read;
}

function talentStartup(value: unknown, reading: Reading): string {
  if (!isPlainObject(value)) return refuse('talentStartup');
  let founder = '';
  let requested = false;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'founder') founder = text(field);
    else if (key === 'requested') {
      if (!isPlainObject(field)) return refuse('requested');
      let count = 0;
      for (const inner of Object.keys(field)) {
        const amount = cents(field[inner]);
        if (inner === 'startupFund') reading.startupFund = amount;
        else if (inner === 'shareInvestment') reading.shareInvestment = amount;
        else if (inner === 'ventureCapital') reading.ventureCapital = amount;
        else refuse(`requested.${inner}`);
        count += 1;
      }
      // All three requested (a request left out is the policy's maximum: another shape).
      if (count !== 3) refuse('requested');
      requested = true;
    } else if (key === 'loans') {
      if (!Array.isArray(field)) return refuse('loans');
      const length = field.length;
      if (length > 16) refuse('more loans than the prototype reads');
      for (let index = 0; index < length; index += 1) reading.loans.push(loan(field[index]));
    } else refuse(`talentStartup.${key}`);
  }
  if (founder === '' || !requested) refuse('talentStartup');
  return founder;
}

function talentSupport(value: unknown, reading: Reading): string {
  if (!isPlainObject(value)) return refuse('talentSupport');
  let expiresOn = '';
  let potential = false;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'expiresOn') expiresOn = date(field);
    else if (key === 'highPotential' && field === true) potential = true;
    else if (key === 'incrementalRequested') reading.incremental = cents(field);
    else refuse(`talentSupport.${key}`);
  }
  if (expiresOn === '' || !potential || reading.incremental < 0) refuse('talentSupport');
  return expiresOn;
}

/** The options of the benchmark, read as the library reads them: exactly the policy and the one reading. */
function options(value: unknown): void {
  if (!isPlainObject(value)) return refuse('options');
  let policy = false;
  let reading = false;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'policy' && field === 'qingshan-lake-2018') policy = true;
    else if (key === 'interpretations' && isPlainObject(field)) {
      for (const inner of Object.keys(field)) {
        if (inner !== 'incrementalOverlap' || field[inner] !== 'independent') refuse('interpretations');
        reading = true;
      }
    } else refuse(`options.${key}`);
  }
  if (!policy || !reading) refuse('options');
}

/** The date the pack was published: an earlier assessment date is another shape. */
const PUBLISHED = '2018-06-15';

/**
 * Reads and validates a project of the representative shape and the options
 * of the benchmark, in one pass.
 *
 * @param project - what the caller passed as the project
 * @param given - what the caller passed as the options
 * @returns what the computation needs, in cents, dates and names
 * @throws {NotMyShape} for anything the prototype does not cover
 */
export function readProject(project: unknown, given: unknown): Reading {
  options(given);
  if (!isPlainObject(project)) return refuse('project');
  const reading: Reading = {
    name: '', id: undefined, asOf: '', actual: -1, infrastructure: 0, talents: [],
    startupFund: -1, shareInvestment: -1, ventureCapital: -1, loans: [], incremental: -1,
  };
  let founder = '';
  let expiresOn = '';
  let classified = false;
  for (const key of Object.keys(project)) {
    const field = project[key];
    switch (key) {
      case 'name': reading.name = text(field); break;
      case 'id': reading.id = text(field); break;
      case 'asOf': reading.asOf = date(field); break;
      case 'investment': investment(field, reading); break;
      case 'classification': classification(field); classified = true; break;
      case 'talents': {
        if (!Array.isArray(field)) return refuse('talents');
        const length = field.length;
        if (length > 64) refuse('more talents than the prototype reads');
        for (let index = 0; index < length; index += 1) reading.talents.push(talent(field[index]));
        break;
      }
      case 'talentStartup': founder = talentStartup(field, reading); break;
      case 'talentSupport': expiresOn = talentSupport(field, reading); break;
      default: refuse(`project.${key}`);
    }
  }
  if (reading.name === '' || reading.asOf === '' || reading.actual < 0 || !classified || founder === '' || expiresOn === '') refuse('project');
  // The relations: distinct names, a founder among them who is high-level; the support expired before the assessment date.
  const talents = reading.talents;
  let founderHighLevel = false;
  for (let index = 0; index < talents.length; index += 1) {
    const name = talents[index]!.name;
    for (let other = 0; other < index; other += 1) if (talents[other]!.name === name) refuse('a name twice');
    if (name === founder) founderHighLevel = talents[index]!.highLevel;
  }
  if (!founderHighLevel) refuse('a founder who is not a high-level talent');
  if (!(expiresOn < reading.asOf) || reading.asOf < PUBLISHED) refuse('dates of another shape');
  return reading;
}
