import type { Comparison } from '../api/comparison.js';
import type { AmountTotals, Assessment, AssessedPolicy, CommitmentResult, InterpretationUsed, ItemFigure, LineItem, Provenance } from '../engine/assessment.js';
import type { Citation, Instrument } from '../engine/definition.js';
import type { Decimal } from '../money/decimal.js';
import { toCentString } from '../money/money.js';
import { opportunitiesToJSON, type OpportunitiesJSON } from './opportunities-json.js';
import type { Opportunities } from '../analysis/opportunity-types.js';
import type { Basis, Cap, CapUnit, TraceStep } from '../rules/types.js';
import { isIssued, resultIssues } from '../engine/results.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { Sweep } from '../analysis/sweep.js';
import { sweepToJSON, type SweepJSON } from './sweep-json.js';

/** A cap in JSON: money limits with two decimals, month limits as whole numbers. */
export interface CapJSON {
  id: string;
  label: string;
  limit: string;
  unit: CapUnit;
  binding: boolean;
  headroom: string;
  shared?: boolean;
  translations: { zh: { label: string } };
}

/** A commitment in JSON: amounts with two decimals, the target and the value reached exact, as decimal strings. */
export interface CommitmentJSON {
  id: string;
  label: string;
  citation: Citation;
  fact: string;
  factLabel?: string;
  unit: CommitmentResult['unit'];
  series?: CommitmentResult['series'];
  target: string;
  by: string;
  clawbackKind: CommitmentResult['clawbackKind'];
  share?: string;
  amountAtRisk: string;
  status: CommitmentResult['status'];
  pendingReason?: CommitmentResult['pendingReason'];
  achieved?: string;
  clawback: string;
  translations: CommitmentResult['translations'];
}

/** A line item in JSON: every amount a string with exactly two decimals. */
export interface LineItemJSON {
  ruleId: string;
  beneficiary?: string;
  label: string;
  instrument: Instrument;
  status: LineItem['status'];
  basis: Basis;
  /** Two decimals; `null` for an offer the source gives no number for. */
  amount: string | null;
  /** For an offer without a number: what is offered. */
  offer?: string;
  formula: string;
  caps: CapJSON[];
  schedule?: Array<{ date: string; amount: string }>;
  capReachedOn?: string;
  exit?: { date: string; holdingYears: number; stakeValue: string; buyBackPrice: string; profitGivenAway: string };
  reasons: string[];
  citation: Citation;
  citations: Citation[];
  interpretations: string[];
  notes: string[];
  figures: ItemFigure[];
  overrides?: LineItem['overrides'];
  trace: TraceStep[];
  /** Present only for a rule with commitments. */
  commitments?: CommitmentJSON[];
  /** The amount less every clawback; present only for a quantified item with commitments. */
  net?: string;
  translations: LineItem['translations'];
}

/** An assessment as plain JSON. */
export interface AssessmentJSON {
  policy: AssessedPolicy;
  project: { id?: string; name: string };
  asOf: string;
  items: LineItemJSON[];
  /** The computed totals, and the stated maximums (basis `ceiling`) apart in `ceilings`. */
  totals: {
    cash: string; equity: string; all: string; ceilings: AmountsJSON;
    /** Present only when the pack states commitments. */
    clawback?: AmountsJSON;
    net?: AmountsJSON;
  };
  unquantified: number;
  interpretations: InterpretationUsed[];
  /** Readings the caller chose that no item depended on. */
  unusedInterpretations: Assessment['unusedInterpretations'];
  overrides: Assessment['overrides'];
  warnings: string[];
  translations: Assessment['translations'];
  /** The library version and the options that, with the same project, recompute the assessment. */
  provenance: Provenance;
}

function capValue(value: Decimal, unit: CapUnit): string {
  return unit === 'months' ? value.toFixed(0) : toCentString(value);
}

function capToJSON(cap: Cap): CapJSON {
  return {
    id: cap.id,
    label: cap.label,
    limit: capValue(cap.limit, cap.unit),
    unit: cap.unit,
    binding: cap.binding,
    headroom: capValue(cap.headroom, cap.unit),
    ...(cap.shared && { shared: true }),
    translations: { zh: { label: cap.translations.zh.label } },
  };
}

function commitmentToJSON(commitment: CommitmentResult): CommitmentJSON {
  return {
    id: commitment.id,
    label: commitment.label,
    citation: { ...commitment.citation },
    fact: commitment.fact,
    ...(commitment.factLabel !== undefined && { factLabel: commitment.factLabel }),
    unit: commitment.unit,
    ...(commitment.series !== undefined && { series: commitment.series }),
    target: commitment.target.toFixed(),
    by: commitment.by,
    clawbackKind: commitment.clawbackKind,
    ...(commitment.share !== undefined && { share: commitment.share.toFixed() }),
    amountAtRisk: toCentString(commitment.amountAtRisk),
    status: commitment.status,
    ...(commitment.pendingReason !== undefined && { pendingReason: commitment.pendingReason }),
    ...(commitment.achieved !== undefined && { achieved: commitment.achieved.toFixed() }),
    clawback: toCentString(commitment.clawback),
    translations: structuredClone(commitment.translations),
  };
}

function itemToJSON(item: LineItem): LineItemJSON {
  const quantified = item.status === 'unquantified' ? undefined : item;
  return {
    ruleId: item.ruleId,
    ...(item.beneficiary !== undefined && { beneficiary: item.beneficiary }),
    label: item.label,
    instrument: item.instrument,
    status: item.status,
    basis: item.basis,
    amount: item.amount === null ? null : toCentString(item.amount),
    ...(item.status === 'unquantified' && { offer: item.offer }),
    formula: item.formula,
    caps: item.caps.map(capToJSON),
    ...(item.schedule && {
      schedule: item.schedule.map((entry) => ({ date: entry.date, amount: toCentString(entry.amount) })),
    }),
    ...(quantified?.capReachedOn !== undefined && { capReachedOn: quantified.capReachedOn }),
    ...(quantified?.exit && {
      exit: {
        date: quantified.exit.date,
        holdingYears: quantified.exit.holdingYears,
        stakeValue: toCentString(quantified.exit.stakeValue),
        buyBackPrice: toCentString(quantified.exit.buyBackPrice),
        profitGivenAway: toCentString(quantified.exit.profitGivenAway),
      },
    }),
    reasons: [...item.reasons],
    citation: { ...item.citation },
    citations: item.citations.map((citation) => ({ ...citation })),
    interpretations: [...item.interpretations],
    notes: [...item.notes],
    figures: item.figures.map((figure) => ({ ...figure, citation: { ...figure.citation } })),
    ...(item.overrides && { overrides: item.overrides.map((override) => ({ ...override })) }),
    trace: item.trace.map((step) => ({ ...step })),
    ...(item.commitments && { commitments: item.commitments.map(commitmentToJSON) }),
    ...(quantified?.net !== undefined && { net: toCentString(quantified.net) }),
    translations: structuredClone(item.translations),
  };
}

/** A comparison in JSON: each entry's assessment as `toJSON` writes it, every amount a two-decimal string. */
export interface ComparisonJSON {
  project: { id?: string; name: string };
  asOf: string;
  entries: Array<{
    policy: AssessedPolicy;
    assessment: AssessmentJSON;
    cash: string;
    cashAtCeiling: string;
    equity: string;
    ceilings: { cash: string; equity: string; all: string };
    unquantified: number;
    instruments: Instrument[];
    rank: number;
    /** With the option `opportunities: true`. */
    opportunities?: ReturnType<typeof opportunitiesToJSON>;
  }>;
  ranking: Array<{ rank: number; policyId: string; cash: string; cashAtCeiling: string }>;
  /** The built-in packs not compared, with why. */
  leftOut: Comparison['leftOut'];
  caveat: string;
  translations: Comparison['translations'];
}

/**
 * An assessment, a comparison, a sweep or the result of `opportunities` as plain JSON: every amount a string
 * with exactly two decimals (`"30000000.00"`), so that no figure passes
 * through a float; `null` for an offer without a number. A sweep's input
 * values keep every digit; its breakpoints give `at` as a decimal string and
 * `exact` as `breakpoints` does. `JSON.stringify(toJSON(x))` is the text form.
 *
 * @param report - an assessment from `evaluate`, a comparison from `compare`, a sweep from `sweep` or the result of `opportunities`, as it was returned
 * @returns a new object of strings, numbers, booleans, arrays and objects only
 * @throws {IncentiveInputError} for anything this library did not return (a copy or a Proxy of a report included)
 *
 * @example
 * toJSON(assessment).totals;
 * //=> { cash: '30072000.00', equity: '125000000.00', all: '155072000.00',
 * //     ceilings: { cash: '0.00', equity: '0.00', all: '0.00' } }
 */
export function toJSON(report: Assessment): AssessmentJSON;
export function toJSON(report: Comparison): ComparisonJSON;
export function toJSON(report: Sweep): SweepJSON;
export function toJSON(report: Assessment | Comparison): AssessmentJSON | ComparisonJSON;
export function toJSON(report: Opportunities): OpportunitiesJSON;
export function toJSON(report: Assessment | Comparison | Sweep): AssessmentJSON | ComparisonJSON | SweepJSON;
export function toJSON(report: Assessment | Comparison | Sweep | Opportunities): AssessmentJSON | ComparisonJSON | SweepJSON | OpportunitiesJSON;
export function toJSON(report: Assessment | Comparison | Sweep | Opportunities): AssessmentJSON | ComparisonJSON | SweepJSON | OpportunitiesJSON {
  const issues = resultIssues(report, 'report', ['assessment', 'comparison', 'sweep', 'opportunities']);
  if (issues.length > 0) throw new IncentiveInputError(issues);
  if (isIssued(report, 'opportunities')) return opportunitiesToJSON(report as Opportunities);
  if (isIssued(report, 'sweep')) return sweepToJSON(report as Sweep);
  return isIssued(report, 'comparison') ? comparisonToJSON(report as Comparison) : assessmentToJSON(report as Assessment);
}

function comparisonToJSON(comparison: Comparison): ComparisonJSON {
  return {
    project: { ...comparison.project },
    asOf: comparison.asOf,
    entries: comparison.entries.map((entry) => ({
      policy: structuredClone(entry.policy),
      assessment: assessmentToJSON(entry.assessment),
      cash: toCentString(entry.cash),
      cashAtCeiling: toCentString(entry.cashAtCeiling),
      equity: toCentString(entry.equity),
      ceilings: amountsToJSON(entry.ceilings),
      unquantified: entry.unquantified,
      instruments: [...entry.instruments],
      rank: entry.rank,
      ...(entry.opportunities && { opportunities: opportunitiesToJSON(entry.opportunities) }),
    })),
    ranking: comparison.ranking.map((place) => ({ ...place, cash: toCentString(place.cash), cashAtCeiling: toCentString(place.cashAtCeiling) })),
    leftOut: structuredClone(comparison.leftOut),
    caveat: comparison.caveat,
    translations: structuredClone(comparison.translations),
  };
}

/** Totals in JSON: cash, equity and all, each a two-decimal string. */
export type AmountsJSON = { cash: string; equity: string; all: string };

/** Cash, equity and all, each a two-decimal string. */
function amountsToJSON(totals: AmountTotals): AmountsJSON {
  return { cash: toCentString(totals.cash), equity: toCentString(totals.equity), all: toCentString(totals.all) };
}

function assessmentToJSON(assessment: Assessment): AssessmentJSON {
  return {
    policy: structuredClone(assessment.policy),
    project: { ...assessment.project },
    asOf: assessment.asOf,
    items: assessment.items.map(itemToJSON),
    totals: {
      ...amountsToJSON(assessment.totals),
      ceilings: amountsToJSON(assessment.totals.ceilings),
      ...(assessment.totals.clawback && { clawback: amountsToJSON(assessment.totals.clawback) }),
      ...(assessment.totals.net && { net: amountsToJSON(assessment.totals.net) }),
    },
    unquantified: assessment.unquantified,
    interpretations: assessment.interpretations.map((used) => ({ ...used, alternatives: [...used.alternatives], rules: [...used.rules] })),
    unusedInterpretations: assessment.unusedInterpretations.map((unused) => ({ ...unused })),
    overrides: assessment.overrides.map((override) => ({ ...override })),
    warnings: [...assessment.warnings],
    translations: structuredClone(assessment.translations),
    provenance: structuredClone(assessment.provenance),
  };
}
