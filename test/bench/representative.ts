import type { BenchProject } from './project.js';

/**
 * The representative project of the benchmark: every Qingshan Lake rule is
 * eligible with an amount on its assessment date. A particularly important
 * project in the leading directions; a high-level founder who buys; two
 * qualified talents who rent for 48 months (one under the monthly ceiling, one
 * above it; 36 months are paid); a talent startup that requests all three
 * "four 6-million" grants and has a loan with its interest subsidised; talent
 * support that expired, with high potential. Amounts carry cents.
 *
 * The "four 6-million" and the incremental support are both due only under
 * the reading that they are two separate policies (incrementalOverlap:
 * independent): by default the first end when the support expires, which the
 * second requires. The project is evaluated under that reading, so that every
 * rule's block runs.
 *
 * Amounts, to the cent (test/bench/representative.test.ts checks them):
 * - co-investment: min(100,000,000, 30% × (380,000,000.55 − 62,000,000.37)) = 95,400,000.05 (95,400,000.054)
 * - policy fund: 50% × 380,000,000.55 = 190,000,000.28 (190,000,000.275, half up)
 * - housing: min(600,000, 4,800,000.45) = 600,000.00
 * - rent: 1,850.35 × 36 = 66,612.60; min(2,000, 2,600.55) × 36 = 72,000.00
 * - start-up fund 4,000,000.15, share investment 5,500,000.85, venture capital 3,200,000.05 (each under 6,000,000)
 * - interest: 20,000,000.50 × 4.35% × 3 = 2,610,000.07 (2,610,000.06525)
 * - incremental support: min(20,000,000, 15,000,000.25) = 15,000,000.25
 */
export const REPRESENTATIVE_PROJECT: BenchProject = {
  label: 'representative',
  project: {
    name: 'Representative project',
    asOf: '2022-03-01',
    investment: { actual: '380000000.55', infrastructure: '62000000.37' },
    classification: { leadingIndustryDirection: true, particularlyImportant: true },
    talents: [
      { name: 'Founder', highLevel: true, housingPurchase: { price: '4800000.45' } },
      { name: 'Engineer', qualified: true, rent: { monthly: '1850.35', start: '2019-01-31', months: 48 } },
      { name: 'Designer', qualified: true, rent: { monthly: '2600.55', start: '2019-03-01', months: 48 } },
    ],
    talentStartup: {
      founder: 'Founder',
      requested: { startupFund: '4000000.15', shareInvestment: '5500000.85', ventureCapital: '3200000.05' },
      loans: [{ principal: '20000000.50', annualRate: '0.0435', years: 3 }],
    },
    talentSupport: { expiresOn: '2021-12-31', highPotential: true, incrementalRequested: '15000000.25' },
  },
  options: { policy: 'qingshan-lake-2018', interpretations: { incrementalOverlap: 'independent' } },
  asOf: '2022-03-01',
};
