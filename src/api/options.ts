import type { IsoDate } from '../dates/iso-date.js';
import type { CompiledPack } from '../engine/compiled.js';
import type { JiashanInterpretations, NanhuInterpretations, QingshanLakeInterpretations, ShanxiInterpretations } from '../policies/index.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { reservedKeyIssues } from '../schema/reserved-keys.js';
import { isRecord } from '../schema/is-record.js';
import type { Money, Rate } from '../schema/input-types.js';
import type { TranchePlan } from '../engine/evaluate-rule.js';
import { resolveTranchePlans } from './tranche-plans.js';
import { recordOptions } from './recorded-options.js';
import type { RecordedOptions } from '../engine/assessment.js';
import { compiledWithOverrides } from '../engine/compiled-with-overrides.js';
import { resolveOverrides } from './overrides.js';
import type { PolicyPack } from './policy-pack.js';
import type { PolicyResolver } from './policy-resolver.js';
import { allInterpretations } from '../engine/all-interpretations.js';
import type { EngineInterpretations } from '../engine/payments-before-source.js';
import { tranchesBeforeSource } from './tranches-before-source.js';
import { readOptions } from './read-options.js';

/** The id of a built-in policy pack. */
export type PolicyId = 'qingshan-lake-2018' | 'shanxi-2021' | 'nanhu-2022' | 'jiashan-2023' | 'lishui-2024';

/** Every interpretation of the built-in packs, by id, with its readings. Ids are unique across packs. */
export type Interpretations = QingshanLakeInterpretations & ShanxiInterpretations & NanhuInterpretations & JiashanInterpretations & EngineInterpretations;

/** A replacement for a parameter: an amount or rate for a number, a tier table (or `null`) for tiers. */
export type OverrideValue = Money | TierTableInput | null;

/** A tier table as a caller writes it: the amount fact it reads, and ascending brackets. */
export interface TierTableInput {
  base: string;
  brackets: Array<{ from: Money; amount: Money }>;
}

/** How to evaluate a project. */
export interface EvaluateOptions {
  /** The policy to apply: a built-in pack's id, or a pack from `definePolicy` / `loadPolicy`. */
  policy: PolicyId | PolicyPack;
  /** The assessment date, `YYYY-MM-DD`; defaults to the project's `asOf`. One of the two is required. */
  asOf?: IsoDate;
  /** Readings to use instead of the defaults, by interpretation id. */
  interpretations?: Partial<Interpretations>;
  /** Replacement values for the pack's parameters, by rule id, then parameter name. */
  overrides?: Record<string, Record<string, OverrideValue>>;
  /**
   * Payment plans by rule id, replacing the default timing of that rule's
   * items: dates with the share of the amount paid on each, shares summing to 1.
   */
  schedules?: Record<string, Array<{ date: IsoDate; share: Rate }>>;
}

/** Options after validation, with the pack they name. */
export interface ResolvedOptions {
  pack: CompiledPack;
  asOf?: IsoDate;
  interpretations: Record<string, string>;
  plans: Map<string, TranchePlan>;
  /** The overrides and plans as plain JSON, for the assessments' provenance. */
  recorded: Pick<RecordedOptions, 'overrides' | 'schedules'>;
}

/**
 * Checks chosen readings against the interpretations of the packs in play:
 * each id must belong to one of them, each reading to its options.
 */
export function checkInterpretations(packs: readonly CompiledPack[], chosen: Record<string, string>, issues: InputIssue[]): void {
  const definitions = packs.length === 1 ? allInterpretations(packs[0]!.definition) : packs.flatMap((pack) => allInterpretations(pack.definition));
  for (const [id, value] of Object.entries(chosen)) {
    const definition = definitions.find((candidate) => candidate.id === id);
    const path = ['options', 'interpretations', id];
    if (!definition) {
      issues.push({ code: 'unknown_option', path, message: MESSAGES.unknownInterpretation(id, definitions.map((d) => d.id)) });
    } else if (!definition.options.some((option) => option.value === value)) {
      issues.push({ code: 'unknown_option', path, message: MESSAGES.choice(value, definition.options.map((o) => o.value)) });
    }
  }
}

/**
 * Validates evaluation options; every problem is returned, with paths under
 * `options`. The policy is read by `policies`: ids or packs for the main
 * entry, packs only for `chip-incentives/core`.
 */
export function resolveOptions(options: unknown, policies: PolicyResolver): { ok: true; options: ResolvedOptions } | { ok: false; issues: InputIssue[] } {
  const read = readOptions(options, policies.required());
  if (!read.ok) return { ok: false, issues: read.issues };
  const { policy, asOf, interpretations = {}, overrides: rawOverrides, schedules } = read.options;
  const resolved = policies.resolve(policy);
  if (!resolved.ok) {
    if (resolved.error) return { ok: false, issues: resolved.error.issues.map((issue) => ({ ...issue, path: ['options', 'policy', ...issue.path] })) };
    const code = policy === undefined ? 'required' : 'unknown_option';
    return {
      ok: false,
      issues: [{ code, path: ['options', 'policy'], message: policy === undefined ? policies.required() : policies.unknown(policy) }],
    };
  }
  const builtIn = resolved.pack;
  // An own `__proto__` key among the readings (texts, all of them) was passed over by the reading: refused here, as everywhere.
  const given = (options as { interpretations?: unknown }).interpretations;
  const issues: InputIssue[] = isRecord(given) && Object.hasOwn(given, '__proto__') ? reservedKeyIssues(given, ['options', 'interpretations']) : [];
  checkInterpretations([builtIn], interpretations, issues);
  const overrides = resolveOverrides(builtIn.definition, rawOverrides, issues);
  const plans = resolveTranchePlans(builtIn.definition, schedules, issues);
  tranchesBeforeSource(builtIn.definition, plans, interpretations, issues);
  if (issues.length > 0) return { ok: false, issues };
  const pack = Object.keys(overrides).length > 0 ? compiledWithOverrides(builtIn.definition, overrides) : builtIn;
  const recorded = recordOptions(builtIn.definition, overrides, plans);
  return { ok: true, options: { pack, ...(asOf !== undefined && { asOf }), interpretations: { ...interpretations }, plans, recorded } };
}
