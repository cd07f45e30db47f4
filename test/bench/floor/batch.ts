import { REPRESENTATIVE_PROJECT } from '../representative.js';
import { floorEvaluate, NotMyShape } from './floor.js';
import { generatedProjects } from './generated.js';

/**
 * The floor's batch: generated projects of the representative shape (other
 * amounts with cents, other months, other rates, one to three talents) through
 * the prototype, each result used as test/bench/batch.mjs uses evaluateMany's
 * (its cash total in exact cents), in a loop. `mode` "generate" times the
 * generation and the loop alone, to subtract; "evaluateMany" runs the same
 * projects through the library's `evaluateMany` (the built package).
 *
 * Run: `npx tsx test/bench/floor/batch.ts [count] [generate|floor|evaluateMany]`; prints one JSON line.
 */
const count = Number.parseInt(process.argv[2] ?? '1000000', 10);
const mode = process.argv[3] ?? 'floor';
const { options } = REPRESENTATIVE_PROJECT;

let cents = 0n;
let refused = 0;
let kept = 0;
const cpu = process.cpuUsage();
const started = performance.now();
let index = 0;
if (mode === 'evaluateMany') {
  // The library as users get it, on the same projects, used the same way.
  const { evaluateMany } = (await import(new URL('../../../dist/index.js', import.meta.url).href)) as typeof import('../../../src/index.js');
  for (const result of evaluateMany(generatedProjects(count) as Iterable<never>, options)) {
    if (result.ok) cents += BigInt(result.assessment.totals.cash.times(100).toFixed(0));
    else refused += 1;
  }
}
for (const project of mode === 'evaluateMany' ? [] : generatedProjects(count)) {
  if (mode === 'generate') {
    kept += project.talents.length;
    index += 1;
    continue;
  }
  let result: { ok: true; index: number; assessment: ReturnType<typeof floorEvaluate> } | { ok: false; index: number };
  try {
    result = { ok: true, index, assessment: floorEvaluate(project, options) };
  } catch (error) {
    if (!(error instanceof NotMyShape)) throw error;
    result = { ok: false, index };
  }
  if (result.ok) cents += BigInt(result.assessment.totals.cash.times(100).toFixed(0));
  else refused += 1;
  index += 1;
}
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
console.log(JSON.stringify({ count, seconds, cpuSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024, refused, cents: cents.toString(), kept }));
