import { evaluate } from '../api/evaluate.js';
import type { EvaluateOptions } from '../api/options.js';
import type { Assessment, LineItem } from '../engine/assessment.js';
import { Decimal } from '../money/decimal.js';
import { groupThousands, roundToCent } from '../money/money.js';
import { readAmount } from '../schema/amount.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { Money, ProjectInput } from '../schema/input-types.js';
import { formatPath, type InputIssue } from '../schema/issues.js';
import { LIMITS } from '../schema/limits.js';
import { MESSAGES } from '../schema/messages.js';
import { printable } from '../schema/printable.js';
import { parseInputPath, withValueAt } from './input-path.js';
import { readArguments } from '../schema/read-arguments.js';
import { keepPackAt } from '../api/policy-pack.js';
import { isRecord } from '../schema/is-record.js';
import { issueResult } from '../engine/results.js';
import { breakpointsWithin } from './breakpoints-within.js';
import type { Breakpoint } from './breakpoints.js';
import { resolveOptions } from '../api/options.js';
import { IDS_OR_PACKS } from '../api/registry.js';

const MAX_STEPS = 10_000;
/** Problems of a point named in the message; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 3;

/** Where to sweep: the evaluation options, the input varied, and its range. */
export interface SweepOptions extends EvaluateOptions {
  /** The dotted path of an amount of the project, such as `investment.actual`. */
  path: string;
  from: Money;
  to: Money;
  /** How many equal steps from `from` to `to` (the curve has steps + 1 points). */
  steps: number;
}

/** One item's curve: its amount at each point (`null` where unquantified or absent). */
export interface SweepSeries {
  ruleId: string;
  beneficiary?: string;
  label: string;
  amounts: Array<Decimal | null>;
  /** Whether a cap binds at each point. */
  binding: boolean[];
  /** The label in Chinese. */
  translations: { zh: { label: string } };
}

/** A project evaluated along one input. */
export interface Sweep {
  path: string;
  /** The input at each point, rounded to the cent. */
  values: Decimal[];
  /** The computed totals at each point, and the stated maximums (basis `ceiling`) apart in `ceilings`. */
  totals: { cash: Decimal[]; equity: Decimal[]; all: Decimal[]; ceilings: { cash: Decimal[]; equity: Decimal[]; all: Decimal[] } };
  items: SweepSeries[];
  /**
   * Where an item changes regime between `from` and `to`, exactly, as
   * `breakpoints` finds them; absent for a path `breakpoints` does not read.
   */
  breakpoints?: Breakpoint[];
}

const keyOf = (item: LineItem) => `${item.ruleId}\u0000${item.beneficiary ?? ''}`;

/** The project's fields that count (months, years): a sweep along one writes whole numbers as numbers, as the field takes them. */
const COUNT_FIELDS: ReadonlySet<string> = new Set(['months', 'years', 'termMonths', 'holdingYears']);

/** A point's value as the field at the path takes it: a number for a count, a decimal string for an amount. */
function fieldValue(segments: readonly string[], value: Decimal): string | number {
  return COUNT_FIELDS.has(segments.at(-1)!) ? value.toNumber() : value.toFixed();
}

/** The project evaluated with one input set to a value; a point where it is not valid is reported at the path. */
function evaluateAt(project: ProjectInput, segments: readonly string[], value: Decimal, path: string, options: EvaluateOptions): Assessment {
  const issues: InputIssue[] = [];
  const varied = withValueAt(project, segments, fieldValue(segments, value), issues);
  if (issues.length > 0) throw new IncentiveInputError(issues);
  try {
    return evaluate(varied as ProjectInput, options);
  } catch (error) {
    if (!(error instanceof IncentiveInputError)) throw error;
    // The first problems, each a sentence: enough to act on, in a message of bounded length.
    const shown = error.issues.slice(0, MAX_PROBLEMS_SHOWN).map((issue) => `${formatPath(issue.path)}: ${printable(issue.message, 200)}`);
    const more = error.issues.length - shown.length;
    const problems = [...shown, ...(more > 0 ? [`(and ${more} more)`] : [])].join(' ');
    throw new IncentiveInputError([{ code: 'inconsistent', path: ['options', 'path'], message: MESSAGES.sweepPoint(path, value.toFixed(), problems) }]);
  }
}

/**
 * Evaluates a project along one of its amounts, from `from` to `to` in
 * `steps` equal steps (each value rounded to the cent), and returns the curve
 * of every item and of the totals. Every other input stays as given.
 *
 * @param project - the project (see `ProjectInput`)
 * @param options - the evaluation options, the path, the range and the steps
 * @returns the input values, the totals and one series per item
 * @throws {IncentiveInputError} for a bad path or range, or a project that is not valid at some point
 *
 * @example
 * sweep(project, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: 0, to: '200000000', steps: 4 })
 *   .totals.cash.map(String);
 * //=> ['0', '15000000', '30000000', '30000000', '30000000']
 */
export function sweep(project: ProjectInput, options: SweepOptions): Sweep {
  const [input, settings] = readArguments({ value: project }, { value: options, at: ['options'], keep: keepPackAt('policy') });
  const issues: InputIssue[] = [];
  if (!isRecord(settings)) throw new IncentiveInputError([{ code: 'invalid_type', path: ['options'], message: MESSAGES.object(settings) }]);
  const raw = settings as Partial<SweepOptions>;
  const segments = parseInputPath(raw.path);
  if (!segments) issues.push({ code: 'invalid_format', path: ['options', 'path'], message: MESSAGES.inputPath(raw.path) });
  const from = readAmount(raw.from);
  const to = readAmount(raw.to);
  if (!from.ok) issues.push({ code: from.code, path: ['options', 'from'], message: from.message });
  if (!to.ok) issues.push({ code: to.code, path: ['options', 'to'], message: to.message });
  const steps = raw.steps;
  if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) {
    issues.push({ code: 'out_of_range', path: ['options', 'steps'], message: MESSAGES.sweepSteps(MAX_STEPS) });
  }
  if (issues.length > 0 || !segments || !from.ok || !to.ok || typeof steps !== 'number') throw new IncentiveInputError(issues);

  const { path, from: _from, to: _to, steps: _steps, ...evaluation } = raw as SweepOptions;
  // The evaluation options are checked once, before any point: a misspelt option or a bad override is the
  // options' own problem, not a problem of the project at the first point.
  const resolved = resolveOptions(evaluation, IDS_OR_PACKS);
  if (!resolved.ok) throw new IncentiveInputError(resolved.issues);
  const step = to.value.minus(from.value).dividedBy(steps);
  const values = Array.from({ length: steps + 1 }, (_, k) => (k === steps ? to.value : roundToCent(from.value.plus(step.times(k)))));
  const series = new Map<string, SweepSeries>();
  const totals: Sweep['totals'] = { cash: [], equity: [], all: [], ceilings: { cash: [], equity: [], all: [] } };
  // One assessment at a time, folded into the curves and let go: memory holds the curves, not every point's items.
  values.forEach((value, point) => {
    const assessment = evaluateAt(input as ProjectInput, segments, value, path, evaluation as EvaluateOptions);
    const fresh = new Set(assessment.items.map(keyOf).filter((key) => !series.has(key))).size;
    const recorded = (series.size + fresh) * values.length;
    if (recorded > LIMITS.maxSweepValues) {
      throw new IncentiveInputError([{
        code: 'too_many',
        path: ['options', 'steps'],
        message: MESSAGES.tooManySweepValues(groupThousands(String(recorded)), groupThousands(String(LIMITS.maxSweepValues))),
      }]);
    }
    for (const item of assessment.items) {
      let entry = series.get(keyOf(item));
      if (!entry) {
        entry = {
          ruleId: item.ruleId,
          ...(item.beneficiary !== undefined && { beneficiary: item.beneficiary }),
          label: item.label,
          amounts: values.map(() => null),
          binding: values.map(() => false),
          translations: { zh: { label: item.translations.zh.label } },
        };
        series.set(keyOf(item), entry);
      }
      entry.amounts[point] = item.amount;
      entry.binding[point] = item.caps.some((cap) => cap.binding);
    }
    for (const kind of ['cash', 'equity', 'all'] as const) {
      totals[kind].push(assessment.totals[kind]);
      totals.ceilings[kind].push(assessment.totals.ceilings[kind]);
    }
  });
  // Read at the first point, which the sweep has shown to be a valid project.
  const first = withValueAt(input as ProjectInput, segments, values[0]!.toFixed(), []) as ProjectInput;
  const found = breakpointsWithin(first, path, evaluation as EvaluateOptions, from.value, to.value);
  return issueResult({
    path,
    values: values.map((value) => new Decimal(value)),
    totals,
    items: [...series.values()],
    ...(found && { breakpoints: found }),
  }, 'sweep');
}
