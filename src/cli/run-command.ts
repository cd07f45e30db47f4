import { compare } from '../api/compare.js';
import { printableJson } from '../schema/printable.js';
import { evaluate } from '../api/evaluate.js';
import { opportunities } from '../api/opportunities.js';
import { renderOpportunities } from '../report/render-opportunities.js';
import { exportPolicy } from '../api/export-policy.js';
import { listPolicies } from '../api/list-policies.js';
import type { EvaluateOptions } from '../api/options.js';
import type { ReportFormat } from '../report/render-report.js';
import { renderReport as renderHtmlReport } from '../html/index.js';
import type { Locale } from '../report/texts.js';
import type { ProjectInput } from '../schema/input-types.js';
import { parseJsonText } from '../schema/parse-json.js';
import { policyJsonSchema } from '../schema/json-schema.js';
import { projectJsonSchema } from '../api/project-json-schema.js';
import { didYouMean } from '../schema/suggest.js';
import type { Values } from './arguments.js';
import { UsageError } from './errors.js';
import { explainRule } from './explain.js';
import { findRule } from './find-rule.js';
import { interpretations } from './interpretation-option.js';
import { overrides } from './override-option.js';
import { renderPolicies } from './policies.js';
import { policyArgument } from './policy-argument.js';
import { readSource } from './read-source.js';
import { shown } from './shown.js';
import { renderSource } from './source.js';
import type { Command } from './usage.js';


/** A value as the JSON the CLI writes: indented, every unprintable character escaped, one line feed at the end. */
const jsonText = (value: unknown) => `${printableJson(JSON.stringify(value, null, 2))}\n`;
/** What a command reads and where it writes. */
export interface CommandIo {
  write: (text: string) => void;
  readStdin: () => string;
  stdinIsTty: boolean;
}

const FORMATS: Record<Command, ReadonlyArray<ReportFormat | 'html'>> = {
  evaluate: ['text', 'markdown', 'csv', 'json', 'html'],
  compare: ['text', 'markdown', 'csv', 'json', 'html'],
  opportunities: ['text', 'markdown', 'csv', 'json'],
  policies: ['text', 'markdown', 'json'],
  schema: ['json'],
  explain: ['text', 'markdown', 'json'],
  source: ['text', 'markdown', 'json'],
};

/** The commands, in the order the help lists them. */
export const COMMANDS = Object.keys(FORMATS) as Command[];

function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got ${shown(value)}.${didYouMean(value, allowed)}`);
}

function readProject(path: string | undefined, io: CommandIo): ProjectInput {
  if (path === undefined && io.stdinIsTty) throw new UsageError('Give the project: a JSON file, or "-" to read it from standard input.');
  const text = path === undefined || path === '-'
    ? readSource({ read: io.readStdin, name: 'standard input' }, 'project', () => new UsageError('No standard input.'))
    : readSource(path, 'project', () => new UsageError(`No such file: ${shown(path)}.`));
  return parseJsonText(text, 'project') as ProjectInput;
}

function policyList(value: string | undefined): EvaluateOptions['policy'][] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) throw new UsageError(`--policies names no policy; got ${shown(value)}. Give ids separated by commas, such as qingshan-lake-2018,jiashan-2023.`);
  return names.map((name) => policyArgument(name, 'policies'));
}

/**
 * Runs one command on its parsed arguments, writing its output through `io`.
 *
 * @param command - the command
 * @param positionals - its positional arguments
 * @param values - its options
 * @param io - where it writes, and its standard input
 * @returns nothing; the output is written
 * @throws {UsageError}, {IncentiveInputError} or an I/O error, which `main` turns into an exit status
 *
 * @example
 * runCommand('policies', [], { 'as-of': '2010-01-01' }, io); // writes "No policy is in force on 2010-01-01: …"
 */
export function runCommand(command: Command, positionals: readonly string[], values: Values, io: CommandIo): void {
  const format = choice(values.format, FORMATS[command], FORMATS[command][0]!, 'format');
  const locale = choice<Locale>(values.locale, ['en', 'zh'], 'en', 'locale');
  const asOf = values['as-of'];
  const extra = positionals.slice(['evaluate', 'compare', 'opportunities', 'explain', 'source'].includes(command) ? 1 : 0);
  if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra.map((argument) => shown(argument)).join(' ')}.`);
  const chosen = interpretations(values.interpret);
  switch (command) {
    case 'evaluate':
    case 'opportunities': {
      if (values.policy === undefined) throw new UsageError(`${command} needs --policy <id|pack.json|pack.yaml>; "chip-incentives policies" lists the ids.`);
      const policy = policyArgument(values.policy, 'policy');
      const project = readProject(positionals[0], io);
      const replaced = overrides(values.override, typeof policy === 'string' ? exportPolicy(policy) : policy.definition);
      const options: EvaluateOptions = {
        policy,
        ...(asOf !== undefined && { asOf }),
        ...(chosen && { interpretations: chosen }),
        ...(replaced && { overrides: replaced }),
      };
      io.write(command === 'evaluate'
        ? renderHtmlReport(evaluate(project, options), { format, locale })
        : renderOpportunities(opportunities(project, options), format as ReportFormat, locale));
      return;
    }
    case 'compare': {
      const policies = policyList(values.policies);
      const project = readProject(positionals[0], io);
      io.write(renderHtmlReport(compare(project, {
        ...(policies && { policies }),
        ...(asOf !== undefined && { asOf }),
        ...(chosen && { interpretations: chosen }),
        ...(values.opportunities && { opportunities: true }),
      }), { format, locale }));
      return;
    }
    case 'policies': {
      if (format !== 'json') io.write(renderPolicies(asOf, locale, format === 'markdown'));
      else io.write(jsonText(listPolicies(asOf === undefined ? {} : { asOf }).map((policy) => exportPolicy(policy.id))));
      return;
    }
    case 'schema': {
      if (values.policy !== undefined && values['policy-definition']) throw new UsageError('Give --policy (a project for that policy) or --policy-definition, not both.');
      const policy = values.policy === undefined ? undefined : policyArgument(values.policy, 'policy');
      const schema = values['policy-definition'] ? policyJsonSchema() : projectJsonSchema(policy === undefined ? {} : { policy });
      io.write(jsonText(schema));
      return;
    }
    case 'explain': {
      const ruleId = positionals[0];
      if (ruleId === undefined) throw new UsageError('explain needs a rule id, such as qingshan-lake-2018/project-co-investment.');
      const found = findRule(ruleId, values.policy === undefined ? undefined : policyArgument(values.policy, 'policy'));
      io.write(format === 'json' ? jsonText(found.rule) : explainRule(found.policy, found.rule, locale, format === 'markdown'));
      return;
    }
    case 'source': {
      const policyId = positionals[0];
      if (policyId === undefined) throw new UsageError('source needs a policy id, such as qingshan-lake-2018; "chip-incentives policies" lists the ids.');
      io.write(renderSource(policyId, locale, format as 'text' | 'markdown' | 'json'));
    }
  }
}
