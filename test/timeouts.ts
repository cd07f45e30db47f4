/**
 * The time limit of a property test: wide, because a test must never fail for
 * being slow on a busy machine (two `npm test` runs side by side on two shared
 * cores take several times as long as one alone). A property's work is fixed by
 * its explicit `numRuns`, never by the clock; `test/hygiene.test.ts` checks that
 * every property states both.
 */
export const PROPERTY_TIMEOUT = 300_000;
