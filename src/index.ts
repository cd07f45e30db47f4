/**
 * chip-incentives: published regional semiconductor incentive policies as
 * exact, auditable calculations.
 */
import type { Decimal as DecimalValue } from './money/decimal.js';

export { evaluate } from './api/evaluate.js';
export { safeEvaluate, type SafeEvaluateResult } from './api/safe-evaluate.js';
export { evaluateMany, type BatchResult } from './api/evaluate-many.js';
export { compare, type CompareOptions } from './api/compare.js';
export type { Comparison, ComparisonEntry } from './api/comparison.js';
export { listPolicies, type ListPoliciesOptions, type PolicySummary } from './api/list-policies.js';
export type { EvaluateOptions, Interpretations, OverrideValue, PolicyId, TierTableInput } from './api/options.js';
export type { ExitValue } from './rules/exit-give-away.js';
export {
  presentValue,
  type ItemPresentValue,
  type PresentValue,
  type PresentValueOptions,
  type Valuation,
} from './analysis/present-value.js';
export {
  allocateFund,
  type AllocateFundOptions,
  type Allocation,
  type FundAllocation,
  type PoolInput,
} from './analysis/allocate-fund.js';
export type { FundClaim } from './analysis/fund-input.js';
export type { AllocationMethod } from './analysis/share-out.js';
export { listFundPools, type FundPool } from './analysis/fund-pools.js';
export { diff, type AssessmentDiff, type ItemChange, type ItemSide } from './analysis/diff.js';
export { sweep, type Sweep, type SweepOptions, type SweepSeries } from './analysis/sweep.js';
export { breakpoints, type Breakpoint } from './analysis/breakpoints.js';
export { opportunities } from './api/opportunities.js';
export type {
  AlsoChanged,
  ChangeValue,
  FactChange,
  ItemStanding,
  Opportunities,
  Opportunity,
  OpportunityOption,
  Unreachable,
} from './analysis/opportunity-types.js';
export { definePolicy } from './api/define-policy.js';
export { blocks } from './api/blocks.js';
export { loadPolicy } from './api/load-policy.js';
export type { LoadPolicyOptions } from './api/load-policy.js';
export { exportPolicy } from './api/export-policy.js';
export type { PolicyPack } from './api/policy-pack.js';
export { qingshanLake2018 } from './api/packs/qingshan-lake-2018.js';
export { shanxi2021 } from './api/packs/shanxi-2021.js';
export { nanhu2022 } from './api/packs/nanhu-2022.js';
export { jiashan2023 } from './api/packs/jiashan-2023.js';
export { lishui2024 } from './api/packs/lishui-2024.js';
export {
  policyDefinitionSchema,
  type AmountInput,
  type ConditionInput,
  type PolicyDefinitionInput,
} from './schema/policy-definition.js';
export type {
  AmountSpec,
  Condition,
  DeclaredFact,
  DeclaredFactType,
  EligibilityTest,
  FundDefinition,
  GroupDefinition,
  InterpretationDefinition,
  NumberParameter,
  OneOfGroup,
  ParameterDefinition,
  ParameterUnit,
  PeriodStepSpec,
  PolicyDefinition,
  ProgrammeFact,
  RuleDefinition,
  SharedCapGroup,
  TierTable,
  TiersParameter,
  YearStepSpec,
} from './engine/definition.js';
export { parseAmount } from './api/parse-amount.js';
export { formatAmount, type AmountUnit, type FormatAmountOptions } from './api/format-amount.js';
export { projectSchema } from './schema/project.js';
export { policyJsonSchema } from './schema/json-schema.js';
export { projectJsonSchema } from './api/project-json-schema.js';
export { IncentiveInputError } from './schema/input-error.js';
export type { InputIssue, InputIssueCode } from './schema/issues.js';
export type { FactValueInput, LoanInput, Money, ProjectInput, Rate, TalentInput } from './schema/input-types.js';
export { toJSON, type AssessmentJSON, type CapJSON, type ComparisonJSON, type LineItemJSON } from './report/to-json.js';
export type { SweepJSON } from './report/sweep-json.js';
export type { OpportunitiesJSON } from './report/opportunities-json.js';
export type {
  AssessedPolicy,
  Assessment,
  InterpretationUsed,
  ItemFigure,
  ItemStatus,
  LineItem,
  Provenance,
  QuantifiedLineItem,
  RecordedOptions,
  RecordedValue,
  Totals,
  UnquantifiedLineItem,
} from './engine/assessment.js';
/** Cash, equity and all: the computed totals, and the stated maximums beside them (`Totals.ceilings`). */
export type { AmountTotals } from './engine/assessment.js';
export type { Citation, Figure, Instrument, Jurisdiction, JurisdictionLevel, Text } from './engine/definition.js';
export type { Basis, Cap, CapUnit, ScheduleEntry, TraceStep } from './rules/types.js';
/**
 * An exact decimal value: every amount the library returns is one, an instance
 * of the library's private `decimal.js` clone, with all of `decimal.js`'s
 * methods (`toFixed`, `plus`, `equals`, …). A type only: the package exports no
 * decimal constructor. Amounts go in as strings or numbers; `parseAmount`
 * reads a written amount into one.
 */
export type Decimal = DecimalValue;
export type { NanhuInterpretations, QingshanLakeInterpretations, ShanxiInterpretations } from './policies/index.js';
export type { JiashanInterpretations } from './policies/index.js';
export type { EngineInterpretations, PaymentsBeforeSourceReading } from './engine/payments-before-source.js';
export { renderReport, type RenderOptions, type ReportFormat } from './report/render-report.js';
export type { Locale } from './report/texts.js';
export { sourceCoverage, type SourceCoverage } from './api/source-coverage.js';
export type { SentenceCitedBy, SentenceRole, SourceSentence } from './engine/ledger-types.js';
export type { ClawbackSpec, CommitmentDefinition } from './engine/definition.js';
export type { CommitmentResult, CommitmentStatus } from './engine/assessment.js';
export type { AmountsJSON, CommitmentJSON } from './report/to-json.js';
