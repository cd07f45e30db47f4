import { addDaysToIsoDate, type IsoDate } from '../dates/iso-date.js';
import type { DeclaredFact, Text } from '../engine/definition.js';
import { isFactName, lookupFact, type FactContext, type FactType, type PackFacts } from '../engine/facts.js';
import { Decimal, isDecimal } from '../money/decimal.js';
import { formatYuan } from '../money/money.js';
import type { Project } from '../schema/project-types.js';
import type { ChangeValue, FactChange } from './opportunity-types.js';

/** What a change is derived against: the project as validated, the date, and for a talent item the talent's index. */
export interface ChangeContext {
  project: Project;
  asOf: IsoDate;
  talentIndex?: number;
  /** The facts of the pack's own, as the engine reads them for this project. */
  pack: PackFacts;
  /** Their declarations, by qualified name: the words of a choice, the least value accepted. */
  declarations: ReadonlyMap<string, DeclaredFact>;
}

/** A fact test that a change can satisfy (a leaf of a condition, on a fact). */
export type FactTest =
  | { fact: string; is: boolean | string }
  | { fact: string; present: boolean }
  | { fact: string; includesAny: string[] }
  | { fact: string; atLeast: string }
  | { fact: string; above: string };

/** Sets of changes, any one of which satisfies a test: each set a list of changes at distinct paths. */
export type Alternatives = FactChange[][];

/** Most talents tried as a startup's founder: the first ones, in the project's order. */
const MAX_FOUNDERS = 20;
const CENT = new Decimal('0.01');
/** The step a rate is reached in: a hundredth of a percentage point. */
const RATE_STEP = new Decimal('0.0001');

function contextOf(context: ChangeContext): FactContext {
  const talent = context.talentIndex === undefined ? undefined : context.project.talents[context.talentIndex];
  return { project: context.project, asOf: context.asOf, pack: context.pack, ...(talent && { talent }) };
}

/** The type of a fact: a built-in fact's, or as the pack declares its own. */
export function factType(fact: string, context: ChangeContext): FactType | undefined {
  return lookupFact(fact, context)?.type;
}

/** A value by year as a change writes it: `{ "2026": "4000000" }`. */
function seriesValue(value: readonly unknown[]): Record<string, string> | null {
  const byYear: Record<string, string> = {};
  for (const entry of value) {
    const { year, value: amount } = (entry ?? {}) as { year?: unknown; value?: unknown };
    if (typeof year !== 'number' || !isDecimal(amount)) return null;
    byYear[String(year)] = amount.toFixed();
  }
  return byYear;
}

/** The value a fact has in the project (for a talent item, the talent's), as JSON a change can show; `null` when not stated. */
export function stated(fact: string, context: ChangeContext): ChangeValue | null {
  const value = lookupFact(fact, context)?.read(contextOf(context));
  if (value === undefined || value === null) return null;
  if (isDecimal(value)) return value.toFixed();
  if (Array.isArray(value)) return value.every((entry) => typeof entry === 'string') ? [...value] as string[] : seriesValue(value);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/** Where a fact is written in the project; `undefined` for a fact no change can set directly. */
function pathOf(fact: string, context: ChangeContext): string[] | undefined {
  if (fact.startsWith('talent.')) {
    return context.talentIndex === undefined ? undefined : ['talents', String(context.talentIndex), ...fact.slice('talent.'.length).split('.')];
  }
  if (!isFactName(fact)) return context.pack.declared.has(fact) ? ['facts', fact] : undefined;
  // The date is the assessment's, derived facts have writers of their own, and a loan is not a flag to set.
  if (['asOf', 'investment.eligible', 'talentSupport.expired', 'talentStartup.loans'].includes(fact) || fact.startsWith('talentStartup.founder.')) return undefined;
  return fact.split('.');
}

function labelOf(fact: string, context: ChangeContext): Text {
  return lookupFact(fact, context)?.label ?? { en: fact, zh: fact };
}

function shown(value: ChangeValue | null, type: FactType | undefined): { en: string; zh: string } {
  if (value === null) return { en: 'not stated', zh: '未填写' };
  if (type === 'amount' && typeof value === 'string') return { en: formatYuan(new Decimal(value)), zh: formatYuan(new Decimal(value)) };
  let text: string;
  if (Array.isArray(value)) text = value.map((entry) => JSON.stringify(entry)).join(', ');
  else if (typeof value === 'object') {
    const years = Object.entries(value);
    text = years.length === 0 ? '{}' : years.map(([year, amount]) => `${year}: ${type === 'amount-series' ? formatYuan(new Decimal(amount)) : amount}`).join(', ');
  } else text = typeof value === 'string' && type !== 'rate' ? JSON.stringify(value) : String(value);
  return { en: text, zh: text };
}

/** A change of one fact at one path, with its description in both languages. */
export function change(fact: string, path: string[], from: ChangeValue | null, to: ChangeValue | null, context: ChangeContext, added?: string[]): FactChange {
  const type = factType(fact, context);
  const label = labelOf(fact, context);
  const where = path.join('.');
  const before = shown(from, type);
  let en: string;
  let zh: string;
  if (added) {
    const values = added.map((value) => JSON.stringify(value)).join(', ');
    [en, zh] = [`${where}: add ${values} (${label.en})`, `${where}：增加${values}（${label.zh}）`];
  } else if (to === null) {
    [en, zh] = [`${where}: leave out ${before.en} (${label.en})`, `${where}：不再填写${before.zh}（${label.zh}）`];
  } else {
    const after = shown(to, type);
    [en, zh] = [`${where}: ${before.en} → ${after.en} (${label.en})`, `${where}：${before.zh} → ${after.zh}（${label.zh}）`];
  }
  return {
    fact,
    path,
    action: added ? 'add' : to === null ? 'remove' : 'set',
    from,
    to,
    ...(added && { added }),
    description: en,
    translations: { zh: { description: zh } },
  };
}

/** The smallest value of a type that passes `atLeast` / `above` a bound (or, negated, fails it). */
function reaching(type: FactType | undefined, bound: string, strict: boolean, below: boolean): ChangeValue | undefined {
  if (type === 'date') {
    if (below) return strict ? bound : addDaysToIsoDate(bound, -1);
    return strict ? addDaysToIsoDate(bound, 1) : bound;
  }
  let limit: Decimal;
  try {
    limit = new Decimal(bound);
  } catch {
    return undefined;
  }
  if (type === 'count') {
    const whole = below ? (strict ? limit.floor() : limit.ceil().minus(1)) : strict ? limit.floor().plus(1) : limit.ceil();
    return whole.isNegative() ? undefined : whole.toNumber();
  }
  // An amount to the cent, as money is counted; a rate to a hundredth of a percentage point, at most 1.
  const places = type === 'rate' ? 4 : 2;
  const step = type === 'rate' ? RATE_STEP : CENT;
  const value = below
    ? strict ? limit.toDecimalPlaces(places, Decimal.ROUND_DOWN) : limit.toDecimalPlaces(places, Decimal.ROUND_UP).minus(step)
    : strict ? limit.toDecimalPlaces(places, Decimal.ROUND_DOWN).plus(step) : limit.toDecimalPlaces(places, Decimal.ROUND_UP);
  return value.isNegative() || (type === 'rate' && value.greaterThan(1)) ? undefined : value.toFixed();
}

/** Changes that set a fact to a value (or leave it out, with `null`), through its writer. */
export function setFact(fact: string, to: ChangeValue | null, context: ChangeContext): Alternatives {
  if (fact === 'investment.eligible') {
    // Written through the actual investment: eligible = actual − infrastructure.
    if (typeof to !== 'string') return [];
    const actual = new Decimal(to).plus(context.project.investment.infrastructure).toFixed();
    const made = change(fact, ['investment', 'actual'], context.project.investment.actual.toFixed(), actual, context);
    // Said in full: the field written is the actual investment, the fact reached the part of it excluding infrastructure.
    const reached = formatYuan(new Decimal(to));
    return [[{ ...made, description: made.description.replace(/\)$/, `: ${reached})`), translations: { zh: { description: made.translations.zh.description.replace(/）$/, `：${reached}）`) } } }]];
  }
  if (fact === 'talentSupport.expired') {
    // Expired on the date means it ended the day before; not expired, it ends on the date itself.
    if (typeof to !== 'boolean') return [];
    const expiresOn = to ? addDaysToIsoDate(context.asOf, -1) : context.asOf;
    return [[change('talentSupport.expiresOn', ['talentSupport', 'expiresOn'], stated('talentSupport.expiresOn', context), expiresOn, context)]];
  }
  if (fact === 'talentStartup.founder.qualified' || fact === 'talentStartup.founder.highLevel') return founderFlag(fact, to, context);
  if (fact === 'talentStartup.founder') {
    if (to !== null) return [];
    return [[change(fact, ['talentStartup'], stated(fact, context), null, context)]];
  }
  if (fact === 'talent.highLevel' && to === true) return [talentHighLevel(context.talentIndex, context)].filter((set) => set.length > 0);
  const path = pathOf(fact, context);
  if (!path) return [];
  return [[change(fact, path, stated(fact, context), to, context)]];
}

/** A talent made high-level, and qualified too when the project says it is not (high-level implies qualified). */
function talentHighLevel(index: number | undefined, context: ChangeContext): FactChange[] {
  if (index === undefined) return [];
  const talent = context.project.talents[index];
  if (!talent) return [];
  const changes: FactChange[] = [];
  const at = (key: string) => ['talents', String(index), key];
  if (!talent.qualified) changes.push(change('talent.qualified', at('qualified'), false, true, { ...context, talentIndex: index }));
  if (!talent.highLevel) changes.push(change('talent.highLevel', at('highLevel'), false, true, { ...context, talentIndex: index }));
  return changes;
}

/** The founder made qualified or high-level: the founder named, or each talent in turn named founder. */
function founderFlag(fact: string, to: ChangeValue | null, context: ChangeContext): Alternatives {
  if (to !== true) return [];
  const highLevel = fact.endsWith('highLevel');
  const flag = (index: number): FactChange[] => {
    const talent = context.project.talents[index]!;
    const inTalent = { ...context, talentIndex: index };
    if (highLevel) return talentHighLevel(index, context);
    return talent.qualified ? [] : [change('talent.qualified', ['talents', String(index), 'qualified'], false, true, inTalent)];
  };
  const founder = context.project.talentStartup?.founder;
  if (founder !== undefined) {
    const index = context.project.talents.findIndex((talent) => talent.name === founder);
    return index < 0 ? [] : [flag(index)];
  }
  return context.project.talents.slice(0, MAX_FOUNDERS).map((talent, index) => [nameFounder(talent.name, context), ...flag(index)]);
}

function nameFounder(name: string, context: ChangeContext): FactChange {
  return change('talentStartup.founder', ['talentStartup', 'founder'], null, name, context);
}

/** Changes that state a fact the project leaves out: only where a value follows from the fact itself. */
function statePresent(fact: string, context: ChangeContext): Alternatives {
  if (fact === 'talentStartup.founder') return context.project.talents.slice(0, MAX_FOUNDERS).map((talent) => [nameFounder(talent.name, context)]);
  // A support that has ended by the date: the day before it, as `talentSupport.expired` needs.
  if (fact === 'talentSupport.expiresOn') return setFact('talentSupport.expired', true, context);
  const type = factType(fact, context);
  if (type === 'boolean') return setFact(fact, true, context);
  // A fact of the pack's own: a value that follows from its declaration (each word of a choice,
  // the assessment date, the least value accepted). A series is stated where an amount reads it.
  const declaration = context.declarations.get(fact);
  if (!declaration) return [];
  if (declaration.type === 'choice') return (declaration.values ?? []).flatMap((word) => setFact(fact, word, context));
  if (type === 'date') return setFact(fact, declaration.min !== undefined && declaration.min > context.asOf ? declaration.min : context.asOf, context);
  if (type === 'count') return setFact(fact, Number(declaration.min ?? 0), context);
  if (type === 'amount' || type === 'rate') return setFact(fact, declaration.min ?? '0', context);
  return [];
}

/** A choice of the pack's own made another word than one it must not be. */
function otherWord(fact: string, word: string, context: ChangeContext): Alternatives {
  const declaration = context.declarations.get(fact);
  if (declaration?.type !== 'choice') return setFact(fact, null, context);
  return (declaration.values ?? []).filter((other) => other !== word).flatMap((other) => setFact(fact, other, context));
}

/**
 * The sets of changes that make a fact test hold (or, with `holds` false,
 * fail), smallest first: flip a flag, choose a value, add one of the values
 * to a list, reach a threshold (to the cent, the whole month, the day),
 * state a fact or leave one out. A test the project already meets needs no
 * change and is not asked here.
 *
 * @param test - the test, on one fact
 * @param holds - whether the test should hold (false under a `not`)
 * @param context - the project, the date and the talent
 * @returns the alternatives, each a set of changes; none when no change of stated facts can do it
 *
 * @example
 * testChanges({ fact: 'activities', includesAny: ['design', 'equipment'] }, true, context).map((set) => set[0].added);
 * //=> [['design'], ['equipment']]
 */
export function testChanges(test: FactTest, holds: boolean, context: ChangeContext): Alternatives {
  const { fact } = test;
  const type = factType(fact, context);
  if ('is' in test) {
    if (holds) return setFact(fact, test.is, context);
    return typeof test.is === 'boolean' ? setFact(fact, !test.is, context) : otherWord(fact, test.is, context);
  }
  if ('present' in test) return test.present === holds ? statePresent(fact, context) : setFact(fact, null, context);
  if ('includesAny' in test) {
    const path = pathOf(fact, context);
    if (!path) return [];
    const current = stated(fact, context);
    const list = Array.isArray(current) ? current : [];
    if (!holds) {
      const kept = list.filter((value) => !test.includesAny.includes(value));
      return [[change(fact, path, current, kept, context)]];
    }
    return test.includesAny.filter((value) => !list.includes(value)).map((value) => [change(fact, path, current, [...list, value], context, [value])]);
  }
  const strict = 'above' in test;
  const value = reaching(type, strict ? test.above : test.atLeast, strict, !holds);
  return value === undefined ? [] : setFact(fact, value, context);
}
