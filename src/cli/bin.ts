import { isatty } from 'node:tty';
import { main } from './main.js';
import { readInput } from './read-input.js';
import { writeOutput } from './write-output.js';

// The executable: the standard streams, read and written synchronously (so that
// every I/O error is caught where it happens), around `main`, and its exit status.
process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => writeOutput(1, text),
  stderr: (text) => writeOutput(2, text),
  readStdin: () => readInput(0),
  stdinIsTty: isatty(0),
});
