import { main } from '../../src/cli/main.js';
import { hasUnprintable } from '../../src/schema/printable.js';

/** What one in-process run of the command line gave. */
export interface Run {
  status: number;
  out: string;
  err: string;
}

/**
 * Runs the command line in this process, as the executable would, with
 * standard input given as text (or a terminal when none is given) and a
 * standard output that may fail as a real one does.
 */
export function runMain(args: readonly string[], options: { stdin?: string | (() => string); stdout?: (text: string) => void } = {}): Run {
  let out = '';
  let err = '';
  const { stdin } = options;
  const status = main(args, {
    stdout: options.stdout ?? ((text) => { out += text; }),
    stderr: (text) => { err += text; },
    readStdin: typeof stdin === 'function' ? stdin : () => stdin ?? '',
    stdinIsTty: stdin === undefined,
  });
  return { status, out, err };
}

/** A system error as Node throws it from a read or a write. */
export function systemError(code: string, syscall: 'read' | 'write'): Error {
  return Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall, errno: -1 });
}

/** Whether a text holds a character a terminal would obey (line breaks aside: they separate the lines). */
export function hasRawControl(text: string): boolean {
  return text.split('\n').some(hasUnprintable);
}
