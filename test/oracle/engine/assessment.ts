import type { IsoDate } from '../../../src/dates/iso-date.js';
import type { Decimal } from '../../../src/money/decimal.js';
import type { ExitValue } from '../rules/exit-give-away.js';
import type { Cap, ScheduleEntry, TraceStep } from '../rules/types.js';
import type { Citation, Figure, Instrument, Jurisdiction, ParameterUnit, Text, TierTable } from './definition.js';

/**
 * Whether an item can be claimed by the project: `eligible` with an amount,
 * `ineligible` (amount 0), or `unquantified`: offered, but the source gives
 * no number (amount `null`).
 */
export type ItemStatus = 'eligible' | 'ineligible' | 'unquantified';

/** A figure the source states about an offer that is not its amount. */
export interface ItemFigure {
  label: string;
  value: string;
  unit: Figure['unit'];
  qualifier?: Figure['qualifier'];
  citation: Citation;
}

/**
 * Whether a commitment was kept: `met` or `missed` once the assessment date
 * has reached its `by` date and the project states the outcome; `pending`
 * before that date (even when the stated value is below the target: it may
 * still be reached), or when the project does not state the outcome.
 */
export type CommitmentStatus = 'met' | 'missed' | 'pending';

/**
 * A commitment of an item, as assessed: what the project committed to, what
 * it puts at risk, and, once judged, the clawback. Amounts are exact, each
 * rounded once, half up, to the cent.
 */
export interface CommitmentResult {
  /** The commitment's id within its rule. */
  id: string;
  label: string;
  citation: Citation;
  /** The fact that must reach the target, by name. */
  fact: string;
  /** The label the pack declares for the fact, when it is one of the pack's own (its Chinese one in `translations`). */
  factLabel?: string;
  /** What the target is counted in: yuan, a whole count, or a ratio. */
  unit: 'CNY' | 'count' | 'ratio';
  /** For a series fact: the value of the year of `by` (`in-year`), or the sum of the years up to it (`to-date`). */
  series?: 'in-year' | 'to-date';
  /** The value the fact must reach (a parameter's value, an override's where one replaced it). */
  target: Decimal;
  /** The date by which it must be reached. */
  by: IsoDate;
  /** What is repaid if it is missed: all, a share (`share`), or pro rata to the shortfall. */
  clawbackKind: 'all' | 'share' | 'pro-rata';
  /** The share repaid, for `clawbackKind: 'share'`. */
  share?: Decimal;
  /** What would be repaid if it were missed entirely: all that was paid, the share of it, or all for pro rata; 0 when nothing is paid. */
  amountAtRisk: Decimal;
  status: CommitmentStatus;
  /** For a pending commitment: its date is still to come, or the project does not state the outcome. */
  pendingReason?: 'not-yet-due' | 'outcome-not-stated';
  /** The project's value of the fact, when it states it (read as `series` says for a series). */
  achieved?: Decimal;
  /**
   * What the project repays: 0 unless missed. The clawbacks of one item never
   * sum above what was paid: taken in the order of their `by` dates (then as
   * declared), each is limited to what the earlier ones left.
   */
  clawback: Decimal;
  translations: { zh: { label: string; factLabel?: string } };
}

/** What every item has, whatever its status. */
export interface LineItemBase {
  ruleId: string;
  /** The talent the item belongs to, for per-talent rules. */
  beneficiary?: string;
  label: string;
  instrument: Instrument;
  /** The formula in words with its values. */
  formula: string;
  /** The limits on the amount, each marked binding or not, with its headroom (none when unquantified). */
  caps: Cap[];
  /** Why the item is eligible or not, in words. */
  reasons: string[];
  /** The sentence of the source the rule encodes, verbatim. */
  citation: Citation;
  /** Every sentence the amount draws on: the rule's, and those stating the parameters it used. */
  citations: Citation[];
  /** The ids of the interpretations this item's calculation had to choose. */
  interpretations: string[];
  /** What the source says about the item that the amount does not capture. */
  notes: string[];
  /** Figures the source states about the offer (time saved, items offered). */
  figures: ItemFigure[];
  /** The rule's parameters the caller replaced, each with the pack's value beside the one used. */
  overrides?: Array<{ parameter: string; unit: ParameterUnit | 'tiers'; baseline: string; value: string }>;
  /** The steps of the calculation with their values. */
  trace: TraceStep[];
  /** What the project commits to in return, with the amount at risk and any clawback; absent when the rule states none. */
  commitments?: CommitmentResult[];
  /** The item's texts in Chinese (figure labels in the order of `figures`; the offer of an unquantified item). */
  translations: { zh: { label: string; reasons: string[]; notes: string[]; figures: string[]; offer?: string } };
}

/** An item the source quantifies: eligible with its amount, or ineligible with 0. */
export interface QuantifiedLineItem extends LineItemBase {
  status: 'eligible' | 'ineligible';
  basis: 'formula' | 'ceiling';
  /** The most the project can claim ("up to"), rounded to 0.01 yuan; 0 when ineligible. */
  amount: Decimal;
  /**
   * Dated payments that sum exactly to the amount (empty when it is 0): monthly
   * for a rent subsidy, as the interest falls due for an interest subsidy from
   * loans with a repayment form, a caller's tranche plan where given, otherwise
   * one payment on the assessment date. None on an ineligible item.
   */
  schedule?: ScheduleEntry[];
  /** For an amount that accrues over time up to a cap: the date the cap is reached. */
  capReachedOn?: IsoDate;
  /**
   * For equity whose fund gives its profit away at exit, under the project's
   * exit terms: the exit date and the value of the profit given away. Not an
   * entitlement and not in the totals.
   */
  exit?: Omit<ExitValue, 'trace'>;
  /** For an item with commitments: the amount less every clawback, never below 0. */
  net?: Decimal;
}

/** An offer the project can take up but the source gives no number for. */
export interface UnquantifiedLineItem extends LineItemBase {
  status: 'unquantified';
  basis: 'none';
  amount: null;
  /** What is offered, in words. */
  offer: string;
  schedule?: undefined;
}

/** One entitlement of an assessment, with everything needed to check it by hand. */
export type LineItem = QuantifiedLineItem | UnquantifiedLineItem;

/** An interpretation the assessment had to choose, what was chosen and why. */
export interface InterpretationUsed {
  id: string;
  label: string;
  chosen: string;
  alternatives: string[];
  /** The rationale of the chosen reading. */
  why: string;
  /** `default` when the library's default was used, `option` when the caller chose it. */
  source: 'default' | 'option';
  /** The rules whose items depended on the choice. */
  rules: string[];
}

/** Sums of rounded amounts, exact: cash and equity apart, and together. */
export interface AmountTotals {
  /** Grants and subsidies. */
  cash: Decimal;
  /** Share investment, venture capital and policy-fund equity. */
  equity: Decimal;
  all: Decimal;
}

/**
 * Totals of the quantified, eligible amounts computed from the project (basis
 * `formula`), with the stated maximums (basis `ceiling`) kept apart in
 * `ceilings`: a ceiling is what a policy could pay at most, not a figure for
 * the project, and is never added to the computed totals.
 */
export interface Totals extends AmountTotals {
  /** The items that are only a stated maximum ("up to"), not computed and not in `cash`, `equity` or `all`. */
  ceilings: AmountTotals;
  /** The clawbacks of the computed items (basis `formula`); present only when the pack states commitments. */
  clawback?: AmountTotals;
  /** The computed totals less those clawbacks; present only when the pack states commitments. */
  net?: AmountTotals;
}

/** The policy an assessment was made under. */
export interface AssessedPolicy {
  id: string;
  version: string;
  name: string;
  jurisdiction: Jurisdiction;
  sourceDocument: string;
  published: IsoDate;
}

/** A parameter's replacement as recorded: an amount or rate as a decimal string, months as a number, a tier table, or `null`. */
export type RecordedValue = string | number | TierTable | null;

/**
 * The options an assessment was made with, as plain JSON: passed back to
 * `evaluate` with the same project, they give the same assessment. `policy`
 * is the pack's id (its version is the assessment's `policy.version`); for a
 * caller's own pack, pass the pack itself.
 */
export interface RecordedOptions {
  policy: string;
  /** The assessment date used, from the options or the project. */
  asOf: IsoDate;
  /** The readings the caller chose (the defaults used are in the assessment's `interpretations`). */
  interpretations: Record<string, string>;
  /** The caller's replacements of parameters, by rule id and parameter name. */
  overrides: Record<string, Record<string, RecordedValue>>;
  /** The caller's payment plans, by rule id. */
  schedules: Record<string, Array<{ date: IsoDate; share: string }>>;
}

/** What made an assessment: the library and its version, and the options used. */
export interface Provenance {
  library: { name: string; version: string };
  options: RecordedOptions;
}

/** Everything a project can claim under one policy on one date. */
export interface Assessment {
  policy: AssessedPolicy;
  project: { id?: string; name: string };
  asOf: IsoDate;
  items: LineItem[];
  /** Totals of the amounts computed from the project, the stated maximums (basis `ceiling`) apart. */
  totals: Totals;
  /** How many items are offers without a number (not in the totals). */
  unquantified: number;
  interpretations: InterpretationUsed[];
  /** Readings the caller chose that no item of this project depended on: they changed nothing. */
  unusedInterpretations: Array<{ id: string; chosen: string }>;
  /** Parameters the caller replaced, with the pack's value beside the one used. */
  overrides: Array<{ ruleId: string; parameter: string; unit: ParameterUnit | 'tiers'; baseline: string; value: string }>;
  warnings: string[];
  translations: { zh: { policyName: string; warnings: string[]; interpretations: Record<string, { label: string; why: string }> } };
  /** The library version and the options that, with the same project, recompute this assessment. */
  provenance: Provenance;
}

/** Re-exported for the public surface. */
export type { Text };
