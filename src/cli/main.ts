import { IncentiveInputError } from '../schema/input-error.js';
import { formatWhere } from '../schema/issues.js';
import { printable } from '../schema/printable.js';
import { didYouMean } from '../schema/suggest.js';
import { VERSION } from '../version.js';
import { parseArguments } from './arguments.js';
import { errorCode, EXIT, IoError, OutputClosed, UsageError } from './errors.js';
import { COMMANDS, runCommand } from './run-command.js';
import { shown } from './shown.js';
import { USAGE, type Command } from './usage.js';

/** Where the command line writes, and what it reads: injectable for tests. */
export interface Io {
  /** Writes to standard output; a failure is thrown with its system error code (EPIPE, ENOSPC…). */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read to its end (the executable reads at most `MAX_INPUT_BYTES`). */
  readStdin: () => string;
  stdinIsTty: boolean;
}

/** Writes to standard output, sorting a failure: a closed pipe ends quietly, a system error is an I/O error. */
function writer(io: Io): (text: string) => void {
  return (text) => {
    try {
      io.stdout(text);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EPIPE') throw new OutputClosed();
      if (code !== undefined && typeof error === 'object' && error !== null && 'syscall' in error) {
        throw new IoError(`Cannot write to standard output: ${printable(error instanceof Error ? error.message : code, 200)}.`);
      }
      throw error;
    }
  };
}

/** Writes to standard error; if that fails too, there is nowhere left to say so, and the exit status still tells. */
function complain(io: Io, text: string): void {
  try {
    io.stderr(text);
  } catch {
    // Nothing more can be done.
  }
}

function inputProblems(error: IncentiveInputError): string {
  const count = error.issues.length === 1 ? '1 problem' : `${error.issues.length} problems`;
  // Each part escaped: a key or a value quoted in a message may carry a character a terminal would obey.
  const lines = error.issues.map((issue) => `  - ${printable(formatWhere(issue))}: ${printable(issue.message)}`);
  return `chip-incentives: invalid input (${count}):\n${lines.join('\n')}\n`;
}

/** The exit status of a failure, after saying on standard error what went wrong. */
function failure(error: unknown, io: Io, command: Command | undefined): number {
  if (error instanceof OutputClosed) return EXIT.ok;
  if (error instanceof IncentiveInputError) {
    complain(io, inputProblems(error));
    return EXIT.invalidInput;
  }
  if (error instanceof UsageError) {
    complain(io, `chip-incentives: ${error.message}\n\n${USAGE[command ?? 'main']}`);
    return EXIT.usage;
  }
  if (error instanceof IoError) {
    complain(io, `chip-incentives: ${error.message}\n`);
    return EXIT.io;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  complain(io, `chip-incentives: internal error, please report it: ${printable(message, 500)}\n`);
  return EXIT.internal;
}

function dispatch(argv: readonly string[], io: Io, write: (text: string) => void): number {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('Give a command.');
  if (first === '--help' || first === '-h' || first === 'help') {
    write(USAGE.main);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (!(COMMANDS as readonly string[]).includes(first)) throw new UsageError(`Unknown command ${shown(first)}.${didYouMean(first, COMMANDS)}`);
  const command = first as Command;
  const { values, positionals } = parseArguments(command, rest);
  if (values.help) write(USAGE[command]);
  else runCommand(command, positionals, values, { write, readStdin: io.readStdin, stdinIsTty: io.stdinIsTty });
  return EXIT.ok;
}

/**
 * Runs the command line on its arguments (without `node` and the script).
 * Never throws and never lets a stack trace reach the user: every failure is
 * said on standard error, with every argument it echoes escaped.
 *
 * @param argv - the arguments
 * @param io - the standard streams
 * @returns the exit status: 0 on success (and when standard output is closed
 *   by its reader), 1 on invalid input (every problem listed with its path),
 *   2 on a usage error, 3 on an internal error (a defect), 4 on an I/O error
 *
 * @example
 * main(['policies', '--as-of', '2010-01-01'], io); //=> 0, having written "No policy is in force on 2010-01-01: …"
 */
export function main(argv: readonly string[], io: Io): number {
  try {
    return dispatch(argv, io, writer(io));
  } catch (error) {
    // A usage error is followed by the help of the command it concerns.
    const command = COMMANDS.find((known) => known === argv[0]);
    return failure(error, io, command);
  }
}
