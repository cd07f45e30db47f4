import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readInput } from '../../src/cli/read-input.js';
import { writeOutput } from '../../src/cli/write-output.js';
import { InputRefused } from '../../src/cli/errors.js';

/**
 * The command line reads and writes synchronously. On a non-blocking pipe
 * (one another process left so) a read finds nothing yet, or a write finds
 * the pipe full: EAGAIN, which must be waited out, not reported. A worker
 * thread is the other end of the pipe here, so that the test thread can
 * block in the read or the write while the other end takes its time.
 */
function fifo(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'chip-incentives-fifo-')), 'stream');
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

/** Runs a few lines of JavaScript in a worker thread, with `fd` and `fs` in scope. */
function inWorker(fd: number, code: string): Promise<unknown> {
  const worker = new Worker(`const fs = require('node:fs'); const { workerData: fd, parentPort } = require('node:worker_threads'); ${code}`,
    { eval: true, workerData: fd });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('reading and writing a non-blocking pipe', { timeout: 60_000 }, () => {
  it('reads through EAGAIN until the writer closes', async () => {
    const path = fifo();
    const readEnd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeEnd = openSync(path, constants.O_WRONLY);
    // The writer starts with half of the text, and sends the rest 300 ms later; the reader is waiting by then.
    const done = inWorker(writeEnd, `
      fs.writeSync(fd, '{"first": "half", ');
      setTimeout(() => { fs.writeSync(fd, '"second": "half"}'); fs.closeSync(fd); parentPort.postMessage('closed'); }, 300);`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = readInput(readEnd);
    closeSync(readEnd);
    expect(await done).toBe('closed');
    expect(text).toBe('{"first": "half", "second": "half"}');
  });

  it('writes through EAGAIN until every byte is taken', async () => {
    const path = fifo();
    const readEnd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeEnd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    // 300,000 bytes: more than four times what a pipe holds. The reader takes 4 KiB every few milliseconds.
    const text = 'chip-incentives\n'.repeat(18_750);
    const received = inWorker(readEnd, `
      const chunks = []; const buffer = Buffer.alloc(4096);
      const next = () => {
        let read;
        try { read = fs.readSync(fd, buffer, 0, buffer.length, null); } catch (error) {
          if (error.code !== 'EAGAIN') throw error;
          return setTimeout(next, 2);
        }
        if (read === 0) { fs.closeSync(fd); return parentPort.postMessage(Buffer.concat(chunks).toString('utf8')); }
        chunks.push(Buffer.from(buffer.subarray(0, read)));
        setTimeout(next, 1);
      };
      next();`);
    try {
      writeOutput(writeEnd, text);
    } finally {
      closeSync(writeEnd);
    }
    expect(await received).toBe(text);
  });

  it('stops reading once past the limit, whatever follows', () => {
    const fd = openSync('/dev/zero', constants.O_RDONLY);
    try {
      expect(() => readInput(fd)).toThrow(InputRefused);
    } finally {
      closeSync(fd);
    }
    expect(MAX_INPUT_BYTES).toBe(33_554_432);
  });
});
