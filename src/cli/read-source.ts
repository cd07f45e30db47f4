import { closeSync, openSync } from 'node:fs';
import { IncentiveInputError } from '../schema/input-error.js';
import { printable } from '../schema/printable.js';
import { errorCode, InputRefused, IoError, UsageError } from './errors.js';
import { MAX_INPUT_BYTES, readInput } from './read-input.js';
import { shown } from './shown.js';

/** What an input is, for its messages. */
export type Subject = 'project' | 'policy';

/** A name that names nothing: no such file (or not a path at all). */
const NOT_FOUND = new Set(['ENOENT', 'ENOTDIR', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_ARG_TYPE']);
/** A name that cannot be read as a file, and why in words: a mistake in the command, not a failing disk. */
const UNREADABLE = new Map([
  ['EISDIR', 'a directory'], ['EACCES', 'permission denied'], ['EPERM', 'permission denied'], ['ELOOP', 'a loop of links'],
  ['ENAMETOOLONG', 'a name too long'], ['ENXIO', 'not a file'], ['ENODEV', 'not a file'], ['EOPNOTSUPP', 'not a file'], ['EBADF', 'closed'],
]);

const LIMIT_TEXT = `${MAX_INPUT_BYTES / 1024 / 1024} MiB (${MAX_INPUT_BYTES.toLocaleString('en-US')} bytes)`;

function refused(reason: InputRefused['reason'], subject: Subject): IncentiveInputError {
  const what = subject === 'project' ? 'The project' : 'The policy file';
  return new IncentiveInputError([reason === 'too-large'
    ? { code: 'out_of_range', path: [], message: `${what} is longer than ${LIMIT_TEXT}, the most the command line reads; it was not read further.` }
    : { code: 'invalid_format', path: [], message: `${what} is not UTF-8 text: save it as UTF-8 (with or without a byte-order mark).` }]);
}

/**
 * Reads an input named on the command line (a file, or standard input
 * through `read`) and sorts every failure by whose it is: a name that is no
 * file calls `notFound`; a directory or a file without permission is a usage
 * error; an input past the limit or not UTF-8 is invalid input; any other
 * system error (EIO) is an I/O error. A leading UTF-8 byte-order mark, as
 * Windows editors write, is skipped.
 *
 * @param source - a file path, or `{ read, name }` for standard input
 * @param subject - what the input is, for the messages
 * @param notFound - the error for a path that names no file
 * @returns the text, without a byte-order mark
 *
 * @example
 * readSource('examples/cmp-line.json', 'project', () => new UsageError('No such file')).startsWith('{'); //=> true
 */
export function readSource(source: string | { read: () => string; name: string }, subject: Subject, notFound: () => Error): string {
  const name = typeof source === 'string' ? shown(source) : source.name;
  let text: string;
  try {
    text = typeof source === 'string' ? readFile(source) : source.read();
  } catch (error) {
    if (error instanceof InputRefused) throw refused(error.reason, subject);
    const code = errorCode(error) ?? '';
    if (NOT_FOUND.has(code) && typeof source === 'string') throw notFound();
    if (UNREADABLE.has(code) || NOT_FOUND.has(code)) throw new UsageError(`Cannot read ${name} (${printable(code)}: ${UNREADABLE.get(code) ?? 'not found'}).`);
    // A system error names the call that failed; anything else is a defect, reported as one.
    if (typeof error === 'object' && error !== null && 'syscall' in error) throw new IoError(`Cannot read ${name}: ${printable(code)}.`);
    throw error;
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    return readInput(fd);
  } finally {
    closeSync(fd);
  }
}
