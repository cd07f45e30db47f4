import { ZERO } from '../money/money.js';
import type { ParsedProject } from './project.js';
import type { Loan, Project, Talent } from './project-types.js';

/**
 * Applies the documented defaults to a parsed project: infrastructure 0,
 * classifications false, no talents, `highLevel` implying `qualified`.
 * Builds new objects; the input is left as it was.
 */
export function normalizeProject(parsed: ParsedProject): Project {
  const talents: Talent[] = (parsed.talents ?? []).map((talent) => {
    const highLevel = talent.highLevel ?? false;
    return {
      name: talent.name,
      qualified: highLevel || (talent.qualified ?? false),
      highLevel,
      ...(talent.housingPurchase && { housingPurchase: { price: talent.housingPurchase.price } }),
      ...(talent.rent && {
        rent: {
          monthly: talent.rent.monthly,
          start: talent.rent.start,
          ...(talent.rent.months !== undefined && { months: talent.rent.months }),
        },
      }),
    };
  });
  const startup = parsed.talentStartup;
  const support = parsed.talentSupport;
  return {
    name: parsed.name,
    ...(parsed.id !== undefined && { id: parsed.id }),
    ...(parsed.asOf !== undefined && { asOf: parsed.asOf }),
    investment: {
      actual: parsed.investment.actual,
      infrastructure: parsed.investment.infrastructure ?? ZERO,
    },
    classification: {
      particularlyImportant: parsed.classification?.particularlyImportant ?? false,
      leadingIndustryDirection: parsed.classification?.leadingIndustryDirection ?? false,
      major: parsed.classification?.major ?? false,
      newProductionLine: parsed.classification?.newProductionLine ?? false,
      firstClassEntity: parsed.classification?.firstClassEntity ?? false,
    },
    activities: [...(parsed.activities ?? [])],
    deviceTypes: [...(parsed.deviceTypes ?? [])],
    targetMarkets: [...(parsed.targetMarkets ?? [])],
    ...(parsed.industry !== undefined && { industry: parsed.industry }),
    sourceProjects: [...(parsed.sourceProjects ?? [])],
    enterprise: {
      technologyBasedSME: parsed.enterprise?.technologyBasedSME ?? false,
      leadingDomesticPlayer: parsed.enterprise?.leadingDomesticPlayer ?? false,
    },
    plans: {
      listing: parsed.plans?.listing ?? false,
      jointRdCentre: parsed.plans?.jointRdCentre ?? false,
    },
    finance: {
      ...(parsed.finance?.annualRevenue !== undefined && { annualRevenue: parsed.finance.annualRevenue }),
      ...(parsed.finance?.rdSpending !== undefined && { rdSpending: parsed.finance.rdSpending }),
    },
    talents,
    ...(startup && {
      talentStartup: {
        founder: startup.founder,
        requested: {
          ...(startup.requested?.startupFund !== undefined && { startupFund: startup.requested.startupFund }),
          ...(startup.requested?.shareInvestment !== undefined && { shareInvestment: startup.requested.shareInvestment }),
          ...(startup.requested?.ventureCapital !== undefined && { ventureCapital: startup.requested.ventureCapital }),
        },
        loans: (startup.loans ?? []).map((loan): Loan => {
          const { principal, annualRate } = loan;
          if (loan.repayment === undefined) return { form: 'simple', principal, annualRate, years: loan.years ?? 0 };
          return {
            form: loan.repayment,
            principal,
            annualRate,
            start: loan.start ?? '',
            termMonths: loan.termMonths ?? (loan.years ?? 0) * 12,
          };
        }),
      },
    }),
    ...(parsed.policyFundExit && { policyFundExit: { ...parsed.policyFundExit } }),
    ...(support && {
      talentSupport: {
        expiresOn: support.expiresOn,
        highPotential: support.highPotential ?? false,
        ...(support.incrementalRequested !== undefined && { incrementalRequested: support.incrementalRequested }),
      },
    }),
    facts: parsed.facts ?? new Map<string, unknown>(),
  };
}
