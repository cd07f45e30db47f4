import type { IsoDate } from '../dates/iso-date.js';
import type { Jurisdiction } from '../engine/definition.js';
import { BUILT_IN_POLICIES } from '../policies/index.js';

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

/**
 * The metadata of every built-in policy pack.
 *
 * @returns one summary per pack: id, name, jurisdiction, source document and date, rules and interpretations
 *
 * @example
 * listPolicies().map((policy) => policy.id);
 * //=> ['qingshan-lake-2018']
 */
export function listPolicies(): PolicySummary[] {
  return BUILT_IN_POLICIES.map((policy) => ({
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
    interpretations: policy.interpretations.map((interpretation) => ({
      id: interpretation.id,
      label: interpretation.label.en,
      default: interpretation.default,
      options: interpretation.options.map((option) => option.value),
    })),
    translations: { zh: { name: policy.name.zh, validity: policy.validity.note.zh } },
  }));
}
