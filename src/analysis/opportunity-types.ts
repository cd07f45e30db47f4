import type { Basis } from '../rules/types.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { AssessedPolicy, Assessment, ItemStatus, Totals } from '../engine/assessment.js';
import type { Citation, Instrument } from '../engine/definition.js';
import type { Decimal } from '../money/decimal.js';

/**
 * A value a change writes into a project, as plain JSON: amounts and rates as
 * exact decimal strings, counts as numbers, a series by year as
 * `{ "2026": "4000000" }`.
 */
export type ChangeValue = string | number | boolean | string[] | Record<string, string>;

/**
 * One change of a fact the project states. Applying every change of an
 * opportunity to the project (each `to` written at its `path`, or the field
 * left out when `to` is `null`) gives the changed project it was evaluated with.
 */
export interface FactChange {
  /** The fact, as conditions name it: `classification.major`, `talent.qualified`, `<pack id>/<fact id>`. */
  fact: string;
  /** Where the value is in the project: `['talents', '2', 'qualified']`. */
  path: string[];
  /** `set` a value (a flag, a choice, a threshold reached), `add` values to a list, `remove` a stated value. */
  action: 'set' | 'add' | 'remove';
  /** The value the project states now (after defaults: an unstated flag is `false`); `null` when it states none. */
  from: ChangeValue | null;
  /** The value written; for `add`, the whole list; `null` when the field is left out. */
  to: ChangeValue | null;
  /** For `add`, the values added. */
  added?: string[];
  /** The change in words. */
  description: string;
  translations: { zh: { description: string } };
}

/** An item's standing: its status and amount (`null` for an offer without a figure). */
export interface ItemStanding {
  status: ItemStatus;
  amount: Decimal | null;
  /** `ceiling` when the amount is only the policy's stated maximum ("up to"), not computed from the project. */
  basis: Basis;
  /** For an item with commitments: the amount less every clawback judged on the date (see `LineItem.net`). */
  net?: Decimal;
}

/** Another item whose standing the same changes alter. */
export interface AlsoChanged {
  ruleId: string;
  beneficiary?: string;
  label: string;
  /** Absent when the item is new: a talent item the changes bring in. */
  before?: ItemStanding;
  /** Absent when the item is no longer in the assessment: a talent item the changes take out. */
  after?: ItemStanding;
  translations: { zh: { label: string } };
}

/** A set of changes and what the item gives after them, computed by evaluating the changed project. */
export interface OpportunityOption {
  changes: FactChange[];
  after: ItemStanding;
  /** `after.amount − before.amount`; `null` when the item becomes an offer without a figure. */
  gain: Decimal | null;
}

/** What would make one item eligible, or raise it to its ceiling, and what it would then give. */
export interface Opportunity extends OpportunityOption {
  ruleId: string;
  /** The talent, for an item of a per-talent rule: the changes concern that talent only. */
  beneficiary?: string;
  label: string;
  instrument: Instrument;
  /** `eligible`: the item is ineligible and the changes make it eligible; `raise`: it is eligible and they raise it. */
  kind: 'eligible' | 'raise';
  before: ItemStanding;
  /** The reasons of the item in the changed project: the conditions it then meets. */
  reasons: string[];
  /** The sentence of the source the rule (and its conditions) encode, verbatim. */
  citation: Citation;
  /** The readings the result assumes: every interpretation the changed item consulted, with the reading used. */
  interpretations: Array<{ id: string; chosen: string }>;
  /** Every other item the changes alter, with its standing before and after. */
  alsoChanges: AlsoChanged[];
  /** The totals of the changed project. */
  totals: Totals;
  /** Other sets of as few changes that also work, each evaluated (at most `MAX_ALTERNATIVES`). */
  alternatives: OpportunityOption[];
  translations: { zh: { label: string; reasons: string[] } };
}

/** An ineligible item no change of stated facts makes eligible, and why. */
export interface Unreachable {
  ruleId: string;
  beneficiary?: string;
  label: string;
  /** `not-in-force`: the policy does not apply on the date; `no-change`: no change of stated facts tried works. */
  why: 'not-in-force' | 'no-change';
  reason: string;
  translations: { zh: { label: string; reason: string } };
}

/** What a project would have to change to get more under one policy. */
export interface Opportunities {
  policy: AssessedPolicy;
  project: { id?: string; name: string };
  asOf: IsoDate;
  /** The totals of the project as stated. */
  totals: Totals;
  /** One per item that some change makes eligible or raises, in the order of the assessment's items. */
  opportunities: Opportunity[];
  /** The ineligible items that no change found makes eligible. */
  unreachable: Unreachable[];
  /** How many changed projects were evaluated. */
  evaluated: number;
  /** The parameters the caller replaced (as in the assessment): every amount here is computed with them. */
  overrides: Assessment['overrides'];
  translations: { zh: { policyName: string } };
}
