/**
 * The exit statuses of the command line. A closed pipe on standard output
 * (the reader, say `head`, has what it wanted) is not a failure: it ends the
 * command quietly with `ok`.
 */
export const EXIT = {
  ok: 0,
  /** The project, the options or a policy file is not valid: every problem is listed with its path. */
  invalidInput: 1,
  /** A flag, a command, or a file or policy named on the command line is wrong. */
  usage: 2,
  /** A defect of the library, reported as such. */
  internal: 3,
  /** Reading or writing failed: an I/O error, a full disk. */
  io: 4,
} as const;

/** A mistake in how the command was called: exit status 2. */
export class UsageError extends Error {}

/** Reading an input or writing the output failed (EIO, ENOSPC…): exit status 4. */
export class IoError extends Error {}

/** Standard output was closed by its reader (EPIPE): the command stops writing and ends quietly. */
export class OutputClosed extends Error {}

/** The error code of a system error (`ENOENT`, `EPIPE`…), if the value is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}

/** An input refused before it is parsed: longer than the command line reads, or not UTF-8 text. */
export class InputRefused extends Error {
  constructor(readonly reason: 'too-large' | 'not-utf8') {
    super(reason);
  }
}
