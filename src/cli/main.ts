import { existsSync, readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { compare } from '../api/compare.js';
import { evaluate } from '../api/evaluate.js';
import { exportPolicy } from '../api/export-policy.js';
import { loadPolicy } from '../api/load-policy.js';
import { listPolicies } from '../api/list-policies.js';
import type { EvaluateOptions, OverrideValue, PolicyId } from '../api/options.js';
import type { PolicyPack } from '../api/policy-pack.js';
import { renderReport, type ReportFormat } from '../report/render-report.js';
import type { Locale } from '../report/texts.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { ProjectInput } from '../schema/input-types.js';
import { formatPath } from '../schema/issues.js';
import { parseJsonText } from '../schema/parse-json.js';
import { policyJsonSchema, projectJsonSchema } from '../schema/json-schema.js';
import { VERSION } from '../version.js';
import { explainRule, findRule } from './explain.js';
import { renderPolicies } from './policies.js';
import { USAGE, type Command } from './usage.js';

/** Where the command line writes, and what it reads: injectable for tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  stdinIsTty: boolean;
}

/** A mistake in how the command was called: exit status 2. */
class UsageError extends Error {}

const FORMATS: Record<Command, readonly ReportFormat[]> = {
  evaluate: ['text', 'markdown', 'csv', 'json'],
  compare: ['text', 'markdown', 'csv', 'json'],
  policies: ['text', 'markdown', 'json'],
  schema: ['json'],
  explain: ['text', 'markdown', 'json'],
};

const OPTIONS = {
  'help': { type: 'boolean', short: 'h' },
  'version': { type: 'boolean', short: 'v' },
  'policy': { type: 'string', short: 'p' },
  'policies': { type: 'string' },
  'as-of': { type: 'string' },
  'interpret': { type: 'string', short: 'i', multiple: true },
  'override': { type: 'string', short: 'o', multiple: true },
  'format': { type: 'string', short: 'f' },
  'locale': { type: 'string', short: 'l' },
  'policy-definition': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

const ALLOWED: Record<Command, ReadonlyArray<keyof typeof OPTIONS>> = {
  evaluate: ['help', 'policy', 'as-of', 'interpret', 'override', 'format', 'locale'],
  compare: ['help', 'policies', 'as-of', 'interpret', 'format', 'locale'],
  policies: ['help', 'as-of', 'format', 'locale'],
  schema: ['help', 'policy-definition'],
  explain: ['help', 'format', 'locale'],
};

function pairs(values: readonly string[] | undefined, flag: string): Array<[string, string]> {
  return (values ?? []).map((entry) => {
    const at = entry.indexOf('=');
    if (at <= 0 || at === entry.length - 1) throw new UsageError(`--${flag} expects name=value; got "${entry}".`);
    return [entry.slice(0, at), entry.slice(at + 1)];
  });
}

function overrides(values: readonly string[] | undefined): Record<string, Record<string, OverrideValue>> {
  const result: Record<string, Record<string, OverrideValue>> = {};
  for (const [target, value] of pairs(values, 'override')) {
    const dot = target.lastIndexOf('.');
    if (dot <= 0) throw new UsageError(`--override expects <rule-id>.<parameter>=<value>; got "${target}=${value}".`);
    (result[target.slice(0, dot)] ??= {})[target.slice(dot + 1)] = value;
  }
  return result;
}

/** A file's text; a path that cannot be read (a directory, no permission) is a usage error, not a crash. */
function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new UsageError(`Cannot read ${path}${code}.`);
  }
}

function readProject(path: string | undefined, io: Io): ProjectInput {
  let text: string;
  if (path === undefined || path === '-') {
    if (path === undefined && io.stdinIsTty) throw new UsageError('Give the project: a JSON file, or "-" to read it from standard input.');
    try {
      text = io.readStdin();
    } catch (error) {
      throw new UsageError(`Cannot read standard input${error instanceof Error && 'code' in error ? ` (${String(error.code)})` : ''}.`);
    }
  } else {
    if (!existsSync(path)) throw new UsageError(`No such file: ${path}`);
    text = readText(path);
  }
  return parseJsonText(text, 'project') as ProjectInput;
}

function policyOf(value: string | undefined): PolicyId | PolicyPack {
  if (value === undefined) throw new UsageError('evaluate needs --policy <id|pack.json>; "chip-incentives policies" lists the ids.');
  if (listPolicies().some((policy) => policy.id === value)) return value as PolicyId;
  if (existsSync(value)) return loadPolicy(readText(value));
  return value as PolicyId; // not a known id nor a file: evaluate reports it, listing the ids
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
}

function run(command: Command, positionals: string[], values: Values, io: Io): void {
  const format = choice(values.format, FORMATS[command], FORMATS[command][0]!, 'format');
  const locale = choice<Locale>(values.locale, ['en', 'zh'], 'en', 'locale');
  const interpretations = Object.fromEntries(pairs(values.interpret, 'interpret'));
  const asOf = values['as-of'];
  const extra = positionals.slice(command === 'evaluate' || command === 'compare' || command === 'explain' ? 1 : 0);
  if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra.join(' ')}`);
  switch (command) {
    case 'evaluate': {
      const project = readProject(positionals[0], io);
      const options: EvaluateOptions = {
        policy: policyOf(values.policy),
        ...(asOf !== undefined && { asOf }),
        ...(Object.keys(interpretations).length > 0 && { interpretations }),
        ...(values.override && { overrides: overrides(values.override) }),
      };
      io.stdout(renderReport(evaluate(project, options), { format, locale }));
      return;
    }
    case 'compare': {
      const project = readProject(positionals[0], io);
      const policies = values.policies?.split(',').map((id) => id.trim()).filter(Boolean) as PolicyId[] | undefined;
      const comparison = compare(project, {
        ...(policies && { policies }),
        ...(asOf !== undefined && { asOf }),
        ...(Object.keys(interpretations).length > 0 && { interpretations }),
      });
      io.stdout(renderReport(comparison, { format, locale }));
      return;
    }
    case 'policies': {
      const ids = listPolicies(asOf === undefined ? {} : { asOf }).map((policy) => policy.id);
      if (format === 'json') io.stdout(`${JSON.stringify(ids.map((id) => exportPolicy(id)), null, 2)}\n`);
      else io.stdout(renderPolicies(asOf, locale, format === 'markdown'));
      return;
    }
    case 'schema':
      io.stdout(`${JSON.stringify(values['policy-definition'] ? policyJsonSchema() : projectJsonSchema(), null, 2)}\n`);
      return;
    case 'explain': {
      const ruleId = positionals[0];
      if (ruleId === undefined) throw new UsageError('explain needs a rule id, such as qingshan-lake-2018/project-co-investment.');
      const found = findRule(ruleId);
      if (!found) throw new UsageError(`No rule "${ruleId}"; "chip-incentives policies" lists the rules.`);
      io.stdout(format === 'json' ? `${JSON.stringify(found.rule, null, 2)}\n` : explainRule(found.policy, found.rule, locale, format === 'markdown'));
    }
  }
}

/**
 * Runs the command line on its arguments (without `node` and the script).
 * Returns the exit status: 0 on success, 1 on invalid input (every problem
 * listed with its path), 2 on a usage error. Never lets a stack trace reach
 * the user.
 */
export function main(argv: readonly string[], io: Io): number {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    (first === undefined ? io.stderr : io.stdout)(USAGE.main);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!Object.hasOwn(FORMATS, first)) {
    io.stderr(`chip-incentives: unknown command "${first}".\n\n${USAGE.main}`);
    return 2;
  }
  const command = first as Command;
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, strict: true });
    const given = Object.keys(values) as Array<keyof typeof OPTIONS>;
    const misplaced = given.filter((flag) => !ALLOWED[command].includes(flag));
    if (misplaced.length > 0) throw new UsageError(`${command} does not take --${misplaced.join(', --')}.`);
    if (values.help) {
      io.stdout(USAGE[command]);
      return 0;
    }
    run(command, positionals, values as Values, io);
    return 0;
  } catch (error) {
    if (error instanceof IncentiveInputError) {
      const count = error.issues.length === 1 ? '1 problem' : `${error.issues.length} problems`;
      io.stderr(`chip-incentives: invalid input (${count}):\n${error.issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`).join('\n')}\n`);
      return 1;
    }
    const usage = error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    if (usage) {
      io.stderr(`chip-incentives: ${(error as Error).message}\n\n${USAGE[command]}`);
      return 2;
    }
    io.stderr(`chip-incentives: internal error, please report it: ${error instanceof Error ? error.message : String(error)}\n`);
    return 3;
  }
}
