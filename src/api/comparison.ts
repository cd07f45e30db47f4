import type { IsoDate } from '../dates/iso-date.js';
import type { AssessedPolicy, Assessment } from '../engine/assessment.js';
import type { Instrument } from '../engine/definition.js';
import type { Decimal } from '../money/decimal.js';

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
}

/** The same project assessed under several policies, side by side. */
export interface Comparison {
  project: { id?: string; name: string };
  asOf: IsoDate;
  /** One per policy compared, in the order asked (by default, every pack in force on `asOf`). */
  entries: ComparisonEntry[];
  /** The policies by quantified cash, most first; equal cash shares a rank. */
  ranking: Array<{ rank: number; policyId: string; cash: Decimal }>;
  /** What the ranking leaves out: the offers without a number. */
  caveat: string;
  translations: { zh: { caveat: string } };
}
