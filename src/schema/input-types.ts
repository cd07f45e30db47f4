import type { Decimal } from '../money/decimal.js';
import type { IsoDate } from '../dates/iso-date.js';

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

/** A loan of the talent startup. */
export interface LoanInput {
  principal: Money;
  annualRate: Rate;
  /** Term in whole years. */
  years: number;
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
  /** The project's high-level talent support, once granted. */
  talentSupport?: {
    /** The last day of the support. */
    expiresOn: IsoDate;
    /** Judged to have high potential on its actual performance. Default false. */
    highPotential?: boolean;
    /** Incremental support asked for; absent means "the most the policy gives". */
    incrementalRequested?: Money;
  };
}
