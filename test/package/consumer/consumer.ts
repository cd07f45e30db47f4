// A user's TypeScript program using the BUILT package by its name: every runtime export once and every
// type export named once, the checks on what each returns. test/package/consumer.test.ts compiles this
// one file twice, as an ES module (.mts) and as CommonJS (.cts), with tsc under the repository's strict
// options, runs both, and fails when an export of the package is missing here.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  allocateFund,
  blocks,
  breakpoints,
  compare,
  definePolicy,
  diff,
  evaluate,
  evaluateMany,
  exportPolicy,
  formatAmount,
  IncentiveInputError,
  listFundPools,
  listPolicies,
  loadPolicy,
  opportunities,
  parseAmount,
  policyDefinitionSchema,
  policyJsonSchema,
  presentValue,
  projectJsonSchema,
  projectSchema,
  renderReport,
  safeEvaluate,
  // The built-in packs, also exported by the main entry: the very objects of their own entries.
  jiashan2023 as jiashanFromMain,
  lishui2024 as lishuiFromMain,
  nanhu2022 as nanhuFromMain,
  qingshanLake2018 as qingshanFromMain,
  shanxi2021 as shanxiFromMain,
  sourceCoverage,
  sweep,
  toJSON,
  type AllocateFundOptions,
  type Allocation,
  type AllocationMethod,
  type AmountInput,
  type AmountSpec,
  type AmountUnit,
  type AssessedPolicy,
  type Assessment,
  type AssessmentDiff,
  type AssessmentJSON,
  type Basis,
  type BatchResult,
  type Breakpoint,
  type Cap,
  type CapJSON,
  type CapUnit,
  type Citation,
  type SentenceCitedBy,
  type SentenceRole,
  type SourceCoverage,
  type SourceSentence,
  type CompareOptions,
  type Comparison,
  type ComparisonEntry,
  type ComparisonJSON,
  type Condition,
  type ConditionInput,
  // Imported as a value would be: the @ts-expect-error below then proves that there is none.
  Decimal,
  type EligibilityTest,
  type EvaluateOptions,
  type ExitValue,
  type EngineInterpretations,
  type Figure,
  type FormatAmountOptions,
  type FundAllocation,
  type FundClaim,
  type FundDefinition,
  type FundPool,
  type GroupDefinition,
  type InputIssue,
  type InputIssueCode,
  type Instrument,
  type InterpretationDefinition,
  type Interpretations,
  type InterpretationUsed,
  type ItemChange,
  type ItemFigure,
  type ItemPresentValue,
  type ItemSide,
  type ItemStatus,
  type Jurisdiction,
  type JurisdictionLevel,
  type LineItem,
  type LineItemJSON,
  type ListPoliciesOptions,
  type LoadPolicyOptions,
  type LoanInput,
  type Locale,
  type Money,
  type JiashanInterpretations,
  type NanhuInterpretations,
  type PaymentsBeforeSourceReading,
  type NumberParameter,
  type OneOfGroup,
  type OverrideValue,
  type AlsoChanged,
  type ChangeValue,
  type FactChange,
  type ItemStanding,
  type Opportunities,
  type Opportunity,
  type OpportunityOption,
  type OpportunitiesJSON,
  type Unreachable,
  type ParameterDefinition,
  type ParameterUnit,
  type PolicyDefinition,
  type PolicyDefinitionInput,
  type PolicyId,
  type PolicyPack,
  type PolicySummary,
  type PoolInput,
  type PresentValue,
  type PresentValueOptions,
  type ProgrammeFact,
  type DeclaredFact,
  type DeclaredFactType,
  type FactValueInput,
  type PeriodStepSpec,
  type YearStepSpec,
  type AmountsJSON,
  type ClawbackSpec,
  type CommitmentDefinition,
  type CommitmentJSON,
  type CommitmentResult,
  type CommitmentStatus,
  type ProjectInput,
  type Provenance,
  type QingshanLakeInterpretations,
  type QuantifiedLineItem,
  type Rate,
  type RecordedOptions,
  type RecordedValue,
  type RenderOptions,
  type ReportFormat,
  type RuleDefinition,
  type SafeEvaluateResult,
  type ScheduleEntry,
  type SharedCapGroup,
  type ShanxiInterpretations,
  type Sweep,
  type SweepOptions,
  type SweepJSON,
  type SweepSeries,
  type TalentInput,
  type Text,
  type TierTable,
  type TierTableInput,
  type TiersParameter,
  type Totals,
  type AmountTotals,
  type TraceStep,
  type UnquantifiedLineItem,
  type Valuation,
} from 'chip-incentives';
import {
  evaluate as evaluateWithPack,
  evaluateMany as evaluateManyWithPack,
  IncentiveInputError as CoreInputError,
  safeEvaluate as safeEvaluateWithPack,
  toJSON as coreToJSON,
  type Assessment as CoreAssessment,
  type AssessmentJSON as CoreAssessmentJSON,
  type BatchResult as CoreBatchResult,
  type Decimal as CoreDecimal,
  type FactValueInput as CoreFactValueInput,
  type InputIssue as CoreInputIssue,
  type InputIssueCode as CoreInputIssueCode,
  type Interpretations as CoreInterpretations,
  type LineItem as CoreLineItem,
  type LineItemJSON as CoreLineItemJSON,
  type LoanInput as CoreLoanInput,
  type Money as CoreMoney,
  type OverrideValue as CoreOverrideValue,
  type PackEvaluateOptions,
  type PolicyPack as CorePolicyPack,
  type ProjectInput as CoreProjectInput,
  type QuantifiedLineItem as CoreQuantifiedLineItem,
  type Rate as CoreRate,
  type SafeEvaluateResult as CoreSafeEvaluateResult,
  type TalentInput as CoreTalentInput,
  type TierTableInput as CoreTierTableInput,
  type Totals as CoreTotals,
  type UnquantifiedLineItem as CoreUnquantifiedLineItem,
} from 'chip-incentives/core';
import { renderReport as renderHtml, type HtmlRenderOptions } from 'chip-incentives/html';
import { jiashan2023, type JiashanInterpretations as JiashanReadings } from 'chip-incentives/packs/jiashan-2023';
import { lishui2024 } from 'chip-incentives/packs/lishui-2024';
import { nanhu2022, type NanhuInterpretations as NanhuReadings } from 'chip-incentives/packs/nanhu-2022';
import { qingshanLake2018, type QingshanLakeInterpretations as QingshanReadings } from 'chip-incentives/packs/qingshan-lake-2018';
import { shanxi2021, type ShanxiInterpretations as ShanxiReadings } from 'chip-incentives/packs/shanxi-2021';
import {
  amountString,
  checkPolicy,
  isoDate,
  money,
  project as generatedProject,
  type CheckPolicyOptions,
  type CheckPolicyReport,
} from 'chip-incentives/testing';

const format = typeof require === 'function' ? 'CJS' : 'ESM';
const policy: PolicyId = 'qingshan-lake-2018';
const rent: TalentInput['rent'] = { monthly: '2600', start: '2018-09-01' };
const talent: TalentInput = { name: 'Engineer', qualified: true, rent };
const loan: LoanInput = { principal: '10000000', annualRate: '0.05', years: 3 };
const project: ProjectInput = {
  name: 'Consumer line',
  investment: { actual: '250000000', infrastructure: '50000000' },
  talents: [talent],
  talentStartup: { founder: 'Engineer', loans: [loan] },
};
const options: EvaluateOptions = { policy, asOf: '2018-09-01' };

// evaluate: min(30,000,000, 30% × (250,000,000 − 50,000,000)) = 30,000,000, the ceiling binding.
const assessment: Assessment = evaluate(project, options);
const items: LineItem[] = assessment.items;
const coInvestment = items.find((item): item is QuantifiedLineItem => item.ruleId === `${policy}/project-co-investment` && item.status !== 'unquantified');
const amount: Decimal | undefined = coInvestment?.amount;
assert.equal(amount?.toFixed(2), '30000000.00');
const caps: Cap[] = coInvestment?.caps ?? [];
assert.equal(caps.find((cap) => cap.binding)?.limit.toFixed(2), '30000000.00');
const totals: Totals = assessment.totals;
// The stated maximums (basis ceiling), kept apart from the computed totals.
const ceilings: AmountTotals = totals.ceilings;
assert.equal(ceilings.all.toFixed(2), ceilings.cash.plus(ceilings.equity).toFixed(2));
const provenance: Provenance = assessment.provenance;
assert.equal(provenance.library.name, 'chip-incentives');

// The package exports no decimal constructor: the type says so, and at run time there is none
// (an ES module finds no binding, CommonJS an undefined property).
assert.throws(() => {
  // @ts-expect-error TS2693: 'Decimal' only refers to a type, but is being used as a value here.
  return new Decimal('1');
}, /Decimal is not (defined|a constructor)/);

// safeEvaluate and IncentiveInputError: a negative amount.
const failed: SafeEvaluateResult = safeEvaluate({ name: 'Bad', investment: { actual: -1 } }, options);
assert.ok(!failed.success && failed.error instanceof IncentiveInputError);
const issues: readonly InputIssue[] = failed.success ? [] : failed.error.issues;
const code: InputIssueCode | undefined = issues[0]?.code;
assert.equal(code, 'out_of_range');

// evaluateMany: the second project fails alone.
const batch: BatchResult[] = [...evaluateMany([project, { name: 'Bad' }], options)];
assert.deepEqual(batch.map((result) => result.ok), [true, false]);

// compare and listPolicies.
const compareOptions: CompareOptions = { asOf: '2024-09-01' };
const comparison: Comparison = compare(project, compareOptions);
const entries: ComparisonEntry[] = comparison.entries;
const listOptions: ListPoliciesOptions = { asOf: '2024-09-01' };
const summaries: PolicySummary[] = listPolicies(listOptions);
assert.equal(entries.length, summaries.length);

// presentValue: payments on the valuation date count at face value.
const valuationOptions: PresentValueOptions = { rate: '0.08' };
const value: PresentValue = presentValue(assessment, valuationOptions);
const valued: ItemPresentValue[] = value.items;
assert.ok(valued.length > 0 && value.total.lessThanOrEqualTo(totals.all));

// allocateFund and listFundPools: 10,000,000 pro rata between two claims of 30,000,000 and 10,000,000.
const pools: FundPool[] = listFundPools();
assert.ok(pools.some((pool) => pool.id === `${policy}/annual-fund`));
const claim: FundClaim = { id: 'other', amount: '10000000' };
const method: AllocationMethod = 'pro-rata';
const pool: PoolInput = '10000000';
const allocationOptions: AllocateFundOptions = { pool, method };
const allocation: FundAllocation = allocateFund([claim, { id: 'co-investment', amount: amount ?? '0' }], allocationOptions);
const shares: Allocation[] = allocation.allocations;
assert.deepEqual(shares.map((share) => share.amount.toFixed(2)), ['2500000.00', '7500000.00']);

// diff, sweep, breakpoints: a higher ceiling, and where the present one starts binding.
const override: OverrideValue = '50000000';
const reform: AssessmentDiff = diff(assessment, evaluate(project, { ...options, overrides: { [`${policy}/project-co-investment`]: { ceiling: override } } }));
const changes: ItemChange[] = reform.changes;
const after: ItemSide | null | undefined = changes[0]?.after;
assert.equal(after?.amount?.toFixed(2), '50000000.00');
const sweepOptions: SweepOptions = { ...options, path: 'investment.actual', from: '50000000', to: '250000000', steps: 4 };
const curve: Sweep = sweep(project, sweepOptions);
const series: SweepSeries[] = curve.items;
// At 50, 100, 150, 200 and 250 million: min(30,000,000, 30% × (actual − 50,000,000)).
const curveAmounts = series.find((item) => item.ruleId === coInvestment?.ruleId)?.amounts.map((point) => point?.toFixed(2));
assert.deepEqual(curveAmounts, ['0.00', '15000000.00', '30000000.00', '30000000.00', '30000000.00']);
// The ceiling starts binding where 30% × (actual − 50,000,000) reaches 30,000,000: at 150,000,000.
const found: Breakpoint[] = breakpoints(project, policy, 'investment.actual', { asOf: '2018-09-01' });
assert.ok(found.some((breakpoint) => breakpoint.event === 'starts-binding' && breakpoint.exact === '150000000'));

// opportunities: the policy fund opens once the project is in line with the leading industry directions.
const unlocked: Opportunities = opportunities(project, options);
const fund: Opportunity | undefined = unlocked.opportunities.find((entry) => entry.ruleId === `${policy}/policy-fund-equity`);
const flip: FactChange | undefined = fund?.changes[0];
const flipped: ChangeValue | null | undefined = flip?.to;
assert.deepEqual([flip?.path.join('.'), flipped], ['classification.leadingIndustryDirection', true]);
const standing: ItemStanding | undefined = fund?.after;
assert.equal(standing?.status, 'eligible');
const others: OpportunityOption[] = fund?.alternatives ?? [];
const alsoChanged: AlsoChanged[] = fund?.alsoChanges ?? [];
const locked: Unreachable[] = unlocked.unreachable;
assert.ok(Array.isArray(others) && Array.isArray(alsoChanged) && Array.isArray(locked));
const unlockedJson: OpportunitiesJSON = toJSON(unlocked);
assert.equal(unlockedJson.opportunities.length, unlocked.opportunities.length);

// definePolicy, blocks, exportPolicy, loadPolicy, policyDefinitionSchema: a district's own offer.
const definition: PolicyDefinitionInput = {
  id: 'river-district-2026',
  name: 'River District offer letter (2026)',
  jurisdiction: { level: 'district', name: 'River District' },
  source: { document: 'offer-letter.pdf', published: '2026-03-01' },
  rules: [{
    id: 'equipment', label: 'Equipment subsidy', instrument: 'grant',
    citation: { document: 'offer-letter.pdf', quote: 'We subsidise 30% of the actual investment excluding infrastructure, up to 100 million yuan.' },
    parameters: { rate: { value: '0.3', unit: 'ratio' }, ceiling: { value: '100000000', unit: 'CNY' } },
    amount: blocks.cappedShare({ rate: 'rate', base: 'investment.eligible', ceiling: 'ceiling' }),
  }],
};
assert.ok(policyDefinitionSchema.safeParse(definition).success);
const offer: PolicyPack = definePolicy(definition);
const exported: PolicyDefinition = exportPolicy(offer);
const reloaded: PolicyPack = loadPolicy(JSON.stringify(exported));
assert.equal(evaluate(project, { policy: reloaded, asOf: '2026-04-01' }).totals.cash.toFixed(2), '60000000.00');
// The same pack written in YAML (JSON is YAML too).
const asYaml: LoadPolicyOptions = { format: 'yaml' };
assert.equal(evaluate(project, { policy: loadPolicy(JSON.stringify(exported, null, 2), asYaml), asOf: '2026-04-01' }).totals.cash.toFixed(2), '60000000.00');

// parseAmount and formatAmount: 3,000万元 is 30,000,000.
const parsed: Decimal = parseAmount('3,000万元');
const unit: AmountUnit = '万';
const formatOptions: FormatAmountOptions = { locale: 'zh', unit };
assert.equal(formatAmount(parsed, formatOptions), '3,000万元');

// projectSchema and the JSON Schemas.
assert.ok(projectSchema.safeParse(project).success);
assert.equal(typeof projectJsonSchema()['$schema'], 'string');
assert.equal(typeof policyJsonSchema()['$schema'], 'string');

// toJSON and renderReport.
const json: AssessmentJSON = toJSON(assessment);
const jsonItems: LineItemJSON[] = json.items;
assert.equal(jsonItems.find((item) => item.ruleId === coInvestment?.ruleId)?.amount, '30000000.00');
const comparisonJson: ComparisonJSON = toJSON(comparison);
assert.equal(comparisonJson.entries.length, entries.length);
const reportFormat: ReportFormat = 'markdown';
const locale: Locale = 'zh';
const renderOptions: RenderOptions = { format: reportFormat, locale };
assert.match(renderReport(assessment, renderOptions), /\|/);
const sweepJson: SweepJSON = toJSON(curve);
assert.deepEqual(sweepJson.values, ['50000000', '100000000', '150000000', '200000000', '250000000']);

// chip-incentives/html: a standalone page, in Chinese, and the main entry's formats through it.
const htmlOptions: HtmlRenderOptions = { format: 'html', locale };
assert.match(renderHtml(assessment, htmlOptions), /^<!doctype html>\n<html lang="zh-CN">/);
assert.match(renderHtml(curve), /<svg/);
assert.throws(() => renderHtml({ ...assessment }), IncentiveInputError);

// sourceCoverage: the source sentence by sentence, each with its role.
const coverage: SourceCoverage = sourceCoverage('qingshan-lake-2018');
const sentence: SourceSentence = coverage.sentences.find((candidate) => candidate.text.startsWith('We will match'))!;
const role: SentenceRole = sentence.role;
const citedBy: SentenceCitedBy[] = sentence.citedBy;
assert.equal(role, 'rule');
assert.ok(citedBy.some((by) => by.id === 'qingshan-lake-2018/project-co-investment'));
assert.equal(coverage.seed.slice(sentence.start, sentence.end), sentence.text);
assert.throws(() => sourceCoverage('no-such-pack'), IncentiveInputError);

// chip-incentives/testing: generators, and checkPolicy with its input error from the same library.
const generated: ProjectInput[] = fc.sample(generatedProject, { numRuns: 3, seed: 1 });
assert.equal(generated.length, 3);
assert.ok(fc.sample(fc.tuple(amountString(100), money(100), isoDate), { numRuns: 3, seed: 1 }).length === 3);
const checkOptions: CheckPolicyOptions = { runs: 5, seed: 1 };
const report: CheckPolicyReport = checkPolicy(offer, checkOptions);
assert.equal(report.policy, 'river-district-2026');
assert.throws(() => checkPolicy('no-such-pack' as PolicyId), IncentiveInputError);

// chip-incentives/core and the packs' entries: a pack evaluates as its id does; an id is refused.
const withPack: PackEvaluateOptions = { policy: qingshanLake2018, asOf: '2018-09-01', interpretations: { housingBenefits: 'one-per-talent' } };
const readings: Partial<QingshanReadings> = { housingBenefits: 'one-per-talent' };
const byPack: CoreAssessment = evaluateWithPack(project, withPack);
const byPackJson: CoreAssessmentJSON = coreToJSON(byPack);
assert.deepEqual(byPackJson, toJSON(evaluate(project, { ...options, interpretations: readings })));
const packItems: CoreLineItemJSON[] = byPackJson.items;
assert.equal(packItems.length, byPack.items.length);
const packs: CorePolicyPack[] = [qingshanLake2018, shanxi2021, nanhu2022, jiashan2023, lishui2024];
assert.deepEqual(packs.map((pack) => pack.id), ['qingshan-lake-2018', 'shanxi-2021', 'nanhu-2022', 'jiashan-2023', 'lishui-2024']);
assert.deepEqual([qingshanFromMain, shanxiFromMain, nanhuFromMain, jiashanFromMain, lishuiFromMain], packs);
const refusedId: CoreSafeEvaluateResult = safeEvaluateWithPack(project, { policy: 'qingshan-lake-2018' as unknown as CorePolicyPack });
assert.ok(!refusedId.success && refusedId.error instanceof CoreInputError && refusedId.error instanceof IncentiveInputError);
const refusal: CoreInputIssue | undefined = refusedId.success ? undefined : refusedId.error.issues[0];
const refusalCode: CoreInputIssueCode | undefined = refusal?.code;
assert.equal(refusalCode, 'invalid_type');
const packBatch: CoreBatchResult[] = [...evaluateManyWithPack([project], { policy: nanhu2022, asOf: '2023-01-01' })];
assert.equal(packBatch.length, 1);
const packTotal: CoreDecimal = byPack.totals.all;
assert.equal(packTotal.toFixed(2), assessment.totals.all.toFixed(2));

/**
 * Every other type export, named once: a type the package stops exporting, or
 * renames, fails to compile here.
 */
export type Named = [
  AmountInput, AmountSpec, AssessedPolicy, Basis, CapJSON, CapUnit, Citation, Condition, ConditionInput,
  EligibilityTest, EngineInterpretations, ExitValue, Figure, FundDefinition, GroupDefinition, Instrument, InterpretationDefinition,
  Interpretations, InterpretationUsed, ItemFigure, ItemStatus, JiashanInterpretations, Jurisdiction, JurisdictionLevel, Money,
  NanhuInterpretations, NumberParameter, OneOfGroup, ParameterDefinition, ParameterUnit, PaymentsBeforeSourceReading, ProgrammeFact,
  QingshanLakeInterpretations, Rate, RecordedOptions, RecordedValue, RuleDefinition, ScheduleEntry, SharedCapGroup,
  ShanxiInterpretations, Text, TierTable, TierTableInput, TiersParameter, TraceStep, UnquantifiedLineItem, Valuation,
  DeclaredFact, DeclaredFactType, FactValueInput, PeriodStepSpec, YearStepSpec,
  AmountsJSON, ClawbackSpec, CommitmentDefinition, CommitmentJSON, CommitmentResult, CommitmentStatus,
];
/** The type exports of chip-incentives/core and of the packs' entries, named once. */
export type NamedByCore = [
  CoreFactValueInput, CoreInterpretations, CoreLineItem, CoreLoanInput, CoreMoney, CoreOverrideValue, CoreProjectInput,
  CoreQuantifiedLineItem, CoreRate, CoreTalentInput, CoreTierTableInput, CoreTotals, CoreUnquantifiedLineItem,
  JiashanReadings, NanhuReadings, ShanxiReadings,
];

console.log(`ok consumer (${format}): every export of chip-incentives, chip-incentives/testing, chip-incentives/html, chip-incentives/core and the packs used`);
