import { readSync } from 'node:fs';
import { errorCode, InputRefused } from './errors.js';
import { pause } from './pause.js';

/**
 * The most the command line reads from a file or standard input: 32 MiB.
 * Measured: a project of 10,000 talents with rent and housing is 2.6 MB of
 * indented JSON (17.4 MB with every name at its 500-character limit in
 * Chinese), and a policy file at its 5,000,000-character limit is at most
 * 15 MB of UTF-8; both fit, with room. Anything longer (`/dev/zero`) is
 * refused once this much has been read, before any parsing.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads an open file or stream to its end, in chunks, and decodes it as
 * UTF-8. Stops as soon as more than `MAX_INPUT_BYTES` have come, so an
 * endless input costs no more than the limit. A stream that is not ready
 * (EAGAIN, a non-blocking pipe) is waited for.
 *
 * @param fd - an open file descriptor (0 for standard input)
 * @returns the text, a leading byte-order mark kept
 * @throws {InputRefused} past the limit, or for bytes that are not UTF-8; a system error as it comes
 *
 * @example
 * readInput(openSync('examples/cmp-line.json', 'r')).startsWith('{'); //=> true
 */
export function readInput(fd: number): string {
  const chunks: Buffer[] = [];
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let total = 0;
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
    } catch (error) {
      if (errorCode(error) === 'EAGAIN') {
        pause();
        continue;
      }
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > MAX_INPUT_BYTES) throw new InputRefused('too-large');
    // A copy of what was read: a pipe gives a few KiB at a time, and a view would keep the whole chunk alive.
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks, total));
  } catch {
    throw new InputRefused('not-utf8');
  }
}
