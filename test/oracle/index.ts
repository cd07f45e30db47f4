/**
 * The interpretive engine of version 0.1.0, kept as the reference the
 * compiled engine is checked against (see README.md in this directory).
 * Validation is `src`'s own (the arguments, the options, the project): what
 * the copy keeps is everything from the validated project and the resolved
 * options down to the finished assessment.
 */
import type { EvaluateOptions } from '../../src/api/options.js';
import { resolveOptions } from '../../src/api/options.js';
import { IDS_OR_PACKS } from '../../src/api/registry.js';
import { resolveOverrides } from '../../src/api/overrides.js';
import { keepPackAt } from '../../src/api/policy-pack.js';
import { validateWithPacks } from '../../src/api/validate-with-packs.js';
import type { IsoDate } from '../../src/dates/iso-date.js';
import { IncentiveInputError } from '../../src/schema/input-error.js';
import type { ProjectInput } from '../../src/schema/input-types.js';
import type { InputIssue } from '../../src/schema/issues.js';
import { isRecord } from '../../src/schema/is-record.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { projectFactsField } from '../../src/schema/project-facts.js';
import { readArguments } from '../../src/schema/read-arguments.js';
import { assess, type AssessOptions } from './engine/assess.js';
import type { Assessment } from './engine/assessment.js';
import { compilePack, type CompiledPack, type Overrides } from './engine/compiled.js';
import type { PolicyDefinition } from './engine/definition.js';
import { unknownSourceProjects } from './engine/named-projects.js';
import { readPackFacts } from './engine/pack-facts.js';
import { checkWorkload } from './engine/workload.js';

/** What `src`'s validation resolved, in the copy's types. */
interface Resolved {
  definition: PolicyDefinition;
  overrides: Overrides;
  asOf?: IsoDate;
  assess: Required<Pick<AssessOptions, 'interpretations' | 'plans' | 'recorded'>>;
}

/**
 * `src`'s values seen with the copy's types. Today the two are the same types;
 * the cast keeps the copy compiling whatever `src/engine` becomes, and a
 * value of another shape shows up as a difference in the differential test.
 */
function asCopy<T>(value: unknown): T {
  return value as T;
}

/** A field of a value that may not be an object, read without its prototype. */
function rawField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Whether neither the options nor an object project give a date (as 0.1.0's `lacksDate`). */
function lacksDate(optionsAsOf: unknown, project: unknown): boolean {
  const isObject = typeof project === 'object' && project !== null && !Array.isArray(project);
  return optionsAsOf === undefined && isObject && rawField(project, 'asOf') === undefined;
}

/** The problems of an invalid project's facts for the pack (as 0.1.0's `packFactIssues`). */
function packFactIssues(input: unknown, packs: readonly CompiledPack[]): InputIssue[] {
  if (!isRecord(input)) return [];
  const raw = Object.hasOwn(input, 'facts') ? input['facts'] : undefined;
  const parsed = raw === undefined ? { success: true as const, data: new Map<string, unknown>() } : projectFactsField.safeParse(raw);
  if (!parsed.success) return [];
  return packs.flatMap((pack) => readPackFacts(pack.definition, { facts: parsed.data }).issues);
}

const compiled = new WeakMap<PolicyDefinition, CompiledPack>();

/** The copy's compiled pack: once per definition without overrides, each time with them. */
function oraclePack(definition: PolicyDefinition, overrides: Overrides): CompiledPack {
  if (Object.keys(overrides).length > 0) return compilePack(definition, overrides);
  let pack = compiled.get(definition);
  if (!pack) compiled.set(definition, (pack = compilePack(definition)));
  return pack;
}

/** The options as `src` resolves them, with the definition and the overrides the copy compiles. */
function resolve(settings: unknown): { ok: true; resolved: Resolved } | { ok: false; issues: InputIssue[] } {
  const result = resolveOptions(settings, IDS_OR_PACKS);
  if (!result.ok) return result;
  const { pack, asOf, interpretations, plans, recorded } = result.options;
  const definition = asCopy<PolicyDefinition>(pack.definition);
  // Valid already (resolveOptions read them): read again for their values, not for their problems.
  const overrides = asCopy<Overrides>(resolveOverrides(pack.definition, rawField(settings, 'overrides'), []));
  return {
    ok: true,
    resolved: { definition, overrides, ...(asOf !== undefined && { asOf }), assess: asCopy({ interpretations, plans, recorded }) },
  };
}

/** 0.1.0's `assessProject`, with the copy's engine. */
function assessProject(project: unknown, resolved: Resolved | undefined, optionsAsOf: unknown): { ok: true; assessment: Assessment } | { ok: false; issues: InputIssue[] } {
  const pack = resolved && oraclePack(resolved.definition, resolved.overrides);
  const validated = validateWithPacks(project);
  const issues: InputIssue[] = validated.ok ? [] : [...validated.issues, ...packFactIssues(project, pack ? [pack] : [])];
  if (lacksDate(optionsAsOf, project)) issues.push({ code: 'required', path: ['asOf'], message: MESSAGES.missingAsOf });
  if (issues.length > 0 || !validated.ok || resolved === undefined || pack === undefined) return { ok: false, issues };
  const valid = asCopy<Parameters<typeof assess>[1]>(validated.project);
  const asOf = resolved.asOf ?? valid.asOf;
  if (asOf === undefined) return { ok: false, issues: [{ code: 'required', path: ['asOf'], message: MESSAGES.missingAsOf }] };
  const refused = [...unknownSourceProjects(pack, valid), ...checkWorkload(pack, valid, asOf, resolved.assess)];
  if (refused.length > 0) return { ok: false, issues: refused };
  return { ok: true, assessment: assess(pack, valid, asOf, resolved.assess) };
}

/**
 * `evaluate` as version 0.1.0 computed it: the same arguments, validated by
 * `src`'s validation, then assessed by the copy of the interpretive engine.
 *
 * @param project - the project, as a caller passes it to `evaluate`
 * @param options - `evaluate`'s options: the policy, the date, readings, overrides, payment plans
 * @returns the assessment the engine of 0.1.0 makes
 * @throws {IncentiveInputError} listing every problem, as `evaluate` does
 *
 * @example
 * const assessment = oracleEvaluate(
 *   { name: 'CMP line', investment: { actual: '250000000', infrastructure: '50000000' } },
 *   { policy: 'qingshan-lake-2018', asOf: '2018-07-01' },
 * );
 * assessment.items[0].amount?.toFixed(2);
 * //=> '30000000.00'  (min(30,000,000, 30% × 200,000,000))
 */
export function oracleEvaluate(project: ProjectInput, options: EvaluateOptions): Assessment {
  const [input, settings] = readArguments({ value: project }, { value: options, at: ['options'], keep: keepPackAt('policy') });
  const resolved = resolve(settings);
  const outcome = assessProject(input, resolved.ok ? resolved.resolved : undefined, rawField(settings, 'asOf'));
  if (!resolved.ok || !outcome.ok) {
    throw new IncentiveInputError([...(resolved.ok ? [] : resolved.issues), ...(outcome.ok ? [] : outcome.issues)]);
  }
  return outcome.assessment;
}
