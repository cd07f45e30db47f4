import { LIMITS } from './limits.js';
import { describeValue } from './describe.js';
import { printable } from './printable.js';
import { didYouMean, suggest } from './suggest.js';

/** ` Did you mean "x"?` after a name that is not one of the known ones, when one is close. */
const hint = (value: unknown, known: readonly string[]) => (typeof value === 'string' ? didYouMean(value, known) : '');
/** For an id close to a built-in pack's, the import that gives that pack (chip-incentives/core takes no id). */
const packHint = (value: string, known: ReadonlyArray<{ id: string; exportName: string }>) => {
  const near = known.find((entry) => entry.id === suggest(value, known.map((candidate) => candidate.id)));
  return near ? ` Did you mean import { ${near.exportName} } from 'chip-incentives/packs/${near.id}'?` : '';
};

/**
 * The did-you-mean hint for a rule id, which is `<pack id>/<name>`: a rule
 * given by its name alone (`talent-rent`), or by a misspelt name, is matched
 * on the names too.
 *
 * @param key - the rule id given
 * @param known - the ids of the rules there are
 * @returns ` Did you mean "<id>"?`, or nothing when no id is close
 *
 * @example
 * ruleHint('talent-rnet', ['qingshan-lake-2018/talent-rent']); //=> ' Did you mean "qingshan-lake-2018/talent-rent"?'
 */
export function ruleHint(key: string, known: readonly string[]): string {
  const direct = hint(key, known);
  if (direct !== '' || key.includes('/')) return direct;
  const byName = new Map(known.map((id) => [id.slice(id.indexOf('/') + 1), id]));
  const name = byName.has(key) ? key : suggest(key, byName.keys());
  return name === undefined ? '' : ` Did you mean ${JSON.stringify(byName.get(name))}?`;
}

/** A kind of fact as a sentence names it, with its article: "an amount", "a series of counts". */
const FACT_TYPE_WORDS: Readonly<Record<string, string>> = {
  'amount': 'an amount',
  'count': 'a count',
  'rate': 'a rate',
  'boolean': 'a boolean (true or false)',
  'date': 'a date',
  'text': 'a text',
  'list': 'a list',
  'loans': 'a list of loans',
  'amount-series': 'a series of amounts',
  'count-series': 'a series of counts',
};

/** The kinds of fact accepted, as a sentence ends: "an amount or a count". */
const factKinds = (types: readonly string[]) => types.map((type) => (Object.hasOwn(FACT_TYPE_WORDS, type) ? FACT_TYPE_WORDS[type] : `a ${type}`)).join(' or ');

/**
 * Every message an input problem can carry, in one place, so that wording
 * stays consistent and tests can refer to it. Each is a sentence about the
 * value, not about the code that read it.
 */
export const MESSAGES = {
  required: 'This field is required.',
  amount: (value: unknown) =>
    `Expected an amount in yuan: a non-negative number or a decimal string such as "1500000.50"; got ${describeValue(value)}.`,
  amountText: (value: unknown) =>
    `Cannot read ${describeValue(value)} as an amount in yuan: write digits (with or without thousands separators), an optional unit (万, 亿, thousand, million, billion) and an optional currency (¥, RMB, CNY, 元, yuan), such as "3,000万元", "30 million RMB" or "1500000.50".`,
  amountTextEmpty: 'An amount cannot be an empty text.',
  amountAmbiguous: (value: unknown, reading: { unit: string; places: number; example: string; meant: string; meantInUnit: string }) =>
    `Cannot tell what ${describeValue(value)} means: after ${reading.unit}, a number without a unit is either one digit, the next place down ` +
    `("1${reading.unit}5" is ${reading.example}), or a full group of ${reading.places} digits. ` +
    `If you mean ${reading.meant}, write "${reading.meantInUnit}" or "${reading.meant}".`,
  amountNotFinite: (value: unknown) => `An amount must be a finite number; got ${describeValue(value)}.`,
  amountNegative: (value: unknown) => `An amount cannot be negative; got ${describeValue(value)}.`,
  amountTooLarge: (value: unknown) =>
    `An amount cannot exceed ${LIMITS.maxAmount} yuan (10^15); got ${describeValue(value)}.`,
  tooManyDecimals: (value: unknown) =>
    `A value may have at most ${LIMITS.maxDecimalPlaces} decimal places; got ${describeValue(value)}.`,
  rate: (value: unknown) =>
    `Expected a rate as a decimal fraction, a number or a string such as "0.0435" for 4.35%; got ${describeValue(value)}.`,
  rateNegative: (value: unknown) => `A rate cannot be negative; got ${describeValue(value)}.`,
  rateTooLarge: (value: unknown) =>
    `A rate is a fraction and cannot exceed ${LIMITS.maxRate} (100% a year); got ${describeValue(value)}. Write 4.35% as 0.0435.`,
  probability: (value: unknown) =>
    `Expected a probability as a decimal fraction from 0 to 1, a number or a string such as "0.2" for 20%; got ${describeValue(value)}.`,
  probabilityNegative: (value: unknown) => `A probability cannot be negative; got ${describeValue(value)}.`,
  probabilityTooLarge: (value: unknown) => `A probability cannot exceed 1 (certain); got ${describeValue(value)}. Write 20% as 0.2.`,
  share: (value: unknown) =>
    `Expected a share as a decimal fraction from 0 to 1, a number or a string such as "0.5" for half; got ${describeValue(value)}.`,
  shareNegative: (value: unknown) => `A share cannot be negative; got ${describeValue(value)}.`,
  shareTooLarge: (value: unknown) => `A share cannot exceed 1 (the whole); got ${describeValue(value)}. Write 30% as 0.3.`,
  date: (value: unknown) => `Expected a calendar date written YYYY-MM-DD, such as "2018-07-01"; got ${describeValue(value)}.`,
  impossibleDate: (value: unknown) => `${describeValue(value)} is not a real calendar date.`,
  dateOutOfRange: (value: unknown) =>
    `A date must lie between ${LIMITS.minDate} and ${LIMITS.maxDate}; got ${describeValue(value)}.`,
  positiveInteger: (value: unknown, max: number) =>
    `Expected a whole number from 1 to ${max}; got ${describeValue(value)}.`,
  seed: (value: unknown) =>
    `Expected a fast-check seed, a whole number from -2147483648 to 2147483647 as a failure report prints it; got ${describeValue(value)}.`,
  text: (value: unknown) => `Expected a non-empty text of at most ${LIMITS.maxTextLength} characters; got ${describeValue(value)}.`,
  boolean: (value: unknown) => `Expected true or false; got ${describeValue(value)}.`,
  object: (value: unknown) => `Expected an object with named fields; got ${describeValue(value)}.`,
  list: (value: unknown) => `Expected a list; got ${describeValue(value)}.`,
  listTooLong: (max: number) => `A list may hold at most ${max} entries.`,
  reservedKey: 'The key "__proto__" is not accepted anywhere in an input: in JavaScript it names an object\'s prototype, not data.',
  unknownField: (known: readonly string[], key?: string) =>
    `Unknown field (check its spelling); the fields allowed here are: ${known.join(', ')}.${hint(key, known)}`,
  choice: (value: unknown, allowed: readonly string[]) =>
    `Expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${describeValue(value)}.${hint(value, allowed)}`,
  htmlOfOpportunities:
    'The result of opportunities has no HTML report: render it as text, markdown, csv or json (the main entry\'s renderReport, or format here).',
  htmlFromItsEntry:
    ' The HTML report has its own entry, so that the main entry carries no chart code: import { renderReport } from "chip-incentives/html".',
  infrastructureAboveActual: (infrastructure: string, actual: string) =>
    `Infrastructure (${infrastructure}) cannot exceed the actual investment (${actual}) it is part of.`,
  duplicateChoice: (value: unknown) => `Each entry may appear once; ${describeValue(value)} appears more than once.`,
  duplicateTalent: (name: string) => `Talent names must be unique; ${describeValue(name)} appears more than once.`,
  founderNotATalent: (name: string) =>
    `The founder ${describeValue(name)} is not among the project's talents; add the founder to "talents" with that name.`,
  highLevelNotQualified:
    'A high-level talent is a qualified talent: "highLevel: true" cannot go with "qualified: false".',
  loanSimpleNeedsYears:
    'A loan without a repayment form is counted as simple interest over whole years: give "years" (or give "repayment", "start" and "termMonths").',
  loanSimpleExtra: (field: string) =>
    `"${field}" goes with a repayment form: give "repayment" too, or leave "${field}" out for simple interest over "years".`,
  loanNeedsStart: 'A loan with a repayment form needs its "start" date (YYYY-MM-DD): the interest is dated month by month.',
  loanNeedsTerm: 'A loan with a repayment form needs its term: "termMonths", or "years".',
  loanTermTwice: 'Give the term once: "termMonths" or "years", not both.',
  tooManyLoanPeriods: (max: number) =>
    `The loans with a repayment form run over more than ${max} monthly periods in all; split the assessment or shorten the terms.`,
  missingAsOf:
    'No assessment date: give "asOf" on the project or in the options, as YYYY-MM-DD. The library never reads the clock.',
  unknownPolicy: (value: unknown, known: readonly string[]) =>
    typeof value === 'string'
      ? `Unknown policy ${describeValue(value)}; the policies are: ${known.join(', ')}.${hint(value, known)}`
      : `Expected a policy: a built-in pack's id (${known.join(', ')}) or a pack made by definePolicy or loadPolicy; got ${describeValue(value)}. A definition written as data goes through definePolicy first.`,
  policyRequired: (known: readonly string[]) =>
    `No policy: give "policy", a built-in pack's id (${known.join(', ')}) or a pack made by definePolicy or loadPolicy.`,
  // chip-incentives/core takes packs only: each message names where a built-in pack is imported from.
  packNotId: (value: string, known: ReadonlyArray<{ id: string; exportName: string }>) => {
    const builtIn = known.find((entry) => entry.id === value);
    return builtIn
      ? `chip-incentives/core takes a policy pack, not an id: import { ${builtIn.exportName} } from 'chip-incentives/packs/${builtIn.id}' and give it as "policy" (evaluate from 'chip-incentives' takes the id).`
      : `chip-incentives/core takes a policy pack, not an id; got ${describeValue(value)}. A built-in pack is imported from 'chip-incentives/packs/<id>' (${known.map((entry) => entry.id).join(', ')}); a pack of your own is made by definePolicy or loadPolicy.${packHint(value, known)}`;
  },
  notAPack: (value: unknown, known: readonly string[]) =>
    `Expected a policy pack: a built-in one imported from 'chip-incentives/packs/<id>' (${known.join(', ')}) or one made by definePolicy or loadPolicy; got ${describeValue(value)}. A definition written as data goes through definePolicy first.`,
  packRequired: (known: readonly string[]) =>
    `No policy: give "policy", a pack imported from 'chip-incentives/packs/<id>' (${known.join(', ')}) or made by definePolicy or loadPolicy.`,
  packOfAnotherCopy:
    "This pack is not one this copy of the library made: a copy, spread or Proxy of a pack, or a pack of another copy (the package's other build, CommonJS or ESM, or another version). chip-incentives/core takes the packs of its own copy, as they were returned: pass the pack itself, imported from the same build as evaluate, or use evaluate from 'chip-incentives', which validates such a pack again.",
  unknownInterpretation: (key: string, known: readonly string[]) =>
    `Unknown interpretation ${describeValue(key)} for this policy; its interpretations are: ${known.length ? known.join(', ') : '(none)'}.${hint(key, known)}`,
  unknownRule: (key: string, known: readonly string[]) =>
    `Unknown rule ${describeValue(key)} for this policy; its rules are: ${known.join(', ')}.${ruleHint(key, known)}`,
  unknownParameter: (key: string, known: readonly string[]) =>
    `Unknown parameter ${describeValue(key)} for this rule; its parameters are: ${known.length ? known.join(', ') : '(none)'}.${hint(key, known)}`,
  centsOnly: (value: unknown) => `An amount that sets a limit is in whole cents (at most 2 decimals); got ${describeValue(value)}.`,
  tierBase: (value: unknown, known: readonly string[]) =>
    `The base of a tier table is an amount fact of the project, one of: ${known.join(', ')}; got ${describeValue(value)}.`,
  tierOrder: 'Brackets must be in strictly ascending order of "from".',
  tierCount: (max: number) => `A tier table has from 1 to ${max} brackets.`,
  sharesSum: (total: string) => `The shares of a tranche plan must sum to exactly 1; these sum to ${total}.`,
  trancheCount: (max: number) => `A tranche plan has from 1 to ${max} tranches.`,
  unknownPool: (value: unknown, known: readonly string[]) =>
    `Expected a pool: an amount, one of the named pools (${known.join(', ')}), { perYear } or { byYear }; got ${describeValue(value)}.`,
  claim: (value: unknown) => `Expected an assessment from evaluate, or a claim { id, amount }; got ${describeValue(value)}.`,
  duplicateClaim: (id: string) => `Claim ids must be unique; ${describeValue(id)} appears more than once.`,
  orderIncomplete: (missing: readonly string[]) => `The order must list every claim once; missing: ${missing.join(', ')}.`,
  orderUnknown: (id: string) => `${describeValue(id)} is not the id of a claim.`,
  tiersMissing: 'Under "priority" every claim needs a tier: give tiers as { [claim id]: 1, … }, 1 served first.',
  tierMissing: (id: string) => `Under "priority" every claim needs a tier; ${describeValue(id)} has none.`,
  scheduleNeeded: (id: string) =>
    `A pool per year charges each payment to its year: claim ${describeValue(id)} needs a schedule of dated payments.`,
  scheduleSum: (sum: string, amount: string) => `The schedule sums to ${sum}, not to the amount claimed (${amount}).`,
  year: (value: unknown) => `Expected a calendar year written YYYY; got ${describeValue(value)}.`,
  definitionText: (value: unknown) => `Expected a text: a string with at least one visible character, or { en, zh }; got ${describeValue(value)}.`,
  definitionId: (value: unknown) =>
    `Expected an id of lower-case letters, digits and hyphens (a rule id may be prefixed "<pack id>/"); got ${describeValue(value)}.`,
  definitionName: (value: unknown) => `Expected a name of letters, digits, dots and hyphens, starting with a letter; got ${describeValue(value)}.`,
  definitionVersion: (value: unknown) => `Expected a version such as "1.0.0"; got ${describeValue(value)}.`,
  definitionCondition: (value: unknown) =>
    `Expected a condition: { fact, is | present | includesAny | atLeast | above }, { interpretation, is }, { all }, { any } or { not }; got ${describeValue(value)}.`,
  definitionBlock: (value: unknown) =>
    `Expected an amount: { block } with block one of capped-share, flat-ceiling, per-period, interest-subsidy, tiered, per-unit, stepped-periods, yearly-share, threshold-excess, unquantified, by-interpretation, cases; got ${describeValue(value)}.`,
  definitionParameter: (value: unknown) =>
    `Expected a parameter { value, unit } with unit CNY, CNY/month, ratio, months, years or count (or a tier table with unit "tiers"); got ${describeValue(value)}.`,
  definitionGroup: (value: unknown) => `Expected a group { kind: "one-of" | "shared-cap", … }; got ${describeValue(value)}.`,
  definitionFact: (value: unknown) => `Expected the name of a fact, such as "investment.actual"; got ${describeValue(value)}.`,
  unknownFact: (name: string, known: readonly string[]) =>
    `Unknown fact ${describeValue(name)}; the facts are: ${known.join(', ')}.`,
  factScope: (name: string) => `The fact ${describeValue(name)} is about a talent: only a rule with scope "talent" can read it.`,
  factType: (name: string, type: string, wanted: readonly string[]) =>
    `The fact ${describeValue(name)} is ${factKinds([type])}; here it must be ${factKinds(wanted)}.`,
  parameterUnit: (name: string, unit: string, wanted: string) =>
    `The parameter ${describeValue(name)} is in ${unit}; here it must be in ${wanted}.`,
  negativeValue: (value: unknown) => `A value here cannot be negative; got ${describeValue(value)}.`,
  duplicateId: (id: string) => `Ids must be unique; ${describeValue(id)} appears more than once.`,
  wrongPack: (id: string, pack: string) => `The rule id ${describeValue(id)} belongs to another pack; its prefix must be "${pack}/".`,
  unknownReading: (value: string, known: readonly string[]) =>
    `Unknown reading ${describeValue(value)}; the readings are: ${known.join(', ')}.${hint(value, known)}`,
  missingReading: (missing: readonly string[]) => `Every reading needs an amount; missing: ${missing.join(', ')}.`,
  defaultNotAReading: (value: string) => `The default ${describeValue(value)} is not one of the readings.`,
  invalidJson: (subject: 'policy' | 'project', detail: string) => `The ${subject} is not valid JSON: ${detail}.`,
  inputPath: (value: unknown) =>
    `Expected the path of a field of the project, written with dots, such as "investment.actual" or "talents.0.rent.monthly"; got ${describeValue(value)}.`,
  pathNotFound: (path: string) => `The project has no ${describeValue(path)} to vary: the list entry it names does not exist.`,
  sweepSteps: (max: number) => `Expected a whole number of steps from 1 to ${max}.`,
  sweepPoint: (path: string, value: string, problems: string) => `At ${path} = ${value} the project is not valid: ${problems}`,
  breakpointPath: (value: unknown, known: readonly string[]) =>
    `Breakpoints are computed for these paths: ${known.join(', ')} (N a talent's or a loan's index); got ${describeValue(value)}.`,
  tooManyItems: (count: string, max: string) =>
    `Assessing this project would make ${count} items (one per project rule, and one per talent for each rule about talents); the limit is ${max}.`,
  tooManyPayments: (count: string, max: string) =>
    `Assessing this project would make ${count} dated payments (each month of rent or loan interest, each tranche, each one-off payment); the limit is ${max}.`,
  reportTooLarge: (count: string, max: string) =>
    `The report of this assessment could run to ${count} characters (every item repeats the texts of its rule); the limit is ${max}.`,
  paidPastMaxDate: (label: string, last: string, period: 'month' | 'year') =>
    `${describeValue(label)} would be paid until ${last}, after the last date accepted, ${LIMITS.maxDate}: start it earlier or pay fewer ${period}s.`,
  interestPastMaxDate: (last: string) =>
    `The interest on this loan would fall due until ${last}, after the last date accepted, ${LIMITS.maxDate}: start it earlier or shorten its term.`,
  trancheBeforeSource: (date: string, published: string) =>
    `This tranche is dated ${date}, before the policy's source date ${published}: by default nothing is paid before the policy existed. Date it on or after ${published}, or choose the reading paymentsBeforeSource=whole-period.`,
  reservedInterpretation: (id: string) =>
    `The interpretation id ${describeValue(id)} is the library's own, offered for every pack: choose another id.`,
  exitPastMaxDate: (date: string) =>
    `The policy fund would exit on ${date}, after the last date accepted, ${LIMITS.maxDate}: hold it for fewer years.`,
  tooManySweepValues: (count: string, max: string) =>
    `This sweep would record ${count} item amounts (items times points); the limit is ${max}: take fewer steps.`,
  tooMuchOpportunityWork: (projects: string, what: 'items' | 'dated payments' | 'condition tests', count: string, max: string, talents: boolean) =>
    `Finding what would unlock more could evaluate ${projects} changed projects, ${count} ${what} in all (those of one assessment times the changed projects); the limit is ${max}: ${talents ? 'assess fewer talents at once' : 'the pack\'s rules and conditions are too large for this search'}.`,
  invalid: (value: unknown) => `This value is not valid here; got ${describeValue(value)}.`,
  unreadable:
    'This value could not be read: reading it threw an error (a getter that throws, a Proxy or a revoked Proxy). Pass plain data.',
  tooDeep: `Objects and lists may be nested at most ${LIMITS.maxInputDepth} levels deep; this one is deeper (or refers to itself).`,
  tooManyValues: `An argument may hold at most ${LIMITS.maxInputValues} values in all, a value reached twice counting twice; this one holds more.`,
  wholeNumber: (value: unknown, min: number, max: number) => `Expected a whole number from ${min} to ${max}; got ${describeValue(value)}.`,
  notAnAssessment: (value: unknown) =>
    `Expected an assessment returned by evaluate, passed as it was returned (a copy, a spread or a Proxy of one is not an assessment); got ${describeValue(value)}.`,
  notAReport: (value: unknown) =>
    `Expected an assessment returned by evaluate or a comparison returned by compare, passed as it was returned (a copy, a spread or a Proxy of one is not accepted); got ${describeValue(value)}.`,
  notAResult: (value: unknown) =>
    `Expected an assessment returned by evaluate, a comparison returned by compare or a sweep returned by sweep, passed as it was returned (a copy, a spread or a Proxy of one is not accepted); got ${describeValue(value)}.`,
  projectsList: (value: unknown) => `Expected a list of projects (an array, a generator or an async iterable); got ${describeValue(value)}.`,
  projectsText: (value: string) =>
    `Expected a list of projects; got a text (${describeValue(value)}), which would be read one character at a time: ` +
    'parse it first (JSON.parse for a JSON array, one JSON.parse a line for JSON Lines).',
  projectsBytes:
    'Expected a list of projects; got bytes (a Buffer or a typed array), which would be read one number at a time: decode and parse them first.',
  projectsMap: 'Expected a list of projects; got a Map, whose entries are [key, value] pairs, never projects: pass its values (map.values()).',
  projectsUnreadable:
    'The projects could not be read: iterating over them threw an error. Pass an array, a generator or an async iterable that does not throw.',
  noPolicyToCompare: 'List at least one policy to compare, or leave "policies" out to compare every built-in policy in force on the date.',
  issueList: 'Expected a list of issues, each { code, path, message } with a known code, a path of strings and a sentence.',
  definitionStep: (value: unknown) =>
    `Expected a step { length, rate } (a share of the base each period) or { length, amount } (an amount each period); got ${describeValue(value)}.`,
  stepCount: (max: number) => `A stepped block has from 1 to ${max} steps.`,
  stepsPastMaxDate: (total: number, most: number, period: 'month' | 'year') =>
    `The steps pay ${total} ${period}s in all: paid ${period}ly from the earliest date accepted, ${LIMITS.minDate}, the last payment would still fall ` +
    `after the last date accepted, ${LIMITS.maxDate}, so no project could take them all. Shorten the steps to at most ${most} ${period}s in all.`,
  stepNeedsBase: 'A step that is a share of the base needs the block\'s "base": the fact of what the project pays each period.',
  factBoundType: (type: string) => `A ${type} fact has no "min" or "max": only numbers, dates and series are bounded.`,
  factValuesNotChoice: '"values" lists the words of a choice: give it only with type "choice".',
  factValuesNeeded: 'A choice needs its words: give "values", such as ["office", "cleanroom"].',
  factBoundsReversed: (min: string, max: string) => `"max" (${max}) cannot be below "min" (${min}).`,
  factBelow: (value: unknown, min: string) => `Expected at least ${min}; got ${describeValue(value)}.`,
  factAbove: (value: unknown, max: string) => `Expected at most ${max}; got ${describeValue(value)}.`,
  series: (value: unknown) =>
    `Expected a series by calendar year, an object such as { "2025": "1200000", "2026": "1500000" }; got ${describeValue(value)}.`,
  seriesTooLong: (max: number) => `A series may hold at most ${max} years.`,
  seriesYear: (key: string, min: number, max: number) =>
    `A series is keyed by calendar year, written as four digits such as "2026", from ${min} to ${max}; the key ${describeValue(key)} is not one.`,
  projectFacts: (value: unknown) =>
    `Expected the facts of packs as an object keyed "<pack id>/<fact id>", such as { "my-district/new-hires": 120 }; got ${describeValue(value)}.`,
  projectFactKey: (value: unknown) =>
    `Expected a fact's key written "<pack id>/<fact id>" in lower-case letters, digits and hyphens, such as "my-district/new-hires"; got ${describeValue(value)}.`,
  unknownPackFact: (key: string, pack: string, known: readonly string[]) =>
    `Unknown fact ${describeValue(key)} of the policy "${pack}"; its facts are: ${known.length ? known.join(', ') : '(none)'}.${hint(key, known)}`,
  requiredPackFact: (label: string, pack: string) =>
    `The policy "${pack}" needs this fact (${describeValue(label)}) of every project it assesses; give it here.`,
  sourceProject: (value: unknown) =>
    `Expected the id of a project a policy's source names, written "<pack id>/<project>" in lower-case letters, digits and hyphens, such as "nanhu-2022/photomask-material"; got ${describeValue(value)}.`,
  unknownSourceProject: (value: string, policyId: string, known: readonly string[], hint: string) =>
    `${describeValue(value)} names no project of ${policyId}: ${known.length === 0 ? 'its source names none' : `the projects its source names are ${known.join(', ')}`}.${hint}`,
  noSourceText: (known: readonly string[]) =>
    `A pack from definePolicy or loadPolicy carries no source text, only its citations: sourceCoverage reads the sources of the built-in policies (${known.join(', ')}).`,
  notPlainData: (kind: string) =>
    `Expected plain data: a text, a number, true or false, a list, or an object with named fields; got ${kind}.`,
  amountTextExpected: (value: unknown) =>
    `Expected a text to read as an amount, such as "3,000万元", "30 million RMB" or "1500000.50"; got ${
      typeof value === 'number' || typeof value === 'bigint' ? `the ${typeof value} ${describeValue(value)}` : describeValue(value)}.`,
  conditionCount: (max: number) =>
    `"any" and "all" list from 1 to ${max} conditions (an empty "any" is never met, an empty "all" always is).`,
  definitionClawback: (value: unknown) =>
    `Expected a clawback { kind: "all" }, { kind: "share", share: { param } } or { kind: "pro-rata" }; got ${describeValue(value)}.`,
  commitmentTarget: (value: unknown) =>
    `Expected a target: a parameter of the rule { param: "name" }, or a value such as "200" or "50000000"; got ${describeValue(value)}.`,
  commitmentFactType: (name: string, type: string) =>
    `A commitment is a fact reaching a value: an amount, a count, a rate or a series of amounts or counts; ${describeValue(name)} is ${factKinds([type])}.`,
  commitmentSeriesNeeded: (name: string) =>
    `The fact ${describeValue(name)} is a series: say how it is read with "series": "in-year" (the value of the year of "by") or "to-date" (the sum of the years up to it).`,
  commitmentSeriesNotSeries: (name: string) =>
    `"series" says how a series fact is read; ${describeValue(name)} is not a series: leave "series" out.`,
  commitmentTargetUnit: (unit: string, wanted: string) =>
    `The target parameter is in ${unit}; the fact this commitment names is measured in ${wanted}.`,
  clawbackShareUnit: (name: string, unit: string) =>
    `The share clawed back is a fraction of what was paid: its parameter ${describeValue(name)} must be in ratio (such as "0.5" for half); it is in ${unit}.`,
  missProbabilityKey: (key: string, known: readonly string[]) =>
    `Unknown commitment ${describeValue(key)} in this assessment; its commitments are: ${known.length ? known.join(', ') : '(none)'}.${hint(key, known)}`,
  missProbabilityMissing: (key: string) =>
    `No probability for the pending commitment ${describeValue(key)}: name it, or give "*" for every commitment not named.`,
  invalidYaml: (subject: 'policy' | 'project', detail: string) => `The ${subject} is not valid YAML: ${detail}.`,
  yamlVersion: (version: string) => `Only YAML 1.2 is read; this text declares %YAML ${describeValue(version)}. Remove the directive.`,
  yamlTag: (tag: string) =>
    `The tag ${describeValue(tag)} is not read: only YAML's core types (text, numbers, true and false, null, lists and mappings) are. Remove the tag.`,
  inexactNumber: (text: string, format: 'JSON' | 'YAML') =>
    `The number ${printable(text, 40)} cannot be held exactly as a ${format} number; ${format === 'JSON' ? 'write it as a string' : 'quote it'}: "${printable(text, 40)}".`,
  yamlNumber: (text: string) => `${describeValue(text)} is not a number this library reads: write a number in decimal digits, or quote the text.`,
  yamlKey: 'A key must be text (or a number, a word) written on one line, not a list, a mapping or an alias.',
  yamlMergeKey: 'YAML merge keys ("<<") are not read: write the fields out, or repeat the value with an anchor (&name) and an alias (*name).',
  yamlDuplicateKey: (key: string) => `The key ${describeValue(key)} appears more than once in this mapping; give each key once.`,
  yamlNoAnchor: (name: string) => `The alias *${name} refers to no anchor &${name} before it.`,
  yamlTooLarge: (max: number) =>
    `A YAML text may hold at most ${max} keys, values and marks (such as "-", ":", ",", brackets, anchors and tags), comments and blank lines; this one holds more. Write a text this large as JSON.`,
  yamlSelfAlias: (name: string) => `The alias *${name} refers to a value that contains it: a value cannot contain itself.`,
} as const;
