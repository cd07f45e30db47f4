import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { jsonRulesQingshan } from './json-rules.js';
import { nativeQingshan } from './native.js';
import { BENCH_PROJECT, NUMERIC_PROJECT } from './project.js';

/**
 * `npm run bench`: operations per second of the library, a native-number
 * reference and json-rules-engine, side by side and interleaved in one
 * process, as medians over rounds; then the batch, the cold import and the
 * size of the package's own code. Not part of `npm test`: timings belong here.
 */
// The built package, as users get it (imported by URL so that the typecheck does not need a build).
const distUrl = new URL('../../dist/index.js', import.meta.url).href;
const { evaluate, exportPolicy, listPolicies, toJSON } = (await import(distUrl)) as typeof import('../../src/index.js');

const ROUNDS = Number.parseInt(process.env['BENCH_ROUNDS'] ?? '7', 10);
const SLICE_MS = 400;
const policy = 'qingshan-lake-2018' as const;

type Case = { name: string; run: () => unknown; async?: false } | { name: string; run: () => Promise<unknown>; async: true };

const cases: Case[] = [
  { name: 'evaluate (validation, items, caps, citations; trace and schedules when read)', run: () => evaluate(BENCH_PROJECT, { policy }) },
  { name: 'native-number reference (float cents)', run: () => nativeQingshan(NUMERIC_PROJECT) },
  { name: 'json-rules-engine (float cents)', run: () => jsonRulesQingshan(NUMERIC_PROJECT), async: true },
  // What the parts computed on demand cost, when they are read.
  { name: 'evaluate + every formula and trace read', run: () => evaluate(BENCH_PROJECT, { policy }).items.map((item) => item.trace.length) },
  { name: 'evaluate + every schedule read', run: () => evaluate(BENCH_PROJECT, { policy }).items.map((item) => (item.status === 'unquantified' ? 0 : item.schedule?.length)) },
  { name: 'evaluate + toJSON (everything computed and serialized)', run: () => toJSON(evaluate(BENCH_PROJECT, { policy })) },
];

async function slice(entry: Case): Promise<number> {
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < SLICE_MS) {
    for (let i = 0; i < 100; i += 1) {
      if (entry.async) await entry.run();
      else entry.run();
    }
    count += 100;
    now = performance.now();
  }
  return (count / (now - start)) * 1000;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const rate = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}`);
console.log(`Rounds: ${ROUNDS}, interleaved slices of ${SLICE_MS} ms (medians)\n`);

// Warm up every case, then interleave: each round runs every case once, in a rotating order.
for (const entry of cases) await slice(entry);
const results = new Map<string, number[]>(cases.map((entry) => [entry.name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (let k = 0; k < cases.length; k += 1) {
    const entry = cases[(round + k) % cases.length]!;
    results.get(entry.name)!.push(await slice(entry));
  }
}
const medians = new Map([...results].map(([name, values]) => [name, median(values)]));
const perOp = (value: number) => `${(1e6 / value).toFixed(2)} µs`;
for (const [name, value] of medians) console.log(`${rate(value).padStart(14)} ${perOp(value).padStart(12)}  ${name}`);
const library = medians.get(cases[0]!.name)!;
const native = medians.get(cases[1]!.name)!;
const jre = medians.get(cases[2]!.name)!;
console.log(`\nevaluate / json-rules-engine: ${(library / jre).toFixed(2)}x (target at least 10x)`);
console.log(`native / evaluate: ${(native / library).toFixed(1)}x (target at most 20x)`);
console.log(`evaluate: ${rate(library)} (target at least 100,000/s)`);

// Exactness at the cent: how often the float implementations are wrong, on generated projects with cents.
let state = 7;
// The high bits of a linear congruential generator (its low bits repeat with a short period).
const next = (max: number) => Math.floor(((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32) * max);
const withCents = (max: number, from = 0) => `${from + next(max)}.${String(next(100)).padStart(2, '0')}`;
const CENT_CHECKS = 10_000;
let nativeWrong = 0;
let jreWrong = 0;
for (let i = 0; i < CENT_CHECKS; i += 1) {
  const [actual, infrastructure, price, monthly, principal] = [withCents(400_000_000, 50_000_000), withCents(50_000_000), withCents(700_000), withCents(2_500), withCents(20_000_000)];
  const months = 1 + next(36);
  const exact = toJSON(evaluate({
    ...BENCH_PROJECT,
    investment: { actual, infrastructure },
    talents: [
      { name: 'Founder', highLevel: true, housingPurchase: { price } },
      { name: 'Engineer', qualified: true, rent: { monthly, start: '2019-01-31', months } },
    ],
    talentStartup: { ...BENCH_PROJECT.talentStartup!, loans: [{ principal, annualRate: '0.0435', years: 3 }] },
  }, { policy })).totals.cash;
  const numeric = {
    ...NUMERIC_PROJECT,
    actual: Number.parseFloat(actual),
    infrastructure: Number.parseFloat(infrastructure),
    talents: [
      { ...NUMERIC_PROJECT.talents[0]!, price: Number.parseFloat(price) },
      { ...NUMERIC_PROJECT.talents[1]!, rent: { monthly: Number.parseFloat(monthly), months } },
    ],
    loans: [{ principal: Number.parseFloat(principal), annualRate: 0.0435, years: 3 }],
  };
  if (nativeQingshan(numeric).cash.toFixed(2) !== exact) nativeWrong += 1;
  if ((await jsonRulesQingshan(numeric)).cash.toFixed(2) !== exact) jreWrong += 1;
}
const percent = (wrong: number) => `${((wrong / CENT_CHECKS) * 100).toFixed(1)}%`;
console.log(`cash total wrong at the cent on ${CENT_CHECKS.toLocaleString('en')} generated projects: native ${percent(nativeWrong)}, ` +
  `json-rules-engine ${percent(jreWrong)}, evaluate 0% (checked against an integer computation in npm test)`);

// The batch, in a process of its own.
const count = process.env['BENCH_BATCH'] ?? '1000000';
const batch = JSON.parse(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(new URL('./batch.mjs', import.meta.url)), count], { encoding: 'utf8' })) as {
  count: number; seconds: number; peakRssMb: number; samples: Array<{ at: number; rssMb: number; liveHeapMb: number }>; failed: number;
};
console.log(`\nevaluateMany, ${batch.count.toLocaleString('en')} generated projects: ${batch.seconds.toFixed(1)} s (target at most 15 s), ` +
  `peak RSS ${batch.peakRssMb.toFixed(0)} MB (target at most 160 MB), ${batch.failed} invalid`);
console.log(`  RSS along the batch: ${batch.samples.map((s) => `${(s.at / 1000).toFixed(0)}k: ${s.rssMb.toFixed(0)} MB`).join(', ')}`);
console.log(`  live heap after a full collection: ${batch.samples.map((s) => `${s.liveHeapMb.toFixed(1)} MB`).join(', ')}`);

// Cold import: a fresh process each time, the median of several.
const imports = Array.from({ length: 7 }, () => Number.parseFloat(execFileSync(process.execPath, ['--input-type=module', '-e',
  `const t = performance.now(); await import(${JSON.stringify(distUrl)}); console.log(performance.now() - t);`],
  { encoding: 'utf8' })));
console.log(`\ncold import of the package: ${median(imports).toFixed(1)} ms (target at most 150 ms)`);

const own = readFileSync(new URL('../../dist/index.js', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`package's own code (dist/index.js, dependencies apart): ${kb(own.length)}, ${kb(gzipSync(own).length)} gzipped (target at most 20 KB)`);
// Of which the policy packs as data: verbatim source sentences, parameters with their citations, texts in two languages.
const packs = Buffer.from(JSON.stringify(listPolicies().map((summary) => exportPolicy(summary.id))));
console.log(`  of which the built-in packs as JSON data: ${kb(packs.length)}, ${kb(gzipSync(packs).length)} gzipped`);
