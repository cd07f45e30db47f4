import { resolveOptions } from '../../src/api/options.js';
import { keepPackAt } from '../../src/api/policy-pack.js';
import { validateWithPacks } from '../../src/api/validate-with-packs.js';
import { unknownSourceProjects } from '../../src/engine/named-projects.js';
import { checkWorkload } from '../../src/engine/workload.js';
import { readArguments } from '../../src/schema/read-arguments.js';
import type { Project } from '../../src/schema/project-types.js';
import { REPRESENTATIVE_PROJECT } from './representative.js';

/**
 * `npx tsx test/bench/input-stage.ts`: microseconds per call of each step
 * `evaluate` takes before the engine, on the representative project (medians
 * of several rounds, each a fixed number of calls). Not a test: a timing
 * belongs to a benchmark, never to an assertion.
 */
const ROUNDS = Number.parseInt(process.env['BENCH_ROUNDS'] ?? '9', 10);
const CALLS = Number.parseInt(process.env['BENCH_CALLS'] ?? '20000', 10);
const { project, options } = REPRESENTATIVE_PROJECT;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

let sink = 0;
function microseconds(run: () => unknown): number {
  for (let call = 0; call < CALLS / 4; call += 1) sink += run() === undefined ? 0 : 1;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = process.hrtime.bigint();
    for (let call = 0; call < CALLS; call += 1) sink += run() === undefined ? 0 : 1;
    times.push(Number(process.hrtime.bigint() - start) / 1000 / CALLS);
  }
  return median(times);
}

const read = () => readArguments({ value: project }, { value: options, at: ['options'], keep: keepPackAt('policy') });
const [input, settings] = read();
const resolved = resolveOptions(settings);
if (!resolved.ok) throw new Error('the representative options do not resolve');
const validated = validateWithPacks(input);
if (!validated.ok) throw new Error('the representative project does not validate');
const valid: Project = validated.project;
const pack = resolved.options.pack;
const asOf = resolved.options.asOf ?? valid.asOf!;

const steps: Array<[string, () => unknown]> = [
  ['readArguments (project and options)', read],
  ['resolveOptions', () => resolveOptions(settings)],
  ['validateWithPacks', () => validateWithPacks(input)],
  ['unknownSourceProjects', () => unknownSourceProjects(pack, valid)],
  ['checkWorkload (engine, measured only)', () => checkWorkload(pack, valid, asOf, resolved.options)],
  ['input stage: read + options + validate', () => {
    const [copy, given] = read();
    resolveOptions(given);
    return validateWithPacks(copy);
  }],
];

console.log(`Input stage of evaluate on the representative project: µs per call, median of ${ROUNDS} rounds of ${CALLS.toLocaleString('en')} calls`);
for (const [name, run] of steps) console.log(`${microseconds(run).toFixed(2).padStart(8)}  ${name}`);
if (sink < 0) console.log(sink);
