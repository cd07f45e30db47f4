import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A floor for every test and hook: a test must never fail for being slow on a busy machine.
    // Heavy tests state their own, wider limit (see test/timeouts.ts and test/fuzz/plan.ts).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
