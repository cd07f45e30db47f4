import { evaluate } from '../../../src/index.js';
import { REPRESENTATIVE_PROJECT } from '../representative.js';

/**
 * The constants of the Qingshan Lake pack under the benchmark's options, as a
 * compiled engine would hold them: every label, reason, note, citation, cap
 * label, translation, interpretation record, the policy summary and the
 * provenance of the library, each deeply frozen once and shared by every
 * result.
 *
 * This prototype takes them from one assessment of the representative project
 * made when the module loads (its "compile" step) instead of compiling the
 * pack's definition: the texts are the pack's either way, and the measured
 * hot path never comes here. What depends on the project (amounts, formulas,
 * traces, schedules, beneficiaries, caps' values, dates) is computed by the
 * prototype itself, and its test compares all of it with `evaluate`.
 */

/** A value frozen at every depth (a compiled constant: nobody can change what every result shares). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A plain copy (Decimals left out: the constants taken here hold none), deeply frozen. */
const constant = <T>(value: T): T => deepFreeze(structuredClone(value));

/** The parts of an item that depend only on its rule (for the shape this prototype covers). */
export interface RuleConstants {
  ruleId: string;
  label: string;
  instrument: string;
  status: string;
  basis: string;
  reasons: readonly string[];
  citation: object;
  citations: readonly object[];
  interpretations: readonly string[];
  notes: readonly string[];
  figures: readonly object[];
  translations: { zh: { label: string; reasons: readonly string[]; notes: readonly string[]; figures: readonly unknown[] } };
  /** Each cap's constant parts, by id: id, label, unit and translations. */
  caps: Readonly<Record<string, { id: string; label: string; unit: string; translations: object }>>;
}

const reference = evaluate(REPRESENTATIVE_PROJECT.project, REPRESENTATIVE_PROJECT.options);

function ruleConstants(ruleId: string, beneficiary?: string): RuleConstants {
  const item = reference.items.find((candidate) => candidate.ruleId === ruleId && (beneficiary === undefined || candidate.beneficiary === beneficiary));
  if (!item) throw new Error(`The reference assessment has no item of ${ruleId}.`);
  const caps: RuleConstants['caps'] = Object.fromEntries(item.caps.map((cap) => [cap.id, constant({ id: cap.id, label: cap.label, unit: cap.unit, translations: cap.translations })]));
  return deepFreeze({
    ruleId: item.ruleId,
    label: item.label,
    instrument: item.instrument,
    status: item.status,
    basis: item.basis,
    reasons: constant(item.reasons),
    citation: constant(item.citation),
    citations: constant(item.citations),
    interpretations: constant(item.interpretations),
    notes: constant(item.notes),
    figures: constant(item.figures),
    translations: constant(item.translations) as RuleConstants['translations'],
    caps,
  });
}

const PACK = 'qingshan-lake-2018';

/** Every rule of the pack the representative shape has an item of, in the order of the assessment's items. */
export const RULES = deepFreeze({
  coInvestment: ruleConstants(`${PACK}/project-co-investment`),
  policyFund: ruleConstants(`${PACK}/policy-fund-equity`),
  housing: ruleConstants(`${PACK}/talent-housing-purchase`),
  rent: ruleConstants(`${PACK}/talent-rent`, 'Engineer'),
  startupFund: ruleConstants(`${PACK}/startup-fund`),
  shareInvestment: ruleConstants(`${PACK}/share-investment`),
  ventureCapital: ruleConstants(`${PACK}/venture-capital`),
  loanInterest: ruleConstants(`${PACK}/loan-interest-subsidy`),
  incremental: ruleConstants(`${PACK}/incremental-support`),
});

/** The parts of an assessment that depend only on the pack and the options (for this shape). */
export const ASSESSMENT = deepFreeze({
  policy: constant(reference.policy),
  interpretations: constant(reference.interpretations),
  unusedInterpretations: constant(reference.unusedInterpretations),
  overrides: constant(reference.overrides),
  warnings: constant(reference.warnings),
  translations: constant(reference.translations),
  library: constant(reference.provenance.library),
  policyId: reference.provenance.options.policy,
  chosen: constant(reference.provenance.options.interpretations),
  noOverrides: constant(reference.provenance.options.overrides),
  noSchedules: constant(reference.provenance.options.schedules),
});
