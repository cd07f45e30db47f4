/**
 * chip-incentives/core: `evaluate` and its batch for a policy given as a
 * pack, without the registry of built-in packs, so that a bundle carries only
 * the packs it imports (`chip-incentives/packs/<id>`). The same functions,
 * validation, results and errors as the main entry's; the main entry adds
 * ids, comparison, analysis, reports and the definition of packs.
 */
import type { Decimal as DecimalValue } from '../money/decimal.js';

export { evaluate } from './evaluate.js';
export { safeEvaluate } from './safe-evaluate.js';
export { evaluateMany } from './evaluate-many.js';
export type { PackEvaluateOptions } from './options.js';
export type { SafeEvaluateResult } from '../api/safe-evaluate.js';
export type { BatchResult } from '../api/evaluate-batch.js';
export type { Interpretations, OverrideValue, TierTableInput } from '../api/options.js';
export type { PolicyPack } from '../api/policy-pack.js';
export { IncentiveInputError } from '../schema/input-error.js';
export type { InputIssue, InputIssueCode } from '../schema/issues.js';
export type { FactValueInput, LoanInput, Money, ProjectInput, Rate, TalentInput } from '../schema/input-types.js';
export { toJSON, type AssessmentJSON, type LineItemJSON } from '../report/to-json.js';
export type { Assessment, LineItem, QuantifiedLineItem, Totals, UnquantifiedLineItem } from '../engine/assessment.js';
/** An exact decimal value, as every amount of an assessment is (see the main entry's `Decimal`). A type only. */
export type Decimal = DecimalValue;
