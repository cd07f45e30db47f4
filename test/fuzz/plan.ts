/**
 * How hard the fuzz suite pushes. `npm test` runs each property `base` times;
 * `npm run fuzz` (vitest's `--mode fuzz`) runs it `LONG_SCALE` times as many,
 * and `FUZZ_SCALE=n` sets any other factor. The README's Guarantees section
 * states these figures, and a test keeps it in step with them.
 */
const mode = (import.meta as { env?: { MODE?: string } }).env?.MODE;
const scaleFromEnv = Number.parseInt(process.env['FUZZ_SCALE'] ?? '', 10);

/** The factor `npm run fuzz` applies. */
export const LONG_SCALE = 50;

export const FUZZ_SCALE = Number.isInteger(scaleFromEnv) && scaleFromEnv > 0 ? scaleFromEnv : mode === 'fuzz' ? LONG_SCALE : 1;

/** Inputs per property in `npm test`, one entry per property of `surface.fuzz.test.ts` and `boundary.fuzz.test.ts`. */
export const FUZZ_PLAN = {
  evaluate: 1500,
  safeEvaluate: 500,
  compare: 500,
  evaluateMany: 200,
  evaluateManyAsync: 200,
  allocateFund: 1000,
  definePolicy: 500,
  loadPolicy: 500,
  parseAmount: 5000,
  cli: 500,
  reports: 200,
  formatAmount: 3000,
  results: 300,
  sweepAndBreakpoints: 300,
  definitionLimits: 40,
  limits: 30,
  rest: 500,
} as const;

/** Inputs tried in all by one run of the suite in `npm test`; `npm run fuzz` tries `LONG_SCALE` times as many. */
export const FUZZ_INPUTS = Object.values(FUZZ_PLAN).reduce((total, runs) => total + runs, 0);

const seedFromEnv = Number.parseInt(process.env['FUZZ_SEED'] ?? '', 10);

/**
 * `npm test` draws the same inputs on every run, so that a red CI run is about
 * the change and can be replayed; the long run draws new ones each time.
 * fast-check prints the seed of any failure, and `FUZZ_SEED=n` replays it.
 */
export const FUZZ_SEED: number | undefined = Number.isInteger(seedFromEnv) ? seedFromEnv : FUZZ_SCALE === 1 ? 20_180_601 : undefined;

/** The fast-check parameters of a property of the plan. */
export function runsOf(surface: keyof typeof FUZZ_PLAN): { numRuns: number; seed?: number } {
  const numRuns = FUZZ_PLAN[surface] * FUZZ_SCALE;
  return FUZZ_SEED === undefined ? { numRuns } : { numRuns, seed: FUZZ_SEED };
}

/**
 * A property's time limit: wide (ten minutes) in `npm test`, whose work is fixed
 * by the run counts above, so that a busy machine never fails it; none to
 * speak of for the long run.
 */
export const FUZZ_TIMEOUT = FUZZ_SCALE === 1 ? 600_000 : 6 * 60 * 60_000;
