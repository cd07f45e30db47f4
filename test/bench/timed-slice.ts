/**
 * What a benchmark case runs. A synchronous call is never awaited: an await
 * per call would weigh on the fast ones (json-rules-engine alone is asynchronous).
 */
export type Timed = { run: () => number; async?: false } | { run: () => Promise<number>; async: true };

// Every result is used (summed here), so that nothing is optimised away.
let consumed = 0;

/**
 * Runs a case in batches of 100 for at least `ms` milliseconds of wall time.
 *
 * @param entry - the case
 * @param ms - the length of the slice
 * @returns operations a second of wall time, and a second of the process's CPU time (less sensitive to a busy machine)
 * @example
 * (await timedSlice({ run: () => 1 }, 400)).wall; //=> some millions a second
 */
export async function timedSlice(entry: Timed, ms: number): Promise<{ wall: number; cpu: number }> {
  let count = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i += 1) consumed += entry.async ? await entry.run() : entry.run();
    count += 100;
    now = performance.now();
  }
  const used = process.cpuUsage(cpu);
  return { wall: (count / (now - start)) * 1000, cpu: (count / (used.user + used.system)) * 1e6 };
}

/** Whether every result the slices consumed was a number (a NaN would say a case returned something else). */
export function allResultsNumbers(): boolean {
  return !Number.isNaN(consumed);
}
