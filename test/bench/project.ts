import type { EvaluateOptions, ProjectInput } from '../../src/index.js';
import type { FloatReadings } from './float-project.js';

/** A project of the benchmark, the options `evaluate` gets with it, and its assessment date. */
export interface BenchProject {
  label: string;
  project: ProjectInput;
  options: EvaluateOptions & { policy: 'qingshan-lake-2018' };
  asOf: string;
}

/**
 * The simple project of the benchmark, under the default readings: a
 * particularly important project in the leading directions, a high-level
 * founder who buys, an engineer who rents for three years, a talent startup
 * with requests and a loan, and talent support that expired before the
 * assessment date, so that the incremental support is due and the "four
 * 6-million" have ended (interpretation incrementalOverlap: after-expiry).
 */
export const SIMPLE_PROJECT: BenchProject = {
  label: 'simple',
  project: {
    name: 'Benchmark project',
    asOf: '2022-03-01',
    investment: { actual: '260000000.50', infrastructure: '45000000' },
    classification: { leadingIndustryDirection: true, particularlyImportant: true },
    talents: [
      { name: 'Founder', highLevel: true, housingPurchase: { price: '4800000' } },
      { name: 'Engineer', qualified: true, rent: { monthly: '2600.55', start: '2019-01-31' } },
    ],
    talentStartup: {
      founder: 'Founder',
      requested: { startupFund: '4000000', shareInvestment: '7000000' },
      loans: [{ principal: '20000000', annualRate: '0.0435', years: 3 }],
    },
    talentSupport: { expiresOn: '2021-12-31', highPotential: true, incrementalRequested: '15000000.25' },
  },
  options: { policy: 'qingshan-lake-2018' },
  asOf: '2022-03-01',
};

/**
 * The reading of the pack a benchmark project is evaluated under, for the
 * float references: the one its options choose, or the default.
 *
 * @param bench - a project of the benchmark
 * @returns the readings the float references follow
 * @example
 * readingsOf(SIMPLE_PROJECT);
 * //=> { incrementalOverlap: 'after-expiry' }
 */
export function readingsOf(bench: BenchProject): FloatReadings {
  return { incrementalOverlap: bench.options.interpretations?.incrementalOverlap ?? 'after-expiry' };
}
