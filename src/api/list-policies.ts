import type { IsoDate } from '../dates/iso-date.js';
import { inForceOn } from '../engine/assess.js';
import type { Jurisdiction } from '../engine/definition.js';
import { builtInPolicies } from '../policies/index.js';
import { dateField, strictObject } from '../schema/fields.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { toInputIssues } from '../schema/zod-issues.js';
import { readArguments } from '../schema/read-arguments.js';
import { allInterpretations } from '../engine/all-interpretations.js';

/** What a policy pack is, without its rules' details. */
export interface PolicySummary {
  id: string;
  version: string;
  name: string;
  jurisdiction: Jurisdiction;
  /** The date of the source document, from which the pack applies. */
  published: IsoDate;
  sourceDocument: string;
  sourceTitle: string;
  /** The last day the source says the policy applies, if it says. */
  validUntil?: IsoDate;
  /** What the source says of its validity, in words. */
  validity: string;
  /** The ids of the pack's rules. */
  rules: string[];
  /** The pack's interpretations, each with its default and its readings. */
  interpretations: Array<{ id: string; label: string; default: string; options: string[] }>;
  translations: { zh: { name: string; validity: string } };
}

/** Which packs to list. */
export interface ListPoliciesOptions {
  /** Only the packs in force on this date (`YYYY-MM-DD`): from their source's date to the end of any validity it states. */
  asOf?: IsoDate;
}

const optionsSchema = strictObject({ asOf: dateField.optional() });

/**
 * The metadata of every built-in policy pack, or of those in force on a date.
 *
 * @param options - `asOf` to keep only the packs in force on that date
 * @returns one summary per pack: id, name, jurisdiction, source document and date, rules and interpretations
 * @throws {IncentiveInputError} when `asOf` is not a date
 *
 * @example
 * listPolicies({ asOf: '2020-01-01' }).map((policy) => policy.id);
 * //=> ['qingshan-lake-2018']
 */
export function listPolicies(options: ListPoliciesOptions = {}): PolicySummary[] {
  const [settings] = readArguments({ value: options, at: ['options'] });
  const parsed = optionsSchema.safeParse(settings, { reportInput: true });
  if (!parsed.success) throw new IncentiveInputError(toInputIssues(parsed.error.issues, ['options']));
  const { asOf } = parsed.data;
  const policies = asOf === undefined ? builtInPolicies() : builtInPolicies().filter((policy) => inForceOn(policy, asOf).ok);
  return policies.map((policy) => ({
    id: policy.id,
    version: policy.version,
    name: policy.name.en,
    jurisdiction: policy.jurisdiction,
    published: policy.source.published,
    sourceDocument: policy.source.document,
    sourceTitle: policy.source.title,
    ...(policy.validity.until !== undefined && { validUntil: policy.validity.until }),
    validity: policy.validity.note.en,
    rules: policy.rules.map((rule) => rule.id),
    interpretations: allInterpretations(policy).map((interpretation) => ({
      id: interpretation.id,
      label: interpretation.label.en,
      default: interpretation.default,
      options: interpretation.options.map((option) => option.value),
    })),
    translations: { zh: { name: policy.name.zh, validity: policy.validity.note.zh } },
  }));
}
