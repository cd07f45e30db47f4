// `npm run bench`, part two: generated projects streamed through evaluateMany,
// in a process of its own so that its peak memory is its own. Plain JavaScript
// on the built package, so that nothing but the library is loaded.
import { evaluateMany } from '../../dist/index.js';

/**
 * Deterministic generated projects: a small linear congruential generator
 * (the same sequence on every machine), amounts in yuan and cents, a share of
 * the projects with talents, a startup with a loan, or expired support.
 * @param {number} count
 * @param {number} seed
 */
function* generatedProjects(count, seed = 20261121) {
  let state = seed >>> 0;
  // A number below max from the high bits (the low bits of the generator repeat with a short period).
  const next = (max) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * max);
  };
  const amount = (max) => `${next(max)}.${String(next(100)).padStart(2, '0')}`;
  for (let index = 0; index < count; index += 1) {
    const talents = next(3);
    const project = {
      name: `Generated ${index}`,
      asOf: `20${19 + next(6)}-0${1 + next(9)}-1${next(9)}`,
      investment: { actual: amount(900_000_000), infrastructure: '0' },
      classification: { particularlyImportant: next(5) === 0, leadingIndustryDirection: next(2) === 0 },
      talents: Array.from({ length: talents }, (_, t) => ({
        name: `T${t}`,
        qualified: next(4) !== 0,
        ...(next(2) === 0 && { housingPurchase: { price: amount(5_000_000) } }),
        ...(next(2) === 0 && { rent: { monthly: amount(4_000), start: '2019-01-31', months: 1 + next(48) } }),
      })),
    };
    if (talents > 0 && next(3) === 0) {
      project.talentStartup = { founder: 'T0', loans: [{ principal: amount(50_000_000), annualRate: '0.0435', years: 1 + next(5) }] };
    }
    if (next(4) === 0) project.talentSupport = { expiresOn: '2019-12-31', highPotential: next(2) === 0 };
    yield project;
  }
}

const count = Number.parseInt(process.argv[2] ?? '1000000', 10);
const every = Math.max(1, Math.floor(count / 10));
const samples = [];
const started = performance.now();
let ok = 0;
let failed = 0;
let cents = 0n;
for (const result of evaluateMany(generatedProjects(count), { policy: 'qingshan-lake-2018' })) {
  if (result.ok) {
    ok += 1;
    // A use of every result, so that nothing is optimised away: the cash total in cents, exact.
    cents += BigInt(result.assessment.totals.cash.times(100).toFixed(0));
  } else failed += 1;
  if ((result.index + 1) % every === 0) {
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    // The live heap after a full collection (when run with --expose-gc): flat if nothing is kept.
    globalThis.gc?.();
    samples.push({ at: result.index + 1, rssMb, liveHeapMb: process.memoryUsage().heapUsed / 2 ** 20 });
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ count, ok, failed, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, samples, cents: cents.toString() }));
