import type { Decimal } from '../money/decimal.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Activity, DeviceType, Industry, TargetMarket } from './vocabulary.js';

export type { Activity, DeviceType, TargetMarket };

/**
 * An amount in yuan: a non-negative finite number, a plain decimal string
 * such as `'1500000.50'`, or a `decimal.js` Decimal. At most 10^15 and 20
 * decimal places. Strings are the safe choice for amounts with cents.
 */
export type Money = number | string | Decimal;

/** An annual rate as a decimal fraction from 0 to 1, such as `'0.0435'` for 4.35%. */
export type Rate = number | string | Decimal;

/** A talent (a person) the project brings, as the policies' talent rules see them. */
export interface TalentInput {
  /** The talent's name; unique within the project. */
  name: string;
  /** Recognised as a qualified talent under the local talent catalogue. Default false. */
  qualified?: boolean;
  /** Recognised as a high-level talent; implies `qualified`. Default false. */
  highLevel?: boolean;
  /** A home the talent buys. */
  housingPurchase?: { price: Money };
  /** A home the talent rents: monthly rent, first month, and length (default: as long as the policy pays). */
  rent?: { monthly: Money; start: IsoDate; months?: number };
}

/**
 * A loan of the talent startup. Without `repayment`, its interest is simple
 * interest on the full principal over `years` (the default reading). With a
 * repayment form, the interest is that actually due month by month from
 * `start` over `termMonths` (or `years` × 12) at `annualRate` / 12 a month:
 * - `bullet`: the principal is repaid at the end; interest on all of it each month;
 * - `equal-principal`: the same principal each month, interest on what remains;
 * - `equal-instalment`: the same payment each month (an annuity), interest on what remains.
 */
export interface LoanInput {
  principal: Money;
  annualRate: Rate;
  /** Term in whole years (the simple form, or a repayment form's term). */
  years?: number;
  repayment?: 'bullet' | 'equal-principal' | 'equal-instalment';
  /** The date the loan is drawn; interest falls due a month after, and monthly from then. */
  start?: IsoDate;
  /** Term in months, for a repayment form. */
  termMonths?: number;
}

/** A hypothetical project, described once and assessed under any policy. */
export interface ProjectInput {
  name: string;
  id?: string;
  /** The date the assessment is made (`YYYY-MM-DD`); an option of the same name overrides it. */
  asOf?: IsoDate;
  investment: {
    /** The project's actual investment in yuan. */
    actual: Money;
    /** The part of `actual` spent on land, buildings and civil works. Default 0; at most `actual`. */
    infrastructure?: Money;
  };
  classification?: {
    /** Recognised by the authority as a particularly important project. Default false. */
    particularlyImportant?: boolean;
    /** In line with the location's leading industry directions. Default false. */
    leadingIndustryDirection?: boolean;
    /** A major semiconductor or IC project, as the location classifies it. Default false. */
    major?: boolean;
    /** The project builds a new production line. Default false. */
    newProductionLine?: boolean;
    /**
     * A world first-class enterprise or R&D organisation, or one led by a Nobel
     * Prize winner, setting up a regional headquarters, an R&D centre or a
     * strategic scientific organisation. Default false.
     */
    firstClassEntity?: boolean;
  };
  /** What the project does: design, design services, manufacturing, equipment, materials, packaging and testing, research. */
  activities?: Activity[];
  /** The devices or products it makes. */
  deviceTypes?: DeviceType[];
  /** The markets it targets. */
  targetMarkets?: TargetMarket[];
  /**
   * The industry the project is in: `semiconductors` (semiconductor and
   * integrated-circuit work of any kind: design, manufacturing, packaging and
   * testing, equipment, materials, sensors, photomasks) or `other`. A pack
   * whose source concerns one industry finds a project of another ineligible
   * for all its offers; absent, the project is assessed as in the pack's
   * audience, with a warning.
   */
  industry?: Industry;
  /**
   * The projects a policy's source names that this project is, as
   * `<pack id>/<project>` (such as `nanhu-2022/photomask-material`): a pack
   * whose commitments were made to a named project tests it.
   */
  sourceProjects?: string[];
  /** Facts about the enterprise behind the project. */
  enterprise?: {
    /** A technology-based small or medium-sized enterprise. Default false. */
    technologyBasedSME?: boolean;
    /** A leading domestic player of its sector. Default false. */
    leadingDomesticPlayer?: boolean;
  };
  /** What the enterprise plans. */
  plans?: {
    /** To list on a stock market, at home or abroad. Default false. */
    listing?: boolean;
    /** To build an R&D centre jointly with local enterprises. Default false. */
    jointRdCentre?: boolean;
  };
  /** Figures a tier table may read. */
  finance?: {
    /** Annual revenue, in yuan. */
    annualRevenue?: Money;
    /** Annual R&D spending, in yuan. */
    rdSpending?: Money;
  };
  talents?: TalentInput[];
  /** A startup founded by one of the talents. */
  talentStartup?: {
    /** The founder's name, one of `talents`. */
    founder: string;
    /** What the startup asks for under each instrument; absent means "the most the policy gives". */
    requested?: { startupFund?: Money; shareInvestment?: Money; ventureCapital?: Money };
    loans?: LoanInput[];
  };
  /**
   * Terms on which the policy fund would exit its equity, to value the profit
   * it gives away: years held, the buy-back price as principal × (1 + buyBackRate × years),
   * and the project's expected equity return a year.
   */
  policyFundExit?: { holdingYears: number; buyBackRate: Rate; expectedReturn: Rate };
  /** The project's high-level talent support, once granted. */
  talentSupport?: {
    /** The last day of the support. */
    expiresOn: IsoDate;
    /** Judged to have high potential on its actual performance. Default false. */
    highPotential?: boolean;
    /** Incremental support asked for; absent means "the most the policy gives". */
    incrementalRequested?: Money;
  };
  /**
   * Facts that packs declare of their own (a term sheet's new hires, floor
   * space, yearly tax paid), keyed `<pack id>/<fact id>`: an amount, a count,
   * a rate, true or false, a date, a word of a choice, or a series by calendar
   * year (`{ "2025": "1200000" }`). Each is checked against the pack being
   * evaluated; the facts of other packs are left for them.
   */
  facts?: Record<string, FactValueInput>;
}

/** The value of a fact of a pack's own, as its declared type reads it. */
export type FactValueInput = Money | boolean | string | number | Record<string, Money | number>;
