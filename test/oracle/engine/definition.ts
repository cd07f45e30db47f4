import type { IsoDate } from '../../../src/dates/iso-date.js';
import type { Text } from '../rules/types.js';
import type { Industry } from '../../../src/schema/vocabulary.js';

export type { Text };

/**
 * The shape of a policy pack as data. A pack is parameters with their
 * citations, rules built from the library's building blocks, and the
 * interpretations its text leaves open. Everything here is plain, serialisable
 * data: the engine reads it; no pack carries arithmetic of its own.
 */

/** Where a rule or a value comes from: a source document and a verbatim sentence of it. */
export interface Citation {
  /** The file name of the source document (one of the package's `seeds/`). */
  document: string;
  /** A sentence of that document, verbatim. */
  quote: string;
}

/**
 * What form an entitlement takes. `grant`, the three subsidies and `equity`
 * are money; `service` (approvals, consultations, agency), `land` (sites and
 * land quotas), `training` (of staff), `financing` (access to bank and other
 * debt) and `unspecified` (support whose form the source does not state) are
 * offers in kind or of unstated form.
 */
export type Instrument =
  | 'grant'
  | 'equity'
  | 'housing-subsidy'
  | 'rent-subsidy'
  | 'interest-subsidy'
  | 'service'
  | 'land'
  | 'training'
  | 'financing'
  | 'unspecified';

/**
 * The unit of a numeric parameter's value. `count` is a whole number of
 * things (jobs, square metres): the target of a commitment on a count fact.
 */
export type ParameterUnit = 'CNY' | 'CNY/month' | 'ratio' | 'months' | 'years' | 'count';

interface ParameterSource {
  label: Text;
  citation: Citation;
  /** The date the value applies from: the date of its source. */
  since: IsoDate;
}

/** A number the policy states, with the sentence that states it and the date it applies from. */
export interface NumberParameter extends ParameterSource {
  /** The value, exactly, as a decimal string. */
  value: string;
  unit: ParameterUnit;
}

/** A tier table: from each `from` value of the base fact, the amount of that bracket. */
export interface TierTable {
  /** The amount fact the brackets are read against (see `FACTS`). */
  base: string;
  /** In ascending order of `from`; amounts in yuan, decimal strings. */
  brackets: Array<{ from: string; amount: string }>;
}

/** A tier table the policy refers to; `null` when the source does not publish it. */
export interface TiersParameter extends ParameterSource {
  value: TierTable | null;
  unit: 'tiers';
}

export type ParameterDefinition = NumberParameter | TiersParameter;

/** A figure the source states about an offer that is not an amount of money (time saved, items offered). */
export interface Figure {
  label: Text;
  /** The figure as the source gives it, as a decimal string. */
  value: string;
  unit: 'months' | 'days' | 'count' | 'CNY';
  /** The source qualifies it: "about", "nearly", "over". */
  qualifier?: 'about' | 'nearly' | 'over';
  citation: Citation;
}

/** A reference to a parameter of the same rule, by name. */
export interface ParameterRef {
  param: string;
}

/** A reference to a project fact, by name (see `FACTS`). */
export interface FactRef {
  fact: string;
}

/**
 * A test over project facts, or over the interpretation chosen. Facts are
 * named as in `FACTS`; a fact that is absent makes every test on it false
 * except `present: false`.
 */
export type Condition =
  | { fact: string; is: boolean | string }
  | { fact: string; present: boolean }
  | { fact: string; includesAny: string[] }
  | { fact: string; atLeast: string }
  | { fact: string; above: string }
  | { interpretation: string; is: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** One eligibility condition of a rule, with what to say when it holds and when it does not. */
export interface EligibilityTest {
  when: Condition;
  met: Text;
  unmet: Text;
  /**
   * The test applies only when this holds (under one interpretation, say, or
   * when the fact it refines is stated). A test with `appliesIf` is considered
   * only while every test before it holds, so an item that fails anyway neither
   * consults an interpretation nor piles up reasons that follow from the first.
   */
  appliesIf?: Condition;
}

/**
 * A step of `stepped-periods`: for `length` periods (a `months` parameter for
 * a monthly block, `years` for a yearly one), a share of the base each period
 * (`rate`, a ratio) or an amount each period (`amount`, `CNY/month` or `CNY`).
 */
export type PeriodStepSpec = { length: ParameterRef; rate: ParameterRef } | { length: ParameterRef; amount: ParameterRef };

/** A step of `yearly-share`: for `years` years (a `years` parameter), `rate` (a ratio) of each year's base. */
export interface YearStepSpec {
  years: ParameterRef;
  rate: ParameterRef;
}

/** How an entitlement's amount is computed: one of the building blocks, or a choice among them. */
export type AmountSpec =
  | { block: 'capped-share'; rate: ParameterRef; base: FactRef; ceiling?: ParameterRef; floor?: ParameterRef }
  | { block: 'flat-ceiling'; ceiling: ParameterRef; requested?: FactRef }
  | {
      block: 'per-period';
      perPeriodCeiling: ParameterRef;
      maxPeriods: ParameterRef;
      periodAmount: FactRef;
      periods?: FactRef;
      start: FactRef;
    }
  | {
      block: 'interest-subsidy';
      ceiling: ParameterRef;
      loans: FactRef;
      /** The fraction of each interest payment subsidised (a `ratio` parameter); absent means the whole interest. */
      share?: ParameterRef;
    }
  | { block: 'tiered'; ceiling: ParameterRef; tiers: ParameterRef }
  | { block: 'per-unit'; perUnit: ParameterRef; units: FactRef; ceiling?: ParameterRef }
  | {
      block: 'stepped-periods';
      period: 'month' | 'year';
      start: FactRef;
      base?: FactRef;
      periods?: FactRef;
      steps: PeriodStepSpec[];
      ceiling?: ParameterRef;
    }
  | { block: 'yearly-share'; base: FactRef; start: FactRef; steps: YearStepSpec[]; yearCeiling?: ParameterRef; ceiling?: ParameterRef }
  | { block: 'threshold-excess'; base: FactRef; threshold: ParameterRef; rate: ParameterRef; ceiling?: ParameterRef }
  | { block: 'unquantified'; offer: Text }
  | { block: 'by-interpretation'; interpretation: string; options: Record<string, AmountSpec> }
  | { block: 'cases'; cases: Array<{ when: Condition; then: AmountSpec }>; otherwise: AmountSpec };

/**
 * What is repaid when a commitment is missed: everything paid (`all`), a share
 * of it (`share`, a `ratio` parameter), or `pro-rata`: the share the shortfall
 * is of the target, `1 − achieved ÷ target` (between 0 and 1).
 */
export type ClawbackSpec = { kind: 'all' } | { kind: 'share'; share: ParameterRef } | { kind: 'pro-rata' };

/**
 * What the project commits to in return for an entitlement: a fact of the
 * project reaching a value by a date (output, tax paid, jobs, investment paid
 * in), and what is repaid if it does not. The outcome is the project's value
 * of that same fact; judged on the assessment date, from `by` on.
 */
export interface CommitmentDefinition {
  /** The commitment's id within the rule (lower-case letters, digits and hyphens). */
  id: string;
  label: Text;
  citation: Citation;
  /** The fact that must reach the target: an amount, count or rate, or a series by year of amounts or counts. */
  fact: string;
  /**
   * How a series fact is read: `in-year`, the value of the calendar year of
   * `by`; `to-date`, the sum of every year up to and including it. Only for a
   * series; the outcome is known once the series states the year of `by`.
   */
  series?: 'in-year' | 'to-date';
  /** The target: a parameter of the rule (so an override can change it), or a value written in place as a decimal string. */
  atLeast: ParameterRef | string;
  /** The date by which the target must be reached. */
  by: IsoDate;
  clawback: ClawbackSpec;
}

/** One entitlement a policy offers. */
export interface RuleDefinition {
  /** `<pack id>/<rule name>`, unique. */
  id: string;
  label: Text;
  instrument: Instrument;
  /** `project`: one item per project. `talent`: one item per talent the rule concerns. */
  scope: 'project' | 'talent';
  /** For a talent rule, which talents it concerns (those who buy a home, say). */
  concerns?: Condition;
  citation: Citation;
  parameters: Record<string, ParameterDefinition>;
  /** Every test must hold for the item to be eligible. */
  eligibility: EligibilityTest[];
  amount: AmountSpec;
  /** What the source says about the entitlement that the amount does not capture. */
  notes?: Text[];
  /** Figures the source states about the offer that are not its amount. */
  figures?: Figure[];
  /** Further sentences that describe the offer, cited on the item after the rule's own. */
  alsoCites?: Citation[];
  /**
   * `profit-given-away`: the equity's fund may give its profit away at exit;
   * with the project's exit terms, the item values that profit.
   */
  exit?: 'profit-given-away';
  /**
   * When this holds (under one reading of an interpretation, say), the item is
   * paid in parts whose number and dates the source does not state: only the
   * caller's payment plan for the rule (`options.schedules`) can date them, and
   * without one the item is not granted and says a plan is needed.
   */
  paidByPlanWhen?: Condition;
  /** What the project commits to in return, and what it repays if it does not. */
  commitments?: CommitmentDefinition[];
}

/** A choice the source's text leaves open, with the library's default and the alternatives. */
export interface InterpretationDefinition {
  id: string;
  label: Text;
  /** What the text leaves open. */
  question: Text;
  default: string;
  options: Array<{ value: string; label: Text; rationale: Text }>;
  /** The sentences whose wording leaves the choice open. */
  citations?: Citation[];
}

/** Items of which a beneficiary keeps only one: the larger (the first on a tie). */
export interface OneOfGroup {
  kind: 'one-of';
  id: string;
  rules: string[];
  /** Applies only when this holds (for example, under one interpretation). */
  appliesIf?: Condition;
  reason: Text;
}

/**
 * Items whose sum may not exceed one cap: per project, or per beneficiary.
 * Above it, the items are reduced in the order of `rules` (the first keeps
 * the most), or pro rata to their amounts (cents by largest remainder).
 */
export interface SharedCapGroup {
  kind: 'shared-cap';
  id: string;
  rules: string[];
  /** The cap on the sum, in yuan. */
  cap: string;
  label: Text;
  citation: Citation;
  per: 'project' | 'beneficiary';
  allocation: 'in-order' | 'pro-rata';
}

/** A combination of rules: keep the larger, or share a cap. */
export type GroupDefinition = OneOfGroup | SharedCapGroup;

/** A fund the policy pays from, checked against an assessment's grants and subsidies. */
export interface FundDefinition {
  id: string;
  label: Text;
  /**
   * The fund's amount per period, in yuan: in whole cents, or, for a `bound`,
   * exact to more places (a quotient), rounded to the cent toward the bound's
   * side where it is used.
   */
  amount: string;
  period: 'year';
  citation: Citation;
  /** For an amount derived from stated figures rather than stated: how, with the arithmetic. */
  derivation?: Text;
  /**
   * `lower` when the fund is at least `amount` (derived from figures such as
   * "over 75 million paid is 84%"), `upper` when at most; absent when the
   * source states the amount. A lower bound is rounded down to the cent, an
   * upper bound up, so that the rounded figure stays a bound; a warning built
   * on it says it is one.
   */
  bound?: 'lower' | 'upper';
}

/** A figure the source states about the programme or the place that is not an entitlement. */
export interface ProgrammeFact {
  id: string;
  label: Text;
  /** The figure, as a decimal string. */
  value: string;
  unit: 'CNY' | 'ratio' | 'count';
  /** The source qualifies it: "about", "nearly", "over". */
  qualifier?: 'about' | 'nearly' | 'over';
  /** The sentences it is stated in, or derived from. */
  citations: Citation[];
  /** For a figure derived from stated ones: how, with the arithmetic. */
  derivation?: Text;
}

/** The kinds of value a fact of a pack's own can take (see `DeclaredFact`). */
export type DeclaredFactType = 'amount' | 'count' | 'rate' | 'boolean' | 'date' | 'choice' | 'amount-series' | 'count-series';

/**
 * An input fact of a pack's own, such as the new hires or the floor space a
 * term sheet pays for. A project states it under `facts`, keyed
 * `<pack id>/<id>`; the pack's conditions and amounts name it so too.
 * A series is by calendar year: `{ "2025": "1200000", "2026": … }`.
 */
export interface DeclaredFact {
  /** The fact's id within the pack (lower-case letters, digits and hyphens). */
  id: string;
  type: DeclaredFactType;
  /** What it is counted or measured in, as people read it: `CNY` (an amount's default), `hires`, `m²`. */
  unit?: string;
  label: Text;
  /** The least value accepted (a decimal string, or a date for a date fact); for a series, of each year's value. */
  min?: string;
  /** The largest value accepted, as `min`. */
  max?: string;
  /** For a choice, the words it may take. */
  values?: string[];
  /** A project assessed under the pack must state it: leaving it out is an input error, not an ineligible item. */
  required?: boolean;
}

/**
 * Which projects a pack's offers concern, as its source says. A project that
 * states an industry outside `industries` is ineligible for every offer of
 * the pack; one that states none is assessed as in the audience, with a
 * warning that says so.
 */
export interface Audience {
  /** The project industries the offers concern (see the project's `industry`). */
  industries: Industry[];
  /** The sentences that show whom the source is about. */
  citations: Citation[];
  /** The audience in words, as the reasons and the warning name it: "semiconductor and integrated-circuit projects". */
  note: Text;
  /** The audience is checked only when this holds (under one interpretation, say). */
  appliesIf?: Condition;
}

/** The level of government a policy belongs to. */
export type JurisdictionLevel = 'province' | 'city' | 'district' | 'county';

export interface Jurisdiction {
  level: JurisdictionLevel;
  name: Text;
  /** The enclosing jurisdictions, innermost first. */
  within: Text[];
  /** The zone or town within the jurisdiction that the policy covers, if narrower. */
  area?: Text;
}

/** A whole policy pack. */
export interface PolicyDefinition {
  id: string;
  version: string;
  name: Text;
  jurisdiction: Jurisdiction;
  source: {
    document: string;
    title: string;
    /** The date of the source (the policy is taken to apply from it). */
    published: IsoDate;
    /** How the date was read from the source, when it is not stated in full. */
    dateNote?: Text;
    /** The sentences the date is read from. */
    dateEvidence?: Citation[];
  };
  validity: { until?: IsoDate; note: Text };
  interpretations: InterpretationDefinition[];
  rules: RuleDefinition[];
  groups: GroupDefinition[];
  funds: FundDefinition[];
  /** The input facts of the pack's own, which projects state under `facts`. */
  facts: DeclaredFact[];
  /** Figures the source states about the programme or the place (not inputs). */
  programmeFacts: ProgrammeFact[];
  /** What the source leaves unsaid, for the README and the reports. */
  limitations: Text[];
  /** Which projects the offers concern; absent, every project. */
  audience?: Audience;
}
