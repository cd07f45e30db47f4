import type { ProjectInput } from '../../src/index.js';
import { floatProject, type FloatReadings } from './float-project.js';

/** What a float implementation computes: the totals, and each rule's amount summed over its items. */
export interface FloatResult {
  cash: number;
  equity: number;
  /** By rule name (the rule id without its pack). */
  byRule: Record<string, number>;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The Qingshan Lake rules in plain JavaScript numbers: the speed limit of the
 * benchmark, and an example of what floats do to cents (0.1 + 0.2 ≠ 0.3). It
 * parses the same strings the library gets. Kept in the benchmark only; never
 * part of the library.
 *
 * @param project - the project as the library takes it
 * @param asOf - the assessment date
 * @param readings - the reading the library is asked to use
 * @returns the totals and each rule's amount, in floats
 * @example
 * nativeQingshan({ name: 'P', investment: { actual: '100' } }, '2022-03-01', { incrementalOverlap: 'after-expiry' }).cash;
 * //=> 30  (30% of 100)
 */
export function nativeQingshan(project: ProjectInput, asOf: string, readings: FloatReadings): FloatResult {
  const p = floatProject(project, asOf, readings);
  const co = round(Math.min(p.important ? 100_000_000 : 30_000_000, (p.actual - p.infrastructure) * 0.3));
  const fund = p.leading ? round(p.actual * 0.5) : 0;
  let housingTotal = 0;
  let rentTotal = 0;
  for (const talent of p.talents) {
    const housing = talent.price !== undefined && talent.qualified ? Math.min(600_000, round(talent.price)) : 0;
    const rent = talent.rent && talent.qualified ? round(Math.min(2000, talent.rent.monthly) * Math.min(36, talent.rent.months ?? 36)) : 0;
    // One housing benefit per talent (the default reading): the larger.
    const both = talent.price !== undefined && talent.rent !== undefined;
    housingTotal += both && rent > housing ? 0 : housing;
    rentTotal += both && housing >= rent ? 0 : rent;
  }
  const founder = p.talents.find((t) => t.name === p.founder);
  const expired = p.support?.expired === true;
  // Read by default as the high-level talent support itself, the "four 6-million" end once it expired.
  const four = founder?.highLevel === true && (p.fourGoOnAfterExpiry || !expired);
  const six = (value?: number) => (four ? (value === undefined ? 6_000_000 : Math.min(6_000_000, round(value))) : 0);
  const interest = four ? Math.min(6_000_000, round(p.loans.reduce((sum, loan) => sum + loan.principal * loan.annualRate * loan.years, 0))) : 0;
  const incremental = expired && p.support?.highPotential === true && founder?.highLevel === true
    ? (p.support.requested === undefined ? 20_000_000 : Math.min(20_000_000, round(p.support.requested)))
    : 0;
  const byRule = {
    'project-co-investment': co,
    'policy-fund-equity': fund,
    'talent-housing-purchase': housingTotal,
    'talent-rent': rentTotal,
    'startup-fund': six(p.requested.startupFund),
    'share-investment': six(p.requested.shareInvestment),
    'venture-capital': six(p.requested.ventureCapital),
    'loan-interest-subsidy': interest,
    'incremental-support': incremental,
  };
  return {
    cash: co + housingTotal + rentTotal + byRule['startup-fund'] + interest + incremental,
    equity: fund + byRule['share-investment'] + byRule['venture-capital'],
    byRule,
  };
}
