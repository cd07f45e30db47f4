import type { ProjectInput } from '../../src/index.js';

/** The reading of the Qingshan Lake pack the float references follow: the one the bench passes to `evaluate`. */
export interface FloatReadings {
  /** After the project's high-level talent support expired: the "four 6-million" end (default), or go on beside the incremental support. */
  incrementalOverlap: 'after-expiry' | 'independent';
}

/** A project in plain numbers, as the float implementations read it. */
export interface FloatProject {
  actual: number;
  infrastructure: number;
  important: boolean;
  leading: boolean;
  talents: Array<{ name: string; qualified: boolean; highLevel: boolean; price?: number; rent?: { monthly: number; months?: number } }>;
  founder?: string;
  requested: { startupFund?: number; shareInvestment?: number; ventureCapital?: number };
  loans: Array<{ principal: number; annualRate: number; years: number }>;
  support?: { expired: boolean; highPotential: boolean; requested?: number };
  /** Whether the "four 6-million" go on after the support expired (incrementalOverlap: independent). */
  fourGoOnAfterExpiry: boolean;
}

const float = (value: unknown) => Number.parseFloat(String(value));

/**
 * Reads the same project the library gets, strings and all, into numbers: the
 * float references pay for parsing, as `evaluate` does, so that the ratios
 * compare like with like. Only what the Qingshan Lake rules read.
 *
 * @param project - the project as the library takes it
 * @param asOf - the assessment date (the support has expired when it ends before it)
 * @param readings - the reading of the pack the library is asked to use
 * @returns the project in numbers
 * @example
 * floatProject({ name: 'P', investment: { actual: '100.50' } }, '2022-03-01', { incrementalOverlap: 'after-expiry' }).actual;
 * //=> 100.5
 */
export function floatProject(project: ProjectInput, asOf: string, readings: FloatReadings): FloatProject {
  const startup = project.talentStartup;
  const support = project.talentSupport;
  return {
    actual: float(project.investment.actual),
    infrastructure: float(project.investment.infrastructure ?? 0),
    important: project.classification?.particularlyImportant === true,
    leading: project.classification?.leadingIndustryDirection === true,
    talents: (project.talents ?? []).map((talent) => ({
      name: talent.name,
      qualified: talent.qualified === true || talent.highLevel === true,
      highLevel: talent.highLevel === true,
      ...(talent.housingPurchase && { price: float(talent.housingPurchase.price) }),
      ...(talent.rent && { rent: { monthly: float(talent.rent.monthly), ...(talent.rent.months !== undefined && { months: talent.rent.months }) } }),
    })),
    ...(startup && { founder: startup.founder }),
    requested: {
      ...(startup?.requested?.startupFund !== undefined && { startupFund: float(startup.requested.startupFund) }),
      ...(startup?.requested?.shareInvestment !== undefined && { shareInvestment: float(startup.requested.shareInvestment) }),
      ...(startup?.requested?.ventureCapital !== undefined && { ventureCapital: float(startup.requested.ventureCapital) }),
    },
    loans: (startup?.loans ?? []).map((loan) => ({ principal: float(loan.principal), annualRate: float(loan.annualRate), years: loan.years ?? 0 })),
    ...(support && {
      support: {
        expired: asOf > support.expiresOn,
        highPotential: support.highPotential === true,
        ...(support.incrementalRequested !== undefined && { requested: float(support.incrementalRequested) }),
      },
    }),
    fourGoOnAfterExpiry: readings.incrementalOverlap === 'independent',
  };
}
