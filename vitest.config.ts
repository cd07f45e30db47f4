import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A floor for every test and hook: a test must never fail for being slow on a busy machine.
    // Heavy tests state their own, wider limit (see test/timeouts.ts and test/fuzz/plan.ts).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest runs one file fewer at once than there are cores: on the two cores of CI that is one
    // file at a time, and the other core idles. The files are independent (each writes only into a
    // temporary directory of its own), so two run at once there; more cores keep the default.
    maxWorkers: Math.max(availableParallelism() - 1, 2),
  },
});
