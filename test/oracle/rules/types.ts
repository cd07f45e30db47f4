import type { Decimal } from '../../../src/money/decimal.js';
import type { IsoDate } from '../../../src/dates/iso-date.js';

/** A text in English and Chinese. */
export interface Text {
  en: string;
  zh: string;
}

/** What a cap limits: an amount, an amount per period, or a number of periods. */
export type CapUnit = 'CNY' | 'CNY/month' | 'months';

/** A limit the policy puts on an entitlement, and how close the project comes to it. */
export interface Cap {
  /** Stable within a rule: the name of the parameter that sets the limit, or `share` for a ratio cap. */
  id: string;
  label: string;
  /** The limit, rounded to the cent when it is money. */
  limit: Decimal;
  unit: CapUnit;
  /** Whether the project reaches this limit (headroom 0 on an eligible item). */
  binding: boolean;
  /** How far below the limit the project stays: `limit - used`, never negative. */
  headroom: Decimal;
  /** A cap shared by several items: `used` is their sum, not this item's amount. */
  shared?: boolean;
  /** The label in Chinese. */
  translations: { zh: { label: string } };
}

/** A limit a block reads: its value, its label in both languages, and the id it reports it under. */
export interface Limit<T = Decimal> {
  value: T;
  label: Text;
  id: string;
}

/** A value a block reads from the project, with its label. */
export interface Labelled<T = Decimal> {
  value: T;
  label: Text;
}

/** One step of a calculation, with its exact value, so a reader can redo the arithmetic. */
export interface TraceStep {
  label: string;
  /** The exact value as a plain decimal string (amounts before rounding keep all their digits). */
  value: string;
}

/** One dated payment of an entitlement. */
export interface ScheduleEntry {
  date: IsoDate;
  amount: Decimal;
}

/**
 * `formula` when the amount is computed from project facts; `ceiling` when it
 * is the policy's stated maximum and the project gave nothing to compute from;
 * `none` when the source gives no number at all.
 */
export type Basis = 'formula' | 'ceiling' | 'none';

/** How an amount was reached: the formula in words with its values, and every step. */
export interface Explanation {
  formula: string;
  trace: TraceStep[];
}

/**
 * What a building block computes for one entitlement the source quantifies.
 * The explanation and the schedule are computed when first read: most
 * callers of a batch never read them, and the values are the same either way.
 */
export interface QuantifiedResult {
  kind: 'quantified';
  /** The entitlement, rounded once to the cent, half up. */
  amount: Decimal;
  basis: 'formula' | 'ceiling';
  caps: Cap[];
  explain: () => Explanation;
  /** The block's own dated payments, when it implies a timing. */
  schedule?: () => ScheduleEntry[];
  /** The date a cumulative amount reached its cap, for amounts that accrue over time. */
  capReachedOn?: IsoDate;
  /** Facts about the result a reader should know (for example, that nothing was requested). */
  notes: Text[];
}

/** What a building block says of an offer the source makes without a number. */
export interface UnquantifiedResult {
  kind: 'unquantified';
  basis: 'none';
  /** What is offered, in words. */
  offer: Text;
  explain: () => Explanation;
  notes: Text[];
}

/** The result of a building block. */
export type BlockResult = QuantifiedResult | UnquantifiedResult;
