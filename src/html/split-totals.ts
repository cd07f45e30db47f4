import type { AssessmentJSON } from '../index.js';

/** Totals with ceilings apart: exact, two decimals. */
export interface SplitTotals {
  /** Grants and subsidies computed from the project. */
  cash: string;
  /** Equity computed from the project. */
  equity: string;
  /** Amounts that are only a policy's stated maximum (basis `ceiling`), cash and equity together. */
  ceilings: string;
}

/**
 * The totals of an assessment as the HTML report shows them: the computed
 * cash and equity, and apart from them the stated maximums (`totals.ceilings`),
 * exactly as the assessment's own totals give them.
 *
 * @param assessment - an assessment, as `toJSON` writes it
 * @returns computed cash, computed equity and ceilings
 *
 * @example
 * splitTotals(toJSON(assessment)); //=> { cash: '72000.00', equity: '0.00', ceilings: '50000000.00' }
 */
export function splitTotals(assessment: AssessmentJSON): SplitTotals {
  const { cash, equity, ceilings } = assessment.totals;
  return { cash, equity, ceilings: ceilings.all };
}
