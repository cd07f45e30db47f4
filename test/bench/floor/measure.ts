import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDecimal } from '../../../src/money/decimal.js';
import { centsDecimal, unfrozenCentsDecimal } from './decimals.js';
import { REPRESENTATIVE_PROJECT } from '../representative.js';
import { jsonRulesQingshan } from '../json-rules.js';
import { readingsOf } from '../project.js';
import { allResultsNumbers, timedSlice, type Timed } from '../timed-slice.js';
import { computeAmounts } from './amounts.js';
import { floorEvaluate } from './floor.js';
import { readProject } from './read.js';
import { buildResult, buildUnfrozen } from './result.js';

/**
 * The floor of a compiled engine, measured: `evaluate` of the built package
 * beside the floor prototype, whole and by parts, on the representative
 * project, interleaved in one process, medians of rounds of 400 ms slices (as
 * test/bench/main.ts measures); then 1,000,000 prototype calls in a process
 * of their own. Run: `npm run build && npx tsx test/bench/floor/measure.ts`
 * (FLOOR_ROUNDS, FLOOR_BATCH to change the rounds and the batch; FLOOR_EVALUATE_MANY=0 to leave
 * out the library's own batch on the same projects).
 */
const root = new URL('../../../', import.meta.url);
const { evaluate } = (await import(new URL('dist/index.js', root).href)) as typeof import('../../../src/index.js');

const ROUNDS = Number.parseInt(process.env['FLOOR_ROUNDS'] ?? '9', 10);
const SLICE_MS = 400;
const load = () => loadavg().map((value) => value.toFixed(2)).join(', ');
const { project, options } = REPRESENTATIVE_PROJECT;

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; Node ${process.version}`);
console.log(`Load average at the start (1, 5, 15 min): ${load()}`);

const reading = readProject(project, options);
const amounts = computeAmounts(reading);
const lazyParts = (items: ReadonlyArray<{ formula: string; trace: readonly unknown[]; schedule?: readonly unknown[] | undefined }>) => {
  let size = 0;
  for (const item of items) size += item.formula.length + item.trace.length + (item.schedule?.length ?? 0);
  return size;
};

/** The Decimals one result builds: those reachable from it (computed parts apart) that a second result does not share. */
function decimalsOf(value: unknown, into = new Set<object>(), seen = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return into;
  seen.add(value);
  if (isDecimal(value)) return into.add(value);
  for (const key of Object.keys(value)) decimalsOf((value as Record<string, unknown>)[key], into, seen);
  return into;
}
const shared = decimalsOf(floorEvaluate(project, options));
const built = [...decimalsOf(floorEvaluate(project, options))].filter((decimal) => !shared.has(decimal)).length;
const SAMPLE_CENTS = Array.from({ length: built }, (_, index) => 38_000_000_055 + index * 7_919);

type Case = { name: string } & Timed;
const cases: Case[] = [
  { name: 'evaluate (dist), representative project', run: () => evaluate(project, options).items.length },
  { name: 'floor prototype, whole (read + compute + frozen result)', run: () => floorEvaluate(project, options).items.length },
  { name: '  part: validation + reading only', run: () => readProject(project, options).talents.length },
  { name: '  part: computing the amounts only (integers)', run: () => computeAmounts(reading).rent.length },
  { name: '  part: building the frozen result only (from the amounts)', run: () => buildResult(reading, amounts).items.length },
  { name: `  of which: the ${built} Decimals one result builds (centsDecimal)`, run: () => {
    let digits = 0;
    for (const cents of SAMPLE_CENTS) digits += (centsDecimal(cents) as unknown as { e: number }).e;
    return digits;
  } },
  { name: `  of which: the same ${built} Decimals NOT frozen`, run: () => {
    let digits = 0;
    for (const cents of SAMPLE_CENTS) digits += (unfrozenCentsDecimal(cents) as unknown as { e: number }).e;
    return digits;
  } },
  { name: 'floor prototype, whole, result NOT frozen', run: () => { const read = readProject(project, options); return buildUnfrozen(read, computeAmounts(read)).items.length; } },
  { name: '  part: building the result NOT frozen only', run: () => buildUnfrozen(reading, amounts).items.length },
  { name: 'evaluate (dist) + every formula, trace and schedule read', run: () => lazyParts(evaluate(project, options).items as never) },
  { name: 'floor prototype + every formula, trace and schedule read', run: () => lazyParts(floorEvaluate(project, options).items) },
  { name: 'json-rules-engine (as in npm run bench)', run: async () => (await jsonRulesQingshan(project, REPRESENTATIVE_PROJECT.asOf, readingsOf(REPRESENTATIVE_PROJECT))).cash, async: true },
];

const slice = (entry: Case) => timedSlice(entry, SLICE_MS);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const entry of cases) await slice(entry);
const results = new Map<Case, { wall: number[]; cpu: number[] }>(cases.map((entry) => [entry, { wall: [], cpu: [] }]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (let k = 0; k < cases.length; k += 1) {
    const entry = cases[(round + k) % cases.length]!;
    const measured = await slice(entry);
    results.get(entry)!.wall.push(measured.wall);
    results.get(entry)!.cpu.push(measured.cpu);
  }
}
console.log(`\nRounds: ${ROUNDS}, interleaved slices of ${SLICE_MS} ms. Medians of wall time (the fastest and slowest round in brackets), ` +
  'then the median per second of the process\'s CPU time (user + system, all its threads)\n');
const rate = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;
const perOp = (value: number) => `${(1e6 / value).toFixed(2)} µs`;
for (const [entry, { wall, cpu }] of results) {
  const middle = median(wall);
  console.log(`${rate(middle).padStart(12)} ${perOp(middle).padStart(11)} (${perOp(Math.max(...wall))}-${perOp(Math.min(...wall))})  ` +
    `cpu: ${rate(median(cpu)).padStart(12)} ${perOp(median(cpu)).padStart(11)}  ${entry.name}`);
}
const evaluateRate = median(results.get(cases[0]!)!.wall);
const floorRate = median(results.get(cases[1]!)!.wall);
const floorCpu = median(results.get(cases[1]!)!.cpu);
console.log(`\nfloor / evaluate (wall): ${(floorRate / evaluateRate).toFixed(1)}x; the target (100,000/s) by wall time ${floorRate >= 100_000 ? 'met' : 'not met'} ` +
  `by the floor (${(floorRate / 100_000).toFixed(2)}x of it), by CPU time ${floorCpu >= 100_000 ? 'met' : 'not met'} (${(floorCpu / 100_000).toFixed(2)}x of it)`);
const jre = median(results.get(cases.at(-1)!)!.wall);
const unfrozen = median(results.get(cases.find((entry) => entry.name.startsWith('floor prototype, whole, result NOT'))!)!.wall);
console.log(`floor / json-rules-engine (wall): ${(floorRate / jre).toFixed(1)}x, the result not frozen ${(unfrozen / jre).toFixed(1)}x ` +
  `(the target of evaluate: at least 10x); evaluate / json-rules-engine: ${(evaluateRate / jre).toFixed(2)}x`);
console.log(`Load average after the rounds: ${load()}`);
if (!allResultsNumbers()) console.log('(a result was not a number)');

// The batch, in a process of its own so that its peak memory is its own.
const count = process.env['FLOOR_BATCH'] ?? '1000000';
const batchScript = fileURLToPath(new URL('./batch.ts', import.meta.url));
const tsx = fileURLToPath(new URL('node_modules/tsx/dist/cli.mjs', root));
const totals = new Map<string, string>();
const modes = process.env['FLOOR_EVALUATE_MANY'] === '0' ? ['generate', 'floor'] : ['generate', 'floor', 'evaluateMany'];
for (const mode of modes) {
  const batch = JSON.parse(execFileSync(process.execPath, [tsx, batchScript, count, mode], { encoding: 'utf8' })) as {
    count: number; seconds: number; cpuSeconds: number; peakRssMb: number; refused: number; cents: string;
  };
  totals.set(mode, batch.cents);
  const what = { generate: 'generating the projects alone', floor: 'floor prototype', evaluateMany: 'evaluateMany (dist)' }[mode];
  console.log(`\n${what}, ${batch.count.toLocaleString('en')} generated projects of the representative shape: ` +
    `${batch.seconds.toFixed(2)} s (CPU ${batch.cpuSeconds.toFixed(2)} s), peak RSS ${batch.peakRssMb.toFixed(0)} MB${mode === 'generate' ? '' : `, ${batch.refused} refused or invalid`}`);
}
if (totals.has('evaluateMany')) {
  console.log(`\nthe sum of the cash totals, in cents: floor ${totals.get('floor')}, evaluateMany ${totals.get('evaluateMany')} ` +
    `(${totals.get('floor') === totals.get('evaluateMany') ? 'the same' : 'DIFFERENT'})`);
}
console.log(`Load average at the end: ${load()}`);
