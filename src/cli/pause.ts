const cell = new Int32Array(new SharedArrayBuffer(4));

/** How long to wait for a stream that is not ready, in milliseconds. */
const WAIT_MS = 5;

/**
 * Waits a few milliseconds without returning to the event loop, for a
 * non-blocking stream that answered EAGAIN: the command line reads and writes
 * synchronously, so that every I/O error is caught where it happens.
 *
 * @returns nothing, once the time has passed
 *
 * @example
 * pause(); // about 5 ms later
 */
export function pause(): void {
  Atomics.wait(cell, 0, 0, WAIT_MS);
}
