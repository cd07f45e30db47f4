import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ProjectInput } from '../../src/index.js';
import { disagreements } from './agreement.js';
import { bundleSizes, sizeLines, sizeTargets } from './bundle-size.js';
import { jsonRulesQingshan } from './json-rules.js';
import { nativeQingshan } from './native.js';
import { readingsOf, SIMPLE_PROJECT, type BenchProject } from './project.js';
import { REPRESENTATIVE_PROJECT } from './representative.js';
import { target, type Target } from './targets.js';
import { allResultsNumbers, timedSlice, type Timed } from './timed-slice.js';

/**
 * `npm run bench`: operations per second of the library, a native-number
 * reference and json-rules-engine, side by side and interleaved in one
 * process, as medians over rounds, on the simple and the representative
 * project; then the batch, the cold import and the size of a user's bundle,
 * each against the targets of the compiled engine. Not part of `npm test`:
 * timings belong here.
 */
// The built package, as users get it (imported by URL so that the typecheck does not need a build).
const root = new URL('../../', import.meta.url);
const distUrl = new URL('dist/index.js', root).href;
const { evaluate, listPolicies, exportPolicy, toJSON } = (await import(distUrl)) as typeof import('../../src/index.js');

const ROUNDS = Number.parseInt(process.env['BENCH_ROUNDS'] ?? '7', 10);
const IMPORTS = Number.parseInt(process.env['BENCH_IMPORTS'] ?? '11', 10);
const SLICE_MS = 400;
const PROJECTS = [SIMPLE_PROJECT, REPRESENTATIVE_PROJECT];
const load = () => loadavg().map((value) => value.toFixed(2)).join(', ');

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}`);
console.log(`Load average at the start (1, 5, 15 min): ${load()}`);

// The float references must compute what the library does, to the cent, on both projects; otherwise no ratio means anything.
const disagreeing = [];
for (const bench of PROJECTS) {
  const assessment = evaluate(bench.project, bench.options);
  for (const [name, result] of [['native', nativeQingshan(bench.project, bench.asOf, readingsOf(bench))],
    ['json-rules-engine', await jsonRulesQingshan(bench.project, bench.asOf, readingsOf(bench))]] as const) {
    disagreeing.push(...disagreements(assessment, result).map((line) => `${bench.label} project, ${name}: ${line}`));
  }
}
if (disagreeing.length > 0) {
  console.error(`Refusing to report: the float references do not compute what evaluate does.\n${disagreeing.join('\n')}`);
  process.exit(1);
}
console.log('The float references agree with evaluate to the cent on both projects (each rule, cash and equity).');
console.log(`Rounds: ${ROUNDS}, interleaved slices of ${SLICE_MS} ms (medians)\n`);

type Case = { project: BenchProject; name: string } & Timed;
const sizeOf = (items: readonly unknown[]) => items.length;
const casesOf = (bench: BenchProject): Case[] => {
  const { project, options, asOf } = bench;
  const readings = readingsOf(bench);
  return [
    { project: bench, name: 'evaluate (validation, items, caps, citations; trace and schedules when read)', run: () => sizeOf(evaluate(project, options).items) },
    { project: bench, name: 'native-number reference (parses the same strings; float cents)', run: () => nativeQingshan(project, asOf, readings).cash },
    { project: bench, name: 'json-rules-engine (parses the same strings; float cents)', run: async () => (await jsonRulesQingshan(project, asOf, readings)).cash, async: true },
  ];
};
const { project: representative, options: representativeOptions } = REPRESENTATIVE_PROJECT;
const cases: Case[] = [
  ...casesOf(SIMPLE_PROJECT),
  ...casesOf(REPRESENTATIVE_PROJECT),
  // What the parts computed on demand cost, when they are read.
  { project: REPRESENTATIVE_PROJECT, name: 'evaluate + every formula and trace read',
    run: () => sizeOf(evaluate(representative, representativeOptions).items.map((item) => item.formula.length + item.trace.length)) },
  { project: REPRESENTATIVE_PROJECT, name: 'evaluate + every schedule read',
    run: () => sizeOf(evaluate(representative, representativeOptions).items.map((item) => (item.status === 'unquantified' ? 0 : item.schedule?.length))) },
  { project: REPRESENTATIVE_PROJECT, name: 'evaluate + toJSON (everything computed and serialized)',
    run: () => sizeOf(toJSON(evaluate(representative, representativeOptions)).items) },
];

const slice = async (entry: Case) => (await timedSlice(entry, SLICE_MS)).wall;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;
const perOp = (value: number) => `${(1e6 / value).toFixed(2)} µs`;

// Warm up every case, then interleave: each round runs every case once, in a rotating order.
for (const entry of cases) await slice(entry);
const results = new Map<Case, number[]>(cases.map((entry) => [entry, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (let k = 0; k < cases.length; k += 1) {
    const entry = cases[(round + k) % cases.length]!;
    results.get(entry)!.push(await slice(entry));
  }
}
const medians = new Map([...results].map(([entry, values]) => [entry, median(values)]));
const ratios = new Map<BenchProject, { library: number; native: number; jre: number }>();
for (const bench of PROJECTS) {
  console.log(`${bench.label} project (${bench.project.name}${bench.options.interpretations ? `, ${JSON.stringify(bench.options.interpretations)}` : ', default readings'}):`);
  const own = cases.filter((entry) => entry.project === bench);
  for (const entry of own) console.log(`${rate(medians.get(entry)!).padStart(14)} ${perOp(medians.get(entry)!).padStart(12)}  ${entry.name}`);
  const [library, native, jre] = own.slice(0, 3).map((entry) => medians.get(entry)!) as [number, number, number];
  ratios.set(bench, { library, native, jre });
  console.log(`  evaluate / json-rules-engine: ${(library / jre).toFixed(2)}x; native / evaluate: ${(native / library).toFixed(1)}x\n`);
}

// Exactness at the cent: how often the float implementations are wrong, on generated projects with cents.
let state = 7;
// The high bits of a linear congruential generator (its low bits repeat with a short period).
const next = (max: number) => Math.floor(((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32) * max);
const withCents = (max: number, from = 0) => `${from + next(max)}.${String(next(100)).padStart(2, '0')}`;
const CENT_CHECKS = 10_000;
let nativeWrong = 0;
let jreWrong = 0;
for (let i = 0; i < CENT_CHECKS; i += 1) {
  const base = SIMPLE_PROJECT.project;
  const project: ProjectInput = {
    ...base,
    investment: { actual: withCents(400_000_000, 50_000_000), infrastructure: withCents(50_000_000) },
    talents: [
      { name: 'Founder', highLevel: true, housingPurchase: { price: withCents(700_000) } },
      { name: 'Engineer', qualified: true, rent: { monthly: withCents(2_500), start: '2019-01-31', months: 1 + next(36) } },
    ],
    talentStartup: { ...base.talentStartup!, loans: [{ principal: withCents(20_000_000), annualRate: '0.0435', years: 3 }] },
  };
  const exact = toJSON(evaluate(project, SIMPLE_PROJECT.options)).totals.cash;
  if (nativeQingshan(project, SIMPLE_PROJECT.asOf, readingsOf(SIMPLE_PROJECT)).cash.toFixed(2) !== exact) nativeWrong += 1;
  if ((await jsonRulesQingshan(project, SIMPLE_PROJECT.asOf, readingsOf(SIMPLE_PROJECT))).cash.toFixed(2) !== exact) jreWrong += 1;
}
const percent = (wrong: number) => `${((wrong / CENT_CHECKS) * 100).toFixed(1)}%`;
console.log(`cash total wrong at the cent on ${CENT_CHECKS.toLocaleString('en')} generated projects: native ${percent(nativeWrong)}, ` +
  `json-rules-engine ${percent(jreWrong)}, evaluate 0% (checked against an integer computation in npm test)`);

// The batch, in a process of its own.
const count = process.env['BENCH_BATCH'] ?? '1000000';
const batch = JSON.parse(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(new URL('./batch.mjs', import.meta.url)), count], { encoding: 'utf8' })) as {
  count: number; seconds: number; peakRssMb: number; samples: Array<{ at: number; rssMb: number; liveHeapMb: number }>; failed: number;
};
console.log(`\nevaluateMany, ${batch.count.toLocaleString('en')} generated projects: ${batch.seconds.toFixed(1)} s, ` +
  `peak RSS ${batch.peakRssMb.toFixed(0)} MB, ${batch.failed} invalid`);
console.log(`  RSS along the batch: ${batch.samples.map((s) => `${(s.at / 1000).toFixed(0)}k: ${s.rssMb.toFixed(0)} MB`).join(', ')}`);
console.log(`  live heap after a full collection: ${batch.samples.map((s) => `${s.liveHeapMb.toFixed(1)} MB`).join(', ')}`);
// Flat: from the first checkpoint on, the live heap never grows by more than 10% of it (or 2 MB, for a small heap).
const [first, ...later] = batch.samples.map((s) => s.liveHeapMb);
const growth = Math.max(0, ...later.map((value) => value - first!));
const flat = growth <= Math.max(2, first! * 0.1);
const MILLION = 1_000_000;
const millionSeconds = (batch.seconds * MILLION) / batch.count;

// Cold import: a fresh process each time, the median of several, the two entries alternating. The target is
// that of a user's evaluate with one pack (the core entry and the pack's entry), as the bundle's; the main
// entry, which carries every pack and the validators of definitions (zod, yaml), is reported beside it.
const coreEntry = new URL('dist/core.js', root).href;
const packEntry = new URL('dist/packs/qingshan-lake-2018.js', root).href;
const timedImport = (urls: readonly string[]) => Number.parseFloat(execFileSync(process.execPath, ['--input-type=module', '-e',
  `const t = performance.now(); ${urls.map((url) => `await import(${JSON.stringify(url)});`).join(' ')} console.log(performance.now() - t);`],
  { encoding: 'utf8' }));
const imports: number[] = [];
const coreImports: number[] = [];
for (let run = 0; run < IMPORTS; run += 1) {
  coreImports.push(timedImport([coreEntry, packEntry]));
  imports.push(timedImport([distUrl]));
}
const spread = (values: number[]) => `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)})`;
console.log(`\ncold import, median of ${IMPORTS} fresh processes each: evaluate with one pack (dist/core.js and ` +
  `dist/packs/qingshan-lake-2018.js) ${spread(coreImports)}; the main entry (dist/index.js) ${spread(imports)}`);

// A user's bundle: evaluate with one pack, minified and gzipped; then with the testing entry beside it.
const sizes = await bundleSizes(root);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\n${sizeLines(sizes).join('\n')}`);
const own = readFileSync(new URL('dist/index.js', root));
console.log(`package's own code (dist/index.js, dependencies apart): ${kb(own.length)}, ${kb(gzipSync(own).length)} gzipped`);
// Of which the policy packs as data: verbatim source sentences, parameters with their citations, texts in two languages.
const packs = Buffer.from(JSON.stringify(listPolicies().map((summary) => exportPolicy(summary.id))));
console.log(`  of which the built-in packs as JSON data: ${kb(packs.length)}, ${kb(gzipSync(packs).length)} gzipped`);

const { library, native, jre } = ratios.get(REPRESENTATIVE_PROJECT)!;
const targets: Target[] = [
  target('evaluate, full validated assessment of the representative project', rate(library), 'at least 100,000/s', library >= 100_000),
  target('evaluate / json-rules-engine, representative project', `${(library / jre).toFixed(2)}x`, 'at least 10x', library / jre >= 10),
  target('native reference / evaluate, representative project', `${(native / library).toFixed(1)}x`, 'at most 20x', native / library <= 20),
  // A shortened batch (BENCH_BATCH) is scaled to the 1,000,000 of the target, and says so.
  target('1,000,000 projects through evaluateMany', batch.count === MILLION ? `${batch.seconds.toFixed(1)} s`
    : `${millionSeconds.toFixed(1)} s, scaled from ${batch.count.toLocaleString('en')}`, 'at most 15 s', millionSeconds <= 15),
  target('peak RSS of that batch', `${batch.peakRssMb.toFixed(0)} MB`, 'at most 160 MB', batch.peakRssMb <= 160),
  target('memory along the batch (live heap after a full collection)', `${first!.toFixed(1)} MB at the first checkpoint, grows by ${growth.toFixed(1)} MB at most`,
    'flat (within 10% or 2 MB)', flat),
  ...sizeTargets(sizes),
  target('cold import of evaluate with one pack (chip-incentives/core, chip-incentives/packs/qingshan-lake-2018)', `${median(coreImports).toFixed(1)} ms`,
    'at most 150 ms', median(coreImports) <= 150),
];
if (!allResultsNumbers()) console.log('(a result was not a number)');
console.log('\nTargets (issue: a compiled engine); exactness (fixtures, differential tests) is checked by npm test, not here:');
for (const line of targets) console.log(line.text);
console.log(`\n${targets.filter((line) => line.met).length} of ${targets.length} targets met. Load average at the end: ${load()}.`);
