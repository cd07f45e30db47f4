import type { IsoDate } from '../dates/iso-date.js';
import type { AssessedPolicy, Assessment } from '../engine/assessment.js';
import type { Instrument } from '../engine/definition.js';
import type { Decimal } from '../money/decimal.js';
import type { Opportunities } from '../analysis/opportunity-types.js';

/** One location of a comparison: its assessment and the figures compared. */
export interface ComparisonEntry {
  policy: AssessedPolicy;
  assessment: Assessment;
  /** Quantified grants and subsidies. */
  cash: Decimal;
  /**
   * The part of `cash` that is a policy's stated maximum rather than a figure
   * computed from the project (items with basis `ceiling`).
   */
  cashAtCeiling: Decimal;
  /** Quantified equity. */
  equity: Decimal;
  /** How many offers the source makes without a number (not in `cash` or `equity`). */
  unquantified: number;
  /** The instruments on offer: those of eligible and unquantified items, in the library's order. */
  instruments: Instrument[];
  /** The place by quantified cash: 1 for the most; equal cash, equal rank. */
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
  /** The policies by quantified cash, most first; equal cash shares a rank. */
  ranking: Array<{ rank: number; policyId: string; cash: Decimal }>;
  /**
   * The built-in packs not compared, with why (not in force on `asOf`), in the
   * order of their sources' dates; empty when the caller listed the policies.
   */
  leftOut: LeftOutPolicy[];
  /** What the ranking leaves out: the offers without a number. */
  caveat: string;
  translations: { zh: { caveat: string } };
}
