import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasRawControl } from './run-main.js';

/**
 * The built command where the process itself matters: its exit status, and
 * its standard streams when they are devices, full, closed early, or
 * non-blocking. Runs after the build (`npm run test:cli`).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/cli.js`;
const project = readFileSync(`${root}examples/cmp-line.json`, 'utf8');
const EVALUATE = ['evaluate', 'examples/cmp-line.json', '-p', 'qingshan-lake-2018'];

function run(args: readonly string[], options: { input?: string | Buffer; stdio?: StdioOptions } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    ...(options.input !== undefined && { input: options.input }), ...(options.stdio && { stdio: options.stdio }),
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function withFile<T>(path: string, flags: number, use: (fd: number) => T): T {
  const fd = openSync(path, flags);
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the built command with a non-blocking standard input (see the fixture). */
const nonBlocking = `${root}test/cli/fixtures/with-non-blocking-stdin.mjs`;
const withCli = { ...process.env, CLI_URL: pathToFileURL(cli).href };

/** What a spawned process writes to its pipes, and its exit status. */
function collect(child: ChildProcess): Promise<{ status: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

// Every test spawns Node: on a busy 2-core machine one spawn may take seconds. Nothing here measures time.
describe('the built command as a process', { timeout: 120_000 }, () => {
  it.each([
    ['success', EVALUATE, 0],
    ['invalid input', ['evaluate', 'test/cli/fixtures/negative-amount.json', '-p', 'qingshan-lake-2018'], 1],
    ['a usage error', ['evaluate', 'examples/cmp-line.json', '--polciy', 'qingshan-lake-2018'], 2],
    ['a policy that is no id and no file', ['evaluate', 'examples/cmp-line.json', '-p', 'my-district.policy.json'], 2],
    ['an override onto a prototype', [...EVALUATE, '-o', '__proto__.then=1', '-o', 'constructor.keys=1'], 1],
  ])('exits with the status of %s', (_, args, status) => {
    const result = run(args);
    expect(result.status, result.stderr).toBe(status);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('refuses /dev/zero as a project, as a policy and as standard input, naming the limit (exit 1)', () => {
    const message = 'is longer than 32 MiB (33,554,432 bytes), the most the command line reads';
    const asProject = run(['evaluate', '/dev/zero', '-p', 'qingshan-lake-2018']);
    const asPolicy = run(['evaluate', 'examples/cmp-line.json', '-p', '/dev/zero']);
    const asStdin = withFile('/dev/zero', constants.O_RDONLY, (fd) => run(['evaluate', '-', '-p', 'qingshan-lake-2018'], { stdio: [fd, 'pipe', 'pipe'] }));
    for (const result of [asProject, asPolicy, asStdin]) {
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toContain(message);
    }
  });

  it('calls a full disk an I/O error (exit 4), said on standard error', () => {
    const result = withFile('/dev/full', constants.O_WRONLY, (fd) => run(EVALUATE, { stdio: ['ignore', fd, 'pipe'] }));
    expect(result.status).toBe(4);
    expect(result.stderr).toBe('chip-incentives: Cannot write to standard output: ENOSPC: no space left on device, write.\n');
  });

  it('ends quietly (exit 0) when the reader of standard output stops early', () => {
    // 110 KB of JSON, more than a pipe holds: the command is still writing when `true` exits without reading.
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" policies --format json | true; echo "status \${PIPESTATUS[0]}"`], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toBe('status 0\n');
    expect(result.stderr).toBe('');
  });

  it('skips a byte-order mark at the start of a file and of standard input', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chip-incentives-bom-')), 'project.json');
    writeFileSync(file, `\ufeff${project}`);
    const plain = run([...EVALUATE, '-f', 'json']);
    const fromFile = run(['evaluate', file, '-p', 'qingshan-lake-2018', '-f', 'json']);
    const fromStdin = run(['evaluate', '-', '-p', 'qingshan-lake-2018', '-f', 'json'], { input: `\ufeff${project}` });
    expect([plain.status, fromFile.status, fromStdin.status]).toEqual([0, 0, 0]);
    expect(fromFile.stdout).toBe(plain.stdout);
    expect(fromStdin.stdout).toBe(plain.stdout);
  });

  it('echoes no raw control character from its arguments', () => {
    const result = run(['evaluate', 'examples/cmp-line.json', '-p', 'q\u001b[2J\u202e\rx', '--format', '\u001b]0;t\u0007']);
    expect(result.status).toBe(2);
    expect(hasRawControl(result.stderr)).toBe(false);
  });

  it('reads a non-blocking standard input that is not ready yet (EAGAIN) to its end', async () => {
    const child = spawn(process.execPath, [nonBlocking, 'evaluate', '-', '-p', 'qingshan-lake-2018', '-f', 'json'], { cwd: root, env: withCli });
    const output = collect(child);
    // The project comes in two halves, a second apart, after the command has said it is about to start.
    await new Promise((resolve) => child.stderr.once('data', resolve));
    const half = Math.floor(project.length / 2);
    await sleep(1000);
    child.stdin.write(project.slice(0, half));
    await sleep(1000);
    child.stdin.end(project.slice(half));
    const { status, stdout, stderr } = await output;
    expect(status, stderr).toBe(0);
    expect(stderr).toBe('ready\n');
    expect(stdout).toBe(run([...EVALUATE, '-f', 'json']).stdout);
  });

  it('writes everything to a non-blocking standard output that fills up (EAGAIN)', async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'chip-incentives-fifo-')), 'stream');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const readEnd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeEnd = openSync(fifo, constants.O_WRONLY);
    // The FIFO's write end is both fd 0 and fd 1 of the command: made non-blocking as standard input, it is so as standard output.
    const child = spawn(process.execPath, [nonBlocking, 'policies', '--format', 'json'], { cwd: root, env: withCli, stdio: [writeEnd, writeEnd, 'pipe'] });
    closeSync(writeEnd);
    const output = collect(child);
    // Read slowly, 4 KiB at a time, so that the 110 KB the command writes fill the pipe again and again.
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(4096);
    for (;;) {
      let read: number;
      try {
        read = readSync(readEnd, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as { code?: string }).code !== 'EAGAIN') throw error;
        await sleep(5);
        continue;
      }
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
      await sleep(2);
    }
    closeSync(readEnd);
    const { status, stderr } = await output;
    expect(status, stderr).toBe(0);
    expect(stderr).toBe('ready\n');
    expect(Buffer.concat(chunks).toString('utf8')).toBe(run(['policies', '--format', 'json']).stdout);
  });
});
