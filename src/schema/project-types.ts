import type { Decimal } from '../money/decimal.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Activity, DeviceType, TargetMarket } from './vocabulary.js';

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
  };
  activities: Activity[];
  deviceTypes: DeviceType[];
  targetMarkets: TargetMarket[];
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
  /** The projects a source names that this project is (`<pack id>/<project name>`); empty when none. */
  sourceProjects: string[];
}
