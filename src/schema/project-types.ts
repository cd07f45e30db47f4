import type { Decimal } from '../money/decimal.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Activity, DeviceType, Industry, TargetMarket } from './vocabulary.js';

/** A talent after validation: amounts exact, flags resolved. */
export interface Talent {
  name: string;
  qualified: boolean;
  highLevel: boolean;
  housingPurchase?: { price: Decimal };
  rent?: { monthly: Decimal; start: IsoDate; months?: number };
}

/** A loan after validation: simple interest over whole years, or a repayment form month by month. */
export type Loan =
  | { form: 'simple'; principal: Decimal; annualRate: Decimal; years: number }
  | {
      form: 'bullet' | 'equal-principal' | 'equal-instalment';
      principal: Decimal;
      annualRate: Decimal;
      start: IsoDate;
      termMonths: number;
    };

/** Terms on which a policy fund exits its equity. */
export interface PolicyFundExit {
  holdingYears: number;
  buyBackRate: Decimal;
  expectedReturn: Decimal;
}

/** A project after validation, with every default applied. Never the caller's object. */
export interface Project {
  name: string;
  id?: string;
  asOf?: IsoDate;
  investment: { actual: Decimal; infrastructure: Decimal };
  classification: {
    particularlyImportant: boolean;
    leadingIndustryDirection: boolean;
    major: boolean;
    newProductionLine: boolean;
    firstClassEntity: boolean;
  };
  activities: Activity[];
  deviceTypes: DeviceType[];
  targetMarkets: TargetMarket[];
  /** Absent when the project does not say: packs then assess it as in their audience, with a warning. */
  industry?: Industry;
  sourceProjects: string[];
  enterprise: { technologyBasedSME: boolean; leadingDomesticPlayer: boolean };
  plans: { listing: boolean; jointRdCentre: boolean };
  finance: { annualRevenue?: Decimal; rdSpending?: Decimal };
  talents: Talent[];
  talentStartup?: {
    founder: string;
    requested: { startupFund?: Decimal; shareInvestment?: Decimal; ventureCapital?: Decimal };
    loans: Loan[];
  };
  policyFundExit?: PolicyFundExit;
  talentSupport?: {
    expiresOn: IsoDate;
    highPotential: boolean;
    incrementalRequested?: Decimal;
  };
  /** The facts of packs' own, keyed `<pack id>/<fact id>`, as given: each pack reads and checks its own. */
  facts: ReadonlyMap<string, unknown>;
}
