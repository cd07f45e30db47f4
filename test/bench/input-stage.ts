import { REPRESENTATIVE_PROJECT } from './representative.js';

/**
 * `npx tsx test/bench/input-stage.ts [other checkout]`: microseconds per call
 * of what `evaluate` does before the engine, on the representative project:
 * reading the arguments, resolving the options, validating the project (and
 * the engine's workload check, measured only). Medians of several rounds,
 * each a fixed number of calls. Given the path of another checkout, its
 * steps are measured too, interleaved with these in the same process, so
 * that a busy machine weighs on both alike. Not a test: a timing belongs to
 * a benchmark, never to an assertion.
 */
const ROUNDS = Number.parseInt(process.env['BENCH_ROUNDS'] ?? '11', 10);
const CALLS = Number.parseInt(process.env['BENCH_CALLS'] ?? '20000', 10);
const { project, options } = REPRESENTATIVE_PROJECT;

type Step = [string, () => unknown];

/** The steps of one checkout's source, read from its `src` folder. */
async function stepsOf(root: URL): Promise<Step[]> {
  const load = async <T>(path: string) => (await import(new URL(path, root).href)) as T;
  const { resolveOptions: resolveWith } = await load<typeof import('../../src/api/options.js')>('src/api/options.ts');
  // The registry the main entry reads ids and packs with (a checkout from before it ignores the argument).
  const { IDS_OR_PACKS } = await load<typeof import('../../src/api/registry.js')>('src/api/registry.ts');
  const resolveOptions = (settings: unknown) => resolveWith(settings, IDS_OR_PACKS);
  const { keepPackAt } = await load<typeof import('../../src/api/policy-pack.js')>('src/api/policy-pack.ts');
  const { validateWithPacks } = await load<typeof import('../../src/api/validate-with-packs.js')>('src/api/validate-with-packs.ts');
  const { unknownSourceProjects } = await load<typeof import('../../src/engine/named-projects.js')>('src/engine/named-projects.ts');
  const { checkWorkload } = await load<typeof import('../../src/engine/workload.js')>('src/engine/workload.ts');
  const { readArguments } = await load<typeof import('../../src/schema/read-arguments.js')>('src/schema/read-arguments.ts');
  const read = () => readArguments({ value: project }, { value: options, at: ['options'], keep: keepPackAt('policy') });
  const [input, settings] = read();
  const resolved = resolveOptions(settings);
  const validated = validateWithPacks(input);
  if (!resolved.ok || !validated.ok) throw new Error('the representative project or its options do not validate');
  const { pack } = resolved.options;
  const valid = validated.project;
  const asOf = resolved.options.asOf ?? valid.asOf!;
  return [
    ['readArguments (project and options)', read],
    ['resolveOptions', () => resolveOptions(settings)],
    ['validateWithPacks', () => validateWithPacks(input)],
    ['unknownSourceProjects', () => unknownSourceProjects(pack, valid)],
    ['input stage: read + options + validate', () => {
      const [copy, given] = read();
      resolveOptions(given);
      return validateWithPacks(copy);
    }],
    ['checkWorkload (engine, measured only)', () => checkWorkload(pack, valid, asOf, resolved.options)],
  ];
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
let sink = 0;
/** One round of a step: microseconds per call. */
function round(run: () => unknown): number {
  const start = process.hrtime.bigint();
  for (let call = 0; call < CALLS; call += 1) sink += run() === undefined ? 0 : 1;
  return Number(process.hrtime.bigint() - start) / 1000 / CALLS;
}

const other = process.argv[2];
const checkouts: Array<[string, Step[]]> = [['this checkout', await stepsOf(new URL('../../', import.meta.url))]];
if (other !== undefined) checkouts.push([other, await stepsOf(new URL(`file://${other.replace(/\/?$/, '/')}`))]);
const times = checkouts.map(([, steps]) => steps.map(() => [] as number[]));
for (const [, steps] of checkouts) for (const [, run] of steps) round(run);
for (let index = 0; index < ROUNDS; index += 1) {
  checkouts.forEach(([, steps], at) => steps.forEach(([, run], step) => times[at]![step]!.push(round(run))));
}
console.log(`Input stage of evaluate on the representative project: µs per call, median of ${ROUNDS} interleaved rounds of ${CALLS.toLocaleString('en')} calls`);
console.log(checkouts.map(([name]) => name.padStart(14)).join('') + '  step');
checkouts[0]![1].forEach(([name], step) => console.log(times.map((steps) => median(steps[step]!).toFixed(2).padStart(14)).join('') + `  ${name}`));
if (sink < 0) console.log(sink);
