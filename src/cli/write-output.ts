import { writeSync } from 'node:fs';
import { errorCode } from './errors.js';
import { pause } from './pause.js';

/**
 * Writes a text to a file descriptor completely and synchronously: a partial
 * write goes on from where it stopped, and a stream that is not ready
 * (EAGAIN) is waited for. Any other failure (EPIPE, ENOSPC, EIO) is thrown
 * here, where it happens, with its code.
 *
 * @param fd - 1 for standard output, 2 for standard error
 * @param text - the text, written as UTF-8
 * @returns nothing, once every byte is written
 *
 * @example
 * writeOutput(1, 'done\n'); // prints "done"
 */
export function writeOutput(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if (errorCode(error) !== 'EAGAIN') throw error;
      pause();
    }
  }
}
