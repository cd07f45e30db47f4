import type { ProjectInput } from '../../../src/index.js';
import { REPRESENTATIVE_PROJECT } from '../representative.js';

type Talents = NonNullable<ProjectInput['talents']>;
type Startup = NonNullable<ProjectInput['talentStartup']>;
type Support = NonNullable<ProjectInput['talentSupport']>;

const base = REPRESENTATIVE_PROJECT.project;
const talents = base.talents as Talents;
const startup = base.talentStartup as Startup;
const support = base.talentSupport as Support;
const [founder, engineer, designer] = talents as [Talents[number], Talents[number], Talents[number]];

const withTalents = (list: Talents): ProjectInput => ({ ...base, talents: list });
const withStartup = (changes: Partial<Startup>): ProjectInput => ({ ...base, talentStartup: { ...startup, ...changes } });
const withSupport = (changes: Partial<Support>): ProjectInput => ({ ...base, talentSupport: { ...support, ...changes } });
const withRent = (index: 1 | 2, rent: Record<string, unknown>): ProjectInput =>
  withTalents(talents.map((talent, at) => (at === index ? { ...talent, rent: rent as never } : talent)));

/**
 * Variations of the representative project, each named: other amounts (with
 * and without cents, each ceiling binding or not), fewer talents, no loan,
 * other loans, other dates. The floor prototype either computes exactly what
 * `evaluate` does for one or refuses it as not of its shape.
 */
export const VARIATIONS: ReadonlyArray<readonly [string, ProjectInput]> = [
  ['the representative project', base],
  ['co-investment at its 100 million ceiling', { ...base, investment: { actual: '500000000.99', infrastructure: '10000000.01' } }],
  ['co-investment exactly at the ceiling', { ...base, investment: { actual: '433333333.34', infrastructure: '100000000.01' } }],
  ['no infrastructure', { ...base, investment: { actual: '123456789.01' } }],
  ['whole amounts without cents', { ...base, investment: { actual: '380000000', infrastructure: '62000000' } }],
  ['housing under its ceiling', withTalents([{ ...founder, housingPurchase: { price: '512345.67' } }, engineer, designer])],
  ['housing exactly at its ceiling', withTalents([{ ...founder, housingPurchase: { price: '600000.00' } }, engineer, designer])],
  ['rent for fewer months than 36', withRent(1, { monthly: '1999.99', start: '2019-05-31', months: 24 })],
  ['rent exactly at the monthly ceiling', withRent(2, { monthly: '2000', start: '2019-03-01', months: 36 })],
  ['rent without a number of months', withRent(1, { monthly: '1850.35', start: '2019-01-31' })],
  ['rent starting on the 29th', withRent(2, { monthly: '1200.01', start: '2019-01-29', months: 40 })],
  ['fewer talents: no designer', withTalents([founder, engineer])],
  ['fewer talents: the founder alone', withTalents([founder])],
  ['a founder who does not buy', withTalents([{ name: 'Founder', highLevel: true }, engineer, designer])],
  ['requests above the 6 million ceiling', withStartup({ requested: { startupFund: '6000000.01', shareInvestment: '7500000', ventureCapital: '6000000' } })],
  ['no loan', withStartup({ loans: [] })],
  ['no loans field', { ...base, talentStartup: { founder: 'Founder', requested: startup.requested! } }],
  ['a loan whose interest passes the ceiling', withStartup({ loans: [{ principal: '90000000.01', annualRate: '0.0615', years: 5 }] })],
  ['a loan at a whole-percent rate', withStartup({ loans: [{ principal: '1000000.33', annualRate: '0.05', years: 1 }] })],
  ['two loans', withStartup({ loans: [{ principal: '1000000', annualRate: '0.04', years: 2 }, { principal: '2500000.50', annualRate: '0.0435', years: 3 }] })],
  ['incremental support above its ceiling', withSupport({ incrementalRequested: '25000000.10' })],
  ['incremental support not requested', { ...base, talentSupport: { expiresOn: '2021-12-31', highPotential: true } }],
  ['a renter listed before a buyer', withTalents([engineer, designer, { ...founder, housingPurchase: { price: '700000.5' } }])],
  ['amounts with one decimal and leading zeros', { ...base, investment: { actual: '0380000000.5', infrastructure: '62000000.3' } }],
  ['a project with an id', { ...base, id: 'P-7' }],
  ['another assessment date', { ...base, asOf: '2023-06-15' }],
];
