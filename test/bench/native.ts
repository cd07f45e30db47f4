import type { NumericProject } from './project.js';

/**
 * The Qingshan Lake rules in plain JavaScript numbers: the speed limit of the
 * benchmark, and an example of what floats do to cents (0.1 + 0.2 ≠ 0.3).
 * Kept in the benchmark only; never part of the library.
 */
const round = (value: number) => Math.round(value * 100) / 100;

export function nativeQingshan(p: NumericProject): { cash: number; equity: number; items: number[] } {
  const items: number[] = [];
  const eligible = p.actual - p.infrastructure;
  const co = round(Math.min(p.important ? 100_000_000 : 30_000_000, eligible * 0.3));
  const fund = p.leading ? round(p.actual * 0.5) : 0;
  items.push(co, fund);
  let cash = co;
  for (const talent of p.talents) {
    const housing = talent.price !== undefined && talent.qualified ? Math.min(600_000, round(talent.price)) : 0;
    const rent = talent.rent && talent.qualified ? round(Math.min(2000, talent.rent.monthly) * Math.min(36, talent.rent.months ?? 36)) : 0;
    const keepHousing = housing >= rent;
    const h = talent.price !== undefined && talent.rent ? (keepHousing ? housing : 0) : housing;
    const r = talent.price !== undefined && talent.rent ? (keepHousing ? 0 : rent) : rent;
    items.push(h, r);
    cash += h + r;
  }
  const founder = p.talents.find((t) => t.name === p.founder);
  // Read by default as the high-level talent support itself, the "four 6-million" end once it expired.
  const ok = founder?.highLevel === true && p.support?.expired !== true;
  const six = (value?: number) => (ok ? (value === undefined ? 6_000_000 : Math.min(6_000_000, round(value))) : 0);
  const startup = six(p.requested.startupFund);
  const share = six(p.requested.shareInvestment);
  const venture = six(p.requested.ventureCapital);
  const interest = ok ? Math.min(6_000_000, round(p.loans.reduce((sum, loan) => sum + loan.principal * loan.annualRate * loan.years, 0))) : 0;
  const incremental = p.support?.expired && p.support.highPotential && founder?.highLevel === true ? (p.support.requested === undefined ? 20_000_000 : Math.min(20_000_000, round(p.support.requested))) : 0;
  items.push(startup, share, venture, interest, incremental);
  cash += startup + interest + incremental;
  return { cash, equity: fund + share + venture, items };
}
