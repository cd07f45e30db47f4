import { z } from 'zod';
import type { IsoDate } from '../dates/iso-date.js';
import type { CompiledPack } from '../engine/compiled.js';
import type { QingshanLakeInterpretations } from '../policies/index.js';
import { dateField, strictObject, textField } from '../schema/fields.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { toInputIssues } from '../schema/zod-issues.js';
import { builtInPolicyIds, compiledBuiltInPolicy } from './registry.js';

/** The id of a built-in policy pack. */
export type PolicyId = 'qingshan-lake-2018';

/** Every interpretation of the built-in packs, by id, with its readings. */
export type Interpretations = QingshanLakeInterpretations;

/** How to evaluate a project. */
export interface EvaluateOptions {
  /** The policy pack to apply. */
  policy: PolicyId;
  /** The assessment date, `YYYY-MM-DD`; defaults to the project's `asOf`. One of the two is required. */
  asOf?: IsoDate;
  /** Readings to use instead of the defaults, by interpretation id. */
  interpretations?: Partial<Interpretations>;
}

const interpretationsField = z.record(z.string(), z.string(), {
  error: (issue) => MESSAGES.object(issue.input),
});

const optionsSchema = strictObject({
  policy: textField,
  asOf: dateField.optional(),
  interpretations: interpretationsField.optional(),
});

/** Options after validation, with the pack they name. */
export interface ResolvedOptions {
  pack: CompiledPack;
  asOf?: IsoDate;
  interpretations: Record<string, string>;
}

function checkInterpretations(pack: CompiledPack, chosen: Record<string, string>, issues: InputIssue[]): void {
  const definitions = pack.definition.interpretations;
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

/** Validates evaluation options; every problem is returned, with paths under `options`. */
export function resolveOptions(options: unknown): { ok: true; options: ResolvedOptions } | { ok: false; issues: InputIssue[] } {
  const parsed = optionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: toInputIssues(parsed.error.issues, ['options']) };
  const { policy, asOf, interpretations = {} } = parsed.data;
  const pack = compiledBuiltInPolicy(policy);
  if (!pack) {
    return {
      ok: false,
      issues: [{ code: 'unknown_option', path: ['options', 'policy'], message: MESSAGES.unknownPolicy(policy, builtInPolicyIds()) }],
    };
  }
  const issues: InputIssue[] = [];
  checkInterpretations(pack, interpretations, issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, options: { pack, ...(asOf !== undefined && { asOf }), interpretations: { ...interpretations } } };
}
