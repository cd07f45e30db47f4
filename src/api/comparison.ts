import type { IsoDate } from '../dates/iso-date.js';
import type { AmountTotals, AssessedPolicy, Assessment } from '../engine/assessment.js';
import type { Instrument } from '../engine/definition.js';
import type { Decimal } from '../money/decimal.js';
import type { Opportunities } from '../analysis/opportunity-types.js';

/** One location of a comparison: its assessment and the figures compared. */
export interface ComparisonEntry {
  policy: AssessedPolicy;
  assessment: Assessment;
  /** Grants and subsidies computed from the project (the assessment's `totals.cash`); stated maximums are not in it. */
  cash: Decimal;
  /**
   * Grants and subsidies that are only a policy's stated maximum, not a
   * figure computed from the project (items with basis `ceiling`): shown
   * beside `cash`, never in it, never ranked. Equals `ceilings.cash`.
   */
  cashAtCeiling: Decimal;
  /** Equity computed from the project; stated maximums are not in it. */
  equity: Decimal;
  /** The stated maximums (basis `ceiling`), cash and equity apart: the assessment's `totals.ceilings`. */
  ceilings: AmountTotals;
  /** How many offers the source makes without a number (not in `cash` or `equity`). */
  unquantified: number;
  /** The instruments on offer: those of eligible and unquantified items, in the library's order. */
  instruments: Instrument[];
  /** The place by computed cash: 1 for the most; equal cash, equal rank. Stated maximums play no part. */
  rank: number;
  /** With the option `opportunities: true`: what the project would have to change to get more here. */
  opportunities?: Opportunities;
}

/** A pack `compare` did not assess, and why: by default it compares only the packs in force on the date. */
export interface LeftOutPolicy {
  policyId: string;
  name: string;
  /** The date of the pack's source. */
  published: IsoDate;
  /** Why it was left out: `not yet in force on 2019-01-01: its source is dated 2021-06-20`. */
  reason: string;
  translations: { zh: { name: string; reason: string } };
}

/** The same project assessed under several policies, side by side. */
export interface Comparison {
  project: { id?: string; name: string };
  asOf: IsoDate;
  /** One per policy compared, in the order asked (by default, every pack in force on `asOf`). */
  entries: ComparisonEntry[];
  /**
   * The policies by computed cash, most first; equal cash shares a rank. The
   * stated maximums (`cashAtCeiling`) are shown beside, and never change a
   * rank: adding or removing an item that is only a ceiling leaves the
   * ranking as it was.
   */
  ranking: Array<{ rank: number; policyId: string; cash: Decimal; cashAtCeiling: Decimal }>;
  /**
   * The built-in packs not compared, with why (not in force on `asOf`), in the
   * order of their sources' dates; empty when the caller listed the policies.
   */
  leftOut: LeftOutPolicy[];
  /** What the ranking leaves out: the offers without a number. */
  caveat: string;
  translations: { zh: { caveat: string } };
}
