import { Engine } from 'json-rules-engine';
import type { ProjectInput } from '../../src/index.js';
import { floatProject, type FloatProject, type FloatReadings } from './float-project.js';
import type { FloatResult } from './native.js';

/**
 * The Qingshan Lake rules as a user of json-rules-engine would write them:
 * conditions as JSON, amounts computed with numbers in the handlers of the
 * events. Kept in the benchmark only, as the engine a user might reach for.
 */
const round = (value: number) => Math.round(value * 100) / 100;

function engine(): Engine {
  const e = new Engine([], { allowUndefinedFacts: true });
  e.addRule({ conditions: { all: [{ fact: 'actual', operator: 'greaterThanInclusive', value: 0 }] }, event: { type: 'co-investment' } });
  e.addRule({ conditions: { all: [{ fact: 'leading', operator: 'equal', value: true }] }, event: { type: 'policy-fund' } });
  // Read by default as the high-level talent support itself, the "four 6-million" end once it expired.
  e.addRule({
    conditions: { all: [{ fact: 'founderHighLevel', operator: 'equal', value: true }, { fact: 'fourEnded', operator: 'equal', value: false }] },
    event: { type: 'four-six-million' },
  });
  e.addRule({
    conditions: {
      all: [
        { fact: 'supportExpired', operator: 'equal', value: true },
        { fact: 'highPotential', operator: 'equal', value: true },
        { fact: 'founderHighLevel', operator: 'equal', value: true },
      ],
    },
    event: { type: 'incremental' },
  });
  e.addRule({ conditions: { all: [{ fact: 'qualifiedTalents', operator: 'greaterThan', value: 0 }] }, event: { type: 'talents' } });
  return e;
}

const shared = engine();

/** The amounts of each event, computed in numbers, by rule name. */
const handlers: Record<string, (p: FloatProject, byRule: Record<string, number>) => void> = {
  'co-investment': (p, byRule) => {
    byRule['project-co-investment'] = round(Math.min(p.important ? 100_000_000 : 30_000_000, (p.actual - p.infrastructure) * 0.3));
  },
  'policy-fund': (p, byRule) => {
    byRule['policy-fund-equity'] = round(p.actual * 0.5);
  },
  'four-six-million': (p, byRule) => {
    const six = (value?: number) => (value === undefined ? 6_000_000 : Math.min(6_000_000, round(value)));
    byRule['startup-fund'] = six(p.requested.startupFund);
    byRule['share-investment'] = six(p.requested.shareInvestment);
    byRule['venture-capital'] = six(p.requested.ventureCapital);
    byRule['loan-interest-subsidy'] = Math.min(6_000_000, round(p.loans.reduce((s, l) => s + l.principal * l.annualRate * l.years, 0)));
  },
  incremental: (p, byRule) => {
    byRule['incremental-support'] = p.support?.requested === undefined ? 20_000_000 : Math.min(20_000_000, round(p.support.requested));
  },
  talents: (p, byRule) => {
    let housingTotal = 0;
    let rentTotal = 0;
    for (const t of p.talents) {
      if (!t.qualified) continue;
      const housing = t.price === undefined ? 0 : Math.min(600_000, round(t.price));
      const rent = t.rent ? round(Math.min(2000, t.rent.monthly) * Math.min(36, t.rent.months ?? 36)) : 0;
      // One housing benefit per talent (the default reading): the larger.
      const both = t.price !== undefined && t.rent !== undefined;
      housingTotal += both && rent > housing ? 0 : housing;
      rentTotal += both && housing >= rent ? 0 : rent;
    }
    byRule['talent-housing-purchase'] = housingTotal;
    byRule['talent-rent'] = rentTotal;
  },
};

const CASH = ['project-co-investment', 'talent-housing-purchase', 'talent-rent', 'startup-fund', 'loan-interest-subsidy', 'incremental-support'];
const EQUITY = ['policy-fund-equity', 'share-investment', 'venture-capital'];

/**
 * One evaluation: the engine decides which entitlements apply; the amounts are
 * computed in numbers from the same strings the library gets.
 *
 * @param project - the project as the library takes it
 * @param asOf - the assessment date
 * @param readings - the reading the library is asked to use
 * @returns the totals and each rule's amount, in floats
 * @example
 * (await jsonRulesQingshan({ name: 'P', investment: { actual: '100' } }, '2022-03-01', { incrementalOverlap: 'after-expiry' })).cash;
 * //=> 30
 */
export async function jsonRulesQingshan(project: ProjectInput, asOf: string, readings: FloatReadings): Promise<FloatResult> {
  const p = floatProject(project, asOf, readings);
  const founder = p.talents.find((t) => t.name === p.founder);
  const supportExpired = p.support?.expired === true;
  const { events } = await shared.run({
    actual: p.actual,
    leading: p.leading,
    founderHighLevel: founder?.highLevel === true,
    supportExpired,
    fourEnded: supportExpired && !p.fourGoOnAfterExpiry,
    highPotential: p.support?.highPotential === true,
    qualifiedTalents: p.talents.filter((t) => t.qualified).length,
  });
  const byRule: Record<string, number> = {};
  for (const name of [...CASH, ...EQUITY]) byRule[name] = 0;
  for (const event of events) handlers[event.type]?.(p, byRule);
  const sum = (names: string[]) => names.reduce((total, name) => total + byRule[name]!, 0);
  return { cash: sum(CASH), equity: sum(EQUITY), byRule };
}
