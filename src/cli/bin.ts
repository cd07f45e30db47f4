import { readFileSync } from 'node:fs';
import { main } from './main.js';

// The executable: real standard streams around `main`, and its exit status.
process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0, 'utf8'),
  stdinIsTty: process.stdin.isTTY === true,
});
