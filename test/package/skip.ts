import type { TestContext } from 'vitest';

/**
 * Skips a test that cannot run on this machine, and says so on a line of its
 * own: vitest's summary counts a skip but does not print its reason, and a
 * check that did not run must never read as one that passed.
 */
export function skipWithReason(context: TestContext, reason: string): void {
  process.stdout.write(`skipped: ${context.task.name}: ${reason}\n`);
  context.skip(reason);
}
