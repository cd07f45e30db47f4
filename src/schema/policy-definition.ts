import { z } from 'zod';
import { isRecord } from './is-record.js';
import { boundedString, choiceField, choiceListField, dateField, listField, strictObject } from './fields.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import { INDUSTRIES } from './vocabulary.js';

/**
 * The zod schema of a policy definition as a user writes it (`definePolicy`,
 * `loadPolicy`): plain, JSON-serialisable data. Texts may be a string or
 * `{ en, zh }`; most fields have defaults (see `normalizeDefinition`). Values
 * are decimal strings (or numbers) and are checked against their units, and
 * every reference (to a fact, a parameter, an interpretation, a rule) is
 * checked in `checkDefinition`, which reports both kinds of problem together.
 */

const MAX_TEXT = 4000;
const MAX_ITEMS = 500;

/** A text with at least one visible character (as a project's texts), of at most `max` characters. */
const nonEmpty = (max: number) =>
  boundedString(max, {
    error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.definitionText(issue.input)),
    tooLong: () => MESSAGES.definitionText('a text that long'),
  }).refine((text) => text.trim() !== '', { error: (issue) => MESSAGES.definitionText(issue.input) });

/** A text: a string (used for both languages) or `{ en, zh }`. */
export const textInput = z.union([nonEmpty(MAX_TEXT), strictObject({ en: nonEmpty(MAX_TEXT), zh: nonEmpty(MAX_TEXT) })], {
  error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.definitionText(issue.input)),
});

export const idInput = z
  .string({ error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.definitionId(issue.input)) })
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: (issue) => MESSAGES.definitionId(issue.input) });

const ruleIdInput = z
  .string({ error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.definitionId(issue.input)) })
  .regex(/^([a-z0-9][a-z0-9-]{0,99}\/)?[a-z0-9][a-z0-9-]{0,99}$/, { error: (issue) => MESSAGES.definitionId(issue.input) });

const nameInput = z
  .string({ error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.definitionName(issue.input)) })
  .regex(/^[A-Za-z][A-Za-z0-9.-]{0,99}$/, { error: (issue) => MESSAGES.definitionName(issue.input) });

/** A number written as a decimal string or a number; its range is checked against its unit. */
const valueInput = z.union([boundedString(64), z.number()], {
  error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.amount(issue.input)),
});

export const citationInput = strictObject({ document: nonEmpty(500), quote: nonEmpty(MAX_TEXT) });

const factName = boundedString(100, { error: (issue) => MESSAGES.definitionFact(issue.input) });

/** A condition over project facts or interpretations. */
export type ConditionInput =
  | { fact: string; is: boolean | string }
  | { fact: string; present: boolean }
  | { fact: string; includesAny: string[] }
  | { fact: string; atLeast: string | number }
  | { fact: string; above: string | number }
  | { interpretation: string; is: string }
  | { all: ConditionInput[] }
  | { any: ConditionInput[] }
  | { not: ConditionInput };

/** Most conditions in one `all` or `any`. */
const MAX_CONDITIONS = 50;

/**
 * Why a value is not a condition. A list of `any` or `all` that is too long
 * fails every form of the union alike, so it is named here, by its limit.
 */
function conditionMessage(input: unknown): string {
  const list = isRecord(input) && Object.keys(input).length === 1 ? (input['any'] ?? input['all']) : undefined;
  if (Array.isArray(list) && list.length > MAX_CONDITIONS) return MESSAGES.conditionCount(MAX_CONDITIONS);
  return MESSAGES.definitionCondition(input);
}

/** The conditions of an `all` or an `any`: at least one (an empty `any` is never met, an empty `all` always). */
const conditionList = z.lazy(() =>
  listField(conditionInput, MAX_CONDITIONS).min(1, { error: () => MESSAGES.conditionCount(MAX_CONDITIONS) }));

export const conditionInput: z.ZodType<ConditionInput, ConditionInput> = z.lazy(() =>
  z.union(
    [
      strictObject({ fact: factName, is: z.union([z.boolean(), boundedString(200)]) }),
      strictObject({ fact: factName, present: z.boolean() }),
      strictObject({ fact: factName, includesAny: listField(boundedString(100), 100) }),
      strictObject({ fact: factName, atLeast: valueInput }),
      strictObject({ fact: factName, above: valueInput }),
      strictObject({ interpretation: nameInput, is: boundedString(100) }),
      strictObject({ all: conditionList }),
      strictObject({ any: conditionList }),
      strictObject({ not: conditionInput }),
    ],
    { error: (issue) => conditionMessage(issue.input) },
  ),
) as z.ZodType<ConditionInput, ConditionInput>;

const paramRef = strictObject({ param: nameInput });
const factRef = strictObject({ fact: factName });

/** How an amount is computed: a building block, or a choice among them. */
export type AmountInput =
  | { block: 'capped-share'; rate: { param: string }; base: { fact: string }; ceiling?: { param: string }; floor?: { param: string } }
  | { block: 'flat-ceiling'; ceiling: { param: string }; requested?: { fact: string } }
  | {
      block: 'per-period';
      perPeriodCeiling: { param: string };
      maxPeriods: { param: string };
      periodAmount: { fact: string };
      periods?: { fact: string };
      start: { fact: string };
    }
  | { block: 'interest-subsidy'; ceiling: { param: string }; loans: { fact: string }; share?: { param: string } }
  | { block: 'tiered'; ceiling: { param: string }; tiers: { param: string } }
  | { block: 'per-unit'; perUnit: { param: string }; units: { fact: string }; ceiling?: { param: string } }
  | {
      block: 'stepped-periods';
      period: 'month' | 'year';
      start: { fact: string };
      base?: { fact: string };
      periods?: { fact: string };
      steps: Array<{ length: { param: string }; rate: { param: string } } | { length: { param: string }; amount: { param: string } }>;
      ceiling?: { param: string };
    }
  | {
      block: 'yearly-share';
      base: { fact: string };
      start: { fact: string };
      steps: Array<{ years: { param: string }; rate: { param: string } }>;
      yearCeiling?: { param: string };
      ceiling?: { param: string };
    }
  | { block: 'threshold-excess'; base: { fact: string }; threshold: { param: string }; rate: { param: string }; ceiling?: { param: string } }
  | { block: 'unquantified'; offer: z.infer<typeof textInput> }
  | { block: 'by-interpretation'; interpretation: string; options: Record<string, AmountInput> }
  | { block: 'cases'; cases: Array<{ when: ConditionInput; then: AmountInput }>; otherwise: AmountInput };

export const amountInput: z.ZodType<AmountInput, AmountInput> = z.lazy(() =>
  z.discriminatedUnion(
    'block',
    [
      strictObject({ block: z.literal('capped-share'), rate: paramRef, base: factRef, ceiling: paramRef.optional(), floor: paramRef.optional() }),
      strictObject({ block: z.literal('flat-ceiling'), ceiling: paramRef, requested: factRef.optional() }),
      strictObject({
        block: z.literal('per-period'),
        perPeriodCeiling: paramRef,
        maxPeriods: paramRef,
        periodAmount: factRef,
        periods: factRef.optional(),
        start: factRef,
      }),
      strictObject({ block: z.literal('interest-subsidy'), ceiling: paramRef, loans: factRef, share: paramRef.optional() }),
      strictObject({ block: z.literal('tiered'), ceiling: paramRef, tiers: paramRef }),
      strictObject({ block: z.literal('per-unit'), perUnit: paramRef, units: factRef, ceiling: paramRef.optional() }),
      strictObject({
        block: z.literal('stepped-periods'),
        period: choiceField(['month', 'year']),
        start: factRef,
        base: factRef.optional(),
        periods: factRef.optional(),
        steps: listField(z.union([strictObject({ length: paramRef, rate: paramRef }), strictObject({ length: paramRef, amount: paramRef })], {
          error: (issue) => MESSAGES.definitionStep(issue.input),
        }), LIMITS.maxSteps).min(1, { error: () => MESSAGES.stepCount(LIMITS.maxSteps) }),
        ceiling: paramRef.optional(),
      }),
      strictObject({
        block: z.literal('yearly-share'),
        base: factRef,
        start: factRef,
        steps: listField(strictObject({ years: paramRef, rate: paramRef }), LIMITS.maxSteps).min(1, { error: () => MESSAGES.stepCount(LIMITS.maxSteps) }),
        yearCeiling: paramRef.optional(),
        ceiling: paramRef.optional(),
      }),
      strictObject({ block: z.literal('threshold-excess'), base: factRef, threshold: paramRef, rate: paramRef, ceiling: paramRef.optional() }),
      strictObject({ block: z.literal('unquantified'), offer: textInput }),
      strictObject({
        block: z.literal('by-interpretation'),
        interpretation: nameInput,
        options: z.record(boundedString(100), amountInput),
      }),
      strictObject({
        block: z.literal('cases'),
        cases: listField(strictObject({ when: conditionInput, then: amountInput }), 50),
        otherwise: amountInput,
      }),
    ],
    { error: (issue) => MESSAGES.definitionBlock(issue.input) },
  ),
) as z.ZodType<AmountInput, AmountInput>;

const tierTableInput = strictObject({
  base: factName,
  // From 1 bracket, as an override's tier table: a table without one would give every project nothing.
  brackets: listField(strictObject({ from: valueInput, amount: valueInput }), LIMITS.maxTierBrackets)
    .min(1, { error: () => MESSAGES.tierCount(LIMITS.maxTierBrackets) }),
});

const parameterInput = z.union(
  [
    strictObject({
      value: valueInput,
      unit: choiceField(['CNY', 'CNY/month', 'ratio', 'months', 'years', 'count']),
      label: textInput.optional(),
      citation: citationInput.optional(),
      since: dateField.optional(),
    }),
    strictObject({
      value: tierTableInput.nullable(),
      unit: z.literal('tiers'),
      label: textInput.optional(),
      citation: citationInput.optional(),
      since: dateField.optional(),
    }),
  ],
  { error: (issue) => MESSAGES.definitionParameter(issue.input) },
);

const eligibilityInput = strictObject({
  when: conditionInput,
  met: textInput.optional(),
  unmet: textInput.optional(),
  appliesIf: conditionInput.optional(),
});

const figureInput = strictObject({
  label: textInput,
  value: valueInput,
  unit: choiceField(['months', 'days', 'count', 'CNY']),
  qualifier: choiceField(['about', 'nearly', 'over']).optional(),
  citation: citationInput,
});

/** What is repaid when a commitment is missed. */
const clawbackInput = z.discriminatedUnion(
  'kind',
  [
    strictObject({ kind: z.literal('all') }),
    strictObject({ kind: z.literal('share'), share: paramRef }),
    strictObject({ kind: z.literal('pro-rata') }),
  ],
  { error: (issue) => MESSAGES.definitionClawback(issue.input) },
);

/** A commitment of a rule: a fact reaching a target by a date, and the clawback if it does not. */
const commitmentInput = strictObject({
  id: idInput,
  label: textInput,
  citation: citationInput,
  fact: factName,
  series: choiceField(['in-year', 'to-date']).optional(),
  atLeast: z.union([paramRef, valueInput], { error: (issue) => MESSAGES.commitmentTarget(issue.input) }),
  by: dateField,
  clawback: clawbackInput,
});

export const INSTRUMENTS = [
  'grant', 'equity', 'housing-subsidy', 'rent-subsidy', 'interest-subsidy',
  'service', 'land', 'training', 'financing', 'unspecified',
] as const;

const ruleInput = strictObject({
  id: ruleIdInput,
  label: textInput,
  instrument: choiceField(INSTRUMENTS),
  scope: choiceField(['project', 'talent']).optional(),
  concerns: conditionInput.optional(),
  citation: citationInput,
  parameters: z.record(nameInput, parameterInput).optional(),
  eligibility: listField(eligibilityInput, 50).optional(),
  amount: amountInput,
  notes: listField(textInput, 50).optional(),
  figures: listField(figureInput, 50).optional(),
  alsoCites: listField(citationInput, 50).optional(),
  exit: z.literal('profit-given-away').optional(),
  paidByPlanWhen: conditionInput.optional(),
  commitments: listField(commitmentInput, LIMITS.maxCommitments).optional(),
});

const interpretationInput = strictObject({
  id: nameInput,
  label: textInput,
  question: textInput.optional(),
  default: boundedString(100),
  options: listField(strictObject({ value: boundedString(100).min(1), label: textInput.optional(), rationale: textInput }), 20),
  citations: listField(citationInput, 20).optional(),
});

const groupInput = z.discriminatedUnion(
  'kind',
  [
    strictObject({
      kind: z.literal('one-of'),
      id: ruleIdInput,
      rules: listField(ruleIdInput, 50),
      appliesIf: conditionInput.optional(),
      reason: textInput.optional(),
    }),
    strictObject({
      kind: z.literal('shared-cap'),
      id: ruleIdInput,
      rules: listField(ruleIdInput, 50),
      cap: valueInput,
      label: textInput.optional(),
      citation: citationInput,
      per: choiceField(['project', 'beneficiary']).optional(),
      allocation: choiceField(['in-order', 'pro-rata']).optional(),
    }),
  ],
  { error: (issue) => MESSAGES.definitionGroup(issue.input) },
);

const fundInput = strictObject({
  id: idInput,
  label: textInput,
  amount: valueInput,
  period: z.literal('year').optional(),
  citation: citationInput,
  derivation: textInput.optional(),
  bound: choiceField(['lower', 'upper']).optional(),
});

const programmeFactInput = strictObject({
  id: idInput,
  label: textInput,
  value: valueInput,
  unit: choiceField(['CNY', 'ratio', 'count']),
  qualifier: choiceField(['about', 'nearly', 'over']).optional(),
  citations: listField(citationInput, 20),
  derivation: textInput.optional(),
});

/** The kinds of value a fact of a pack's own can take. */
export const DECLARED_FACT_TYPES = ['amount', 'count', 'rate', 'boolean', 'date', 'choice', 'amount-series', 'count-series'] as const;

const declaredFactInput = strictObject({
  id: idInput,
  type: choiceField(DECLARED_FACT_TYPES),
  unit: nonEmpty(50).optional(),
  label: textInput,
  min: valueInput.optional(),
  max: valueInput.optional(),
  values: listField(boundedString(100).min(1), 100).optional(),
  required: z.boolean().optional(),
});

const audienceInput = strictObject({
  industries: choiceListField(INDUSTRIES),
  citations: listField(citationInput, 20),
  note: textInput,
  appliesIf: conditionInput.optional(),
});

/** The zod schema of a policy definition (`PolicyDefinitionInput`). */
export const policyDefinitionSchema = strictObject({
  id: idInput,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: (issue) => MESSAGES.definitionVersion(issue.input) }).optional(),
  name: textInput,
  jurisdiction: strictObject({
    level: choiceField(['province', 'city', 'district', 'county']),
    name: textInput,
    within: listField(textInput, 10).optional(),
    area: textInput.optional(),
  }),
  source: strictObject({
    document: nonEmpty(500),
    title: nonEmpty(MAX_TEXT).optional(),
    published: dateField,
    dateNote: textInput.optional(),
    dateEvidence: listField(citationInput, 10).optional(),
  }),
  validity: strictObject({ until: dateField.optional(), note: textInput.optional() }).optional(),
  interpretations: listField(interpretationInput, 50).optional(),
  rules: listField(ruleInput, MAX_ITEMS),
  groups: listField(groupInput, 50).optional(),
  funds: listField(fundInput, 20).optional(),
  facts: listField(declaredFactInput, LIMITS.maxDeclaredFacts).optional(),
  programmeFacts: listField(programmeFactInput, 100).optional(),
  limitations: listField(textInput, 100).optional(),
  audience: audienceInput.optional(),
});

/** A policy definition as a user writes it. */
export type PolicyDefinitionInput = z.input<typeof policyDefinitionSchema>;
/** A policy definition after the structural checks. */
export type ParsedDefinition = z.output<typeof policyDefinitionSchema>;
