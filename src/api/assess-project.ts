import type { Assessment } from '../engine/assessment.js';
import { assess } from '../engine/assess.js';
import { unknownSourceProjects } from '../engine/named-projects.js';
import { checkWorkload } from '../engine/workload.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { readArguments } from '../schema/read-arguments.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import type { PolicyResolver } from './policy-resolver.js';
import { keepPackAt } from './policy-pack.js';
import { packFactIssues } from './pack-fact-issues.js';
import { validateWithPacks } from './validate-with-packs.js';

/** A project's assessment, or every problem of the project that stopped it. */
export type ProjectOutcome = { ok: true; assessment: Assessment } | { ok: false; issues: InputIssue[] };

/**
 * Validates a project (a copy made by `readInput`) and assesses it under
 * options already resolved: the one path `evaluate` and `evaluateMany` share. A missing date is reported
 * with the project's other problems, since whether one was given is known
 * even when the rest is invalid.
 */
export function assessProject(project: unknown, options: ResolvedOptions | undefined, optionsAsOf: unknown): ProjectOutcome {
  const validated = validateWithPacks(project);
  // An invalid project's facts are checked too: every problem is listed at once.
  const issues: InputIssue[] = validated.ok ? [] : [...validated.issues, ...packFactIssues(project, options ? [options.pack] : [])];
  if (lacksDate(optionsAsOf, project)) {
    issues.push({ code: 'required', path: ['asOf'], message: MESSAGES.missingAsOf });
  }
  if (issues.length > 0 || !validated.ok || options === undefined) return { ok: false, issues };
  const asOf = options.asOf ?? validated.project.asOf;
  if (asOf === undefined) return { ok: false, issues: [{ code: 'required', path: ['asOf'], message: MESSAGES.missingAsOf }] };
  const refused = [...unknownSourceProjects(options.pack, validated.project), ...checkWorkload(options.pack, validated.project, asOf, options)];
  if (refused.length > 0) return { ok: false, issues: refused };
  return { ok: true, assessment: assess(options.pack, validated.project, asOf, { interpretations: options.interpretations, plans: options.plans, recorded: options.recorded }) };
}

/**
 * A public function's arguments read once, the options resolved and the
 * project assessed: the first steps `evaluate` and `opportunities` share.
 * Every problem of the project and the options is thrown together; the
 * policy is read by `policies` (see `PolicyResolver`).
 */
export function assessArguments(project: unknown, options: unknown, policies: PolicyResolver): { input: unknown; options: ResolvedOptions; assessment: Assessment } {
  const [input, settings] = readArguments({ value: project }, { value: options, at: ['options'], keep: keepPackAt('policy') });
  const resolved = resolveOptions(settings, policies);
  const outcome = assessProject(input, resolved.ok ? resolved.options : undefined, rawField(settings, 'asOf'));
  if (!resolved.ok || !outcome.ok) {
    throw new IncentiveInputError([...(resolved.ok ? [] : resolved.issues), ...(outcome.ok ? [] : outcome.issues)]);
  }
  return { input, options: resolved.options, assessment: outcome.assessment };
}

/**
 * Whether neither the options nor the project give a date. Asked only of a
 * project that is an object: one that is not is reported once, at its root.
 */
export function lacksDate(optionsAsOf: unknown, project: unknown): boolean {
  const isObject = typeof project === 'object' && project !== null && !Array.isArray(project);
  return optionsAsOf === undefined && isObject && rawField(project, 'asOf') === undefined;
}

/** A field of a value that may not be an object, read without its prototype. */
export function rawField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
