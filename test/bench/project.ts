import type { ProjectInput } from '../../src/index.js';

/**
 * The representative project of the benchmark: every Qingshan Lake rule is
 * active (a particularly important project in the leading directions, a
 * high-level founder who buys, an engineer who rents for three years, a talent
 * startup with requests and a loan, expired talent support).
 */
export const BENCH_PROJECT: ProjectInput = {
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
};

/** The same project with plain numbers, for the implementations that take them. */
export interface NumericProject {
  actual: number;
  infrastructure: number;
  important: boolean;
  leading: boolean;
  talents: Array<{ name: string; qualified: boolean; highLevel: boolean; price?: number; rent?: { monthly: number; months?: number } }>;
  founder?: string;
  requested: { startupFund?: number; shareInvestment?: number; ventureCapital?: number };
  loans: Array<{ principal: number; annualRate: number; years: number }>;
  support?: { expired: boolean; highPotential: boolean; requested?: number };
}

/** The benchmark project in numbers. */
export const NUMERIC_PROJECT: NumericProject = {
  actual: 260000000.5,
  infrastructure: 45000000,
  important: true,
  leading: true,
  talents: [
    { name: 'Founder', qualified: true, highLevel: true, price: 4800000 },
    { name: 'Engineer', qualified: true, highLevel: false, rent: { monthly: 2600.55 } },
  ],
  founder: 'Founder',
  requested: { startupFund: 4000000, shareInvestment: 7000000 },
  loans: [{ principal: 20000000, annualRate: 0.0435, years: 3 }],
  support: { expired: true, highPotential: true, requested: 15000000.25 },
};
