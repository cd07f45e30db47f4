import { REPRESENTATIVE_PROJECT } from '../representative.js';
import { floorEvaluate, NotMyShape } from './floor.js';
import { generatedProjects } from './generated.js';

/**
 * The floor's batch: generated projects of the representative shape (other
 * amounts with cents, other months, other rates, one to three talents) through
 * the prototype, each result used as test/bench/batch.mjs uses evaluateMany's
 * (its cash total in exact cents), in a loop. `mode` "generate" times the
 * generation and the loop alone, to subtract.
 *
 * Run: `npx tsx test/bench/floor/batch.ts [count] [generate|floor]`; prints one JSON line.
 */
const count = Number.parseInt(process.argv[2] ?? '1000000', 10);
const mode = process.argv[3] ?? 'floor';
const { options } = REPRESENTATIVE_PROJECT;

let cents = 0n;
let refused = 0;
let kept = 0;
const started = performance.now();
let index = 0;
for (const project of generatedProjects(count)) {
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
console.log(JSON.stringify({ count, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, refused, cents: cents.toString(), kept }));
