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

/** Inputs per property in `npm test`, one entry per property of `surface.fuzz.test.ts`. */
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
} as const;

/** Inputs tried in all, per run of the suite. */
export const FUZZ_TOTAL = Object.values(FUZZ_PLAN).reduce((total, runs) => total + runs, 0) * FUZZ_SCALE;

/** The fast-check parameters of a property of the plan. */
export function runsOf(surface: keyof typeof FUZZ_PLAN): { numRuns: number } {
  return { numRuns: FUZZ_PLAN[surface] * FUZZ_SCALE };
}

/** A test's time limit: vitest's default for `npm test`, none to speak of for the long run. */
export const FUZZ_TIMEOUT = FUZZ_SCALE === 1 ? 60_000 : 6 * 60 * 60_000;
