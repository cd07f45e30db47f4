import { z } from 'zod';
import {
  amountField,
  booleanField,
  choiceField,
  choiceListField,
  dateField,
  distinctListField,
  listField,
  positiveIntegerField,
  rateField,
  sourceProjectField,
  strictObject,
  textField,
} from './fields.js';
import { LIMITS } from './limits.js';
import { projectFactsField } from './project-facts.js';
import { ACTIVITIES, DEVICE_TYPES, INDUSTRIES, TARGET_MARKETS } from './vocabulary.js';

/** The ways a loan is repaid; see `LoanInput`. */
export const REPAYMENT_FORMS = ['bullet', 'equal-principal', 'equal-instalment'] as const;

/**
 * A new zod schema of a project, with objects of its own: the library
 * validates with one instance, and exports another, so that nothing a caller
 * does to the exported one (replacing its `safeParse`, say) changes how the
 * library validates.
 */
function makeProjectSchema() {
  // Which fields go together (years, or a repayment form with a start and a term) is checked in `relations.ts`.
  const loanSchema = strictObject({
    principal: amountField,
    annualRate: rateField,
    years: positiveIntegerField(LIMITS.maxYears).optional(),
    repayment: choiceField(REPAYMENT_FORMS).optional(),
    start: dateField.optional(),
    termMonths: positiveIntegerField(LIMITS.maxMonths).optional(),
  });

  const talentSchema = strictObject({
    name: textField,
    qualified: booleanField.optional(),
    highLevel: booleanField.optional(),
    housingPurchase: strictObject({ price: amountField }).optional(),
    rent: strictObject({
      monthly: amountField,
      start: dateField,
      months: positiveIntegerField(LIMITS.maxMonths).optional(),
    }).optional(),
  });

  return strictObject({
    name: textField,
    id: textField.optional(),
    asOf: dateField.optional(),
    investment: strictObject({
      actual: amountField,
      infrastructure: amountField.optional(),
    }),
    classification: strictObject({
      particularlyImportant: booleanField.optional(),
      leadingIndustryDirection: booleanField.optional(),
      major: booleanField.optional(),
      newProductionLine: booleanField.optional(),
      firstClassEntity: booleanField.optional(),
    }).optional(),
    activities: choiceListField(ACTIVITIES).optional(),
    deviceTypes: choiceListField(DEVICE_TYPES).optional(),
    targetMarkets: choiceListField(TARGET_MARKETS).optional(),
    industry: choiceField(INDUSTRIES).optional(),
    sourceProjects: distinctListField(sourceProjectField, LIMITS.maxSourceProjects).optional(),
    enterprise: strictObject({
      technologyBasedSME: booleanField.optional(),
      leadingDomesticPlayer: booleanField.optional(),
    }).optional(),
    plans: strictObject({
      listing: booleanField.optional(),
      jointRdCentre: booleanField.optional(),
    }).optional(),
    finance: strictObject({
      annualRevenue: amountField.optional(),
      rdSpending: amountField.optional(),
    }).optional(),
    talents: listField(talentSchema, LIMITS.maxTalents).optional(),
    talentStartup: strictObject({
      founder: textField,
      requested: strictObject({
        startupFund: amountField.optional(),
        shareInvestment: amountField.optional(),
        ventureCapital: amountField.optional(),
      }).optional(),
      loans: listField(loanSchema, LIMITS.maxLoans).optional(),
    }).optional(),
    policyFundExit: strictObject({
      holdingYears: positiveIntegerField(LIMITS.maxExitYears),
      buyBackRate: rateField,
      expectedReturn: rateField,
    }).optional(),
    talentSupport: strictObject({
      expiresOn: dateField,
      highPotential: booleanField.optional(),
      incrementalRequested: amountField.optional(),
    }).optional(),
    facts: projectFactsField.optional(),
  });
}

/**
 * The zod schema of a project (`ProjectInput`). It checks each field on its
 * own; the checks that relate fields (unique talent names, a founder among the
 * talents, infrastructure within the investment) are in `validateProject`,
 * which reports both kinds together. Exported for callers; the library's own
 * validation uses `libraryProjectSchema()`, a separate instance.
 */
export const projectSchema = makeProjectSchema();

let libraryInstance: ReturnType<typeof makeProjectSchema> | undefined;

/**
 * The instance the library validates with, never handed out: built on first
 * use rather than when the module loads (a second schema of every field is
 * tens of milliseconds of a cold import), then kept.
 *
 * @returns the same schema on every call
 * @example
 * libraryProjectSchema() === libraryProjectSchema(); //=> true
 */
export function libraryProjectSchema(): ReturnType<typeof makeProjectSchema> {
  return (libraryInstance ??= makeProjectSchema());
}

/** What `projectSchema` produces: every amount a `Decimal`, every date checked. */
export type ParsedProject = z.output<typeof projectSchema>;
