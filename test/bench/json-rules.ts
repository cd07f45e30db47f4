import { Engine } from 'json-rules-engine';
import type { NumericProject } from './project.js';

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
    conditions: { all: [{ fact: 'founderHighLevel', operator: 'equal', value: true }, { fact: 'supportExpired', operator: 'equal', value: false }] },
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

/** One evaluation: the engine decides which entitlements apply; the amounts are computed in numbers. */
export async function jsonRulesQingshan(p: NumericProject): Promise<{ cash: number; equity: number }> {
  const founder = p.talents.find((t) => t.name === p.founder);
  const { events } = await shared.run({
    actual: p.actual,
    leading: p.leading,
    founderHighLevel: founder?.highLevel === true,
    supportExpired: p.support?.expired === true,
    highPotential: p.support?.highPotential === true,
    qualifiedTalents: p.talents.filter((t) => t.qualified).length,
  });
  let cash = 0;
  let equity = 0;
  for (const event of events) {
    if (event.type === 'co-investment') cash += round(Math.min(p.important ? 100_000_000 : 30_000_000, (p.actual - p.infrastructure) * 0.3));
    if (event.type === 'policy-fund') equity += round(p.actual * 0.5);
    if (event.type === 'four-six-million') {
      const six = (value?: number) => (value === undefined ? 6_000_000 : Math.min(6_000_000, round(value)));
      cash += six(p.requested.startupFund) + Math.min(6_000_000, round(p.loans.reduce((s, l) => s + l.principal * l.annualRate * l.years, 0)));
      equity += six(p.requested.shareInvestment) + six(p.requested.ventureCapital);
    }
    if (event.type === 'incremental') cash += p.support?.requested === undefined ? 20_000_000 : Math.min(20_000_000, round(p.support.requested));
    if (event.type === 'talents') {
      for (const t of p.talents) {
        if (!t.qualified) continue;
        const housing = t.price === undefined ? 0 : Math.min(600_000, round(t.price));
        const rent = t.rent ? round(Math.min(2000, t.rent.monthly) * Math.min(36, t.rent.months ?? 36)) : 0;
        cash += t.price !== undefined && t.rent ? Math.max(housing, rent) : housing + rent;
      }
    }
  }
  return { cash, equity };
}
