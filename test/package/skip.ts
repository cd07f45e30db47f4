import type { TestContext } from 'vitest';

/**
 * Skips a test that cannot run on this machine, and says so on a line of its
 * own: vitest's summary counts a skip but does not print its reason, and a
 * check that did not run must never read as one that passed.
 *
 * @param context - the test's context
 * @param reason - why the test cannot run here, in a few words
 * @returns nothing: the test is marked skipped and stops
 *
 * @example
 * it('installs from git', (context) => {
 *   if (!online) return skipWithReason(context, 'the npm registry cannot be reached');
 * });
 * // prints: skipped: installs from git: the npm registry cannot be reached
 */
export function skipWithReason(context: TestContext, reason: string): void {
  process.stdout.write(`skipped: ${context.task.name}: ${reason}\n`);
  context.skip(reason);
}
