import { amountField, dateField, jsonSchemaRegistry, rateField } from './fields.js';
import { SERIES_YEAR_PATTERN, type FactValueSpec } from './fact-value.js';
import { LIMITS } from './limits.js';
import { PACK_FACT_KEY } from './read-project-facts.js';

/** A fact of a pack's own as its JSON Schema describes it (see `DeclaredFact`). */
export interface DeclaredFactSpec extends FactValueSpec {
  id: string;
  unit?: string;
  label: { en: string; zh: string };
  required?: boolean;
}

type Json = Record<string, unknown>;

function documented(schema: unknown): Json {
  return { ...(jsonSchemaRegistry.get(schema as never) ?? {}) };
}

/** A number's schema within the fact's bounds: the bounds hold for numbers; text is checked by `evaluate`. */
function bounded(schema: Json, spec: FactValueSpec): Json {
  const anyOf = Array.isArray(schema['anyOf']) ? (schema['anyOf'] as Json[]) : [];
  return {
    ...schema,
    anyOf: anyOf.map((branch) => (branch['type'] !== 'number' ? branch : {
      ...branch,
      ...(spec.min !== undefined && { minimum: Number(spec.min) }),
      ...(spec.max !== undefined && { maximum: Number(spec.max) }),
    })),
  };
}

function countSchema(spec: FactValueSpec): Json {
  return {
    type: 'integer',
    minimum: spec.min === undefined ? 0 : Number(spec.min),
    maximum: spec.max === undefined ? LIMITS.maxFactCount : Number(spec.max),
  };
}

function valueSchema(spec: FactValueSpec): Json {
  switch (spec.type) {
    case 'amount':
      return bounded(documented(amountField), spec);
    case 'rate':
      return bounded(documented(rateField), spec);
    case 'count':
      return countSchema(spec);
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { ...documented(dateField), ...(spec.min !== undefined && { formatMinimum: spec.min }), ...(spec.max !== undefined && { formatMaximum: spec.max }) };
    case 'choice':
      return { enum: [...(spec.values ?? [])] };
    case 'amount-series':
    case 'count-series':
      return {
        type: 'object',
        propertyNames: { pattern: SERIES_YEAR_PATTERN },
        maxProperties: LIMITS.maxSeriesYears,
        additionalProperties: spec.type === 'amount-series' ? bounded(documented(amountField), spec) : countSchema(spec),
      };
  }
}

function describeFact(fact: DeclaredFactSpec): string {
  const unit = fact.unit === undefined ? '' : `, in ${fact.unit}`;
  const bounds = [fact.min !== undefined && `at least ${fact.min}`, fact.max !== undefined && `at most ${fact.max}`].filter(Boolean).join(', ');
  const series = fact.type.endsWith('-series') ? ', by calendar year' : '';
  return `${fact.label.en} (${fact.label.zh}): ${fact.type}${series}${unit}${bounds ? `, ${bounds}` : ''}.`;
}

/**
 * The JSON Schema of a project's `facts` for one pack: each fact the pack
 * declares, keyed `<pack id>/<fact id>`, with its label, unit, type and
 * bounds; the required ones required; facts of other packs left open (a
 * comparison assesses one project under many), any other key of this pack refused.
 *
 * @param packId - the pack's id
 * @param facts - the facts it declares
 * @returns the schema of `facts`
 *
 * @example
 * packFactsJsonSchema('my-district', [{ id: 'new-hires', type: 'count', label: { en: 'new hires', zh: '新增雇员' }, max: '5000' }])
 *   .properties['my-district/new-hires'];
 * //=> { type: 'integer', minimum: 0, maximum: 5000, title: 'new hires', description: 'new hires (新增雇员): count, at most 5000.' }
 */
export function packFactsJsonSchema(packId: string, facts: readonly DeclaredFactSpec[]): Json & { properties: Json } {
  const properties: Json = {};
  for (const fact of facts) properties[`${packId}/${fact.id}`] = { ...valueSchema(fact), title: fact.label.en, description: describeFact(fact) };
  const required = facts.filter((fact) => fact.required).map((fact) => `${packId}/${fact.id}`);
  return {
    type: 'object',
    description: `Facts of packs' own, keyed "<pack id>/<fact id>"; those of the pack "${packId}" are listed.`,
    properties,
    ...(required.length > 0 && { required }),
    propertyNames: { pattern: PACK_FACT_KEY.source, anyOf: [{ enum: Object.keys(properties) }, { not: { pattern: `^${packId}/` } }] },
    maxProperties: LIMITS.maxProjectFacts,
  };
}
