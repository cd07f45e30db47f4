import { readFileSync } from 'node:fs';

/**
 * The commands the README gives, read from it: every line of its `sh` blocks,
 * every `$` line of its `console` blocks (with the output shown under it), and
 * every inline code span that starts with `npm` or `npx` (after any
 * `NAME=value` settings).
 */
export interface ReadmeCommand {
  /** The command as written, continuation lines joined. */
  text: string;
  /** For a `console` line: the output the README shows under it ('…' lines elided). */
  output?: string[];
  /** Where: the line of the README. */
  line: number;
}

const INLINE_COMMAND = /`((?:[A-Z_]+=\S+ )*(?:npm|npx) [^`]+)`/g;

export function readmeCommands(readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')): ReadmeCommand[] {
  const lines = readme.split('\n');
  const commands: ReadmeCommand[] = [];
  let fence: string | undefined;
  let current: ReadmeCommand | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const opening = /^```(\w*)/.exec(raw);
    if (opening) {
      fence = fence === undefined ? opening[1] ?? '' : undefined;
      current = undefined;
      return;
    }
    if (fence === 'sh') {
      const text = raw.replace(/\s+#.*$/, '').trim();
      if (text !== '') commands.push({ text, line });
      return;
    }
    if (fence === 'console') {
      if (current && current.text.endsWith('\\')) {
        current.text = `${current.text.slice(0, -1).trimEnd()} ${raw.trim()}`;
      } else if (raw.startsWith('$ ')) {
        current = { text: raw.slice(2).trim(), output: [], line };
        commands.push(current);
      } else if (current && raw.trim() !== '' && raw.trim() !== '…') {
        current.output!.push(raw);
      }
      return;
    }
    if (fence !== undefined) return;
    for (const match of raw.matchAll(INLINE_COMMAND)) commands.push({ text: match[1]!, line });
  });
  return commands;
}

/** A command line split into its simple commands (on `&&`, `;` and `|`), each as words. */
export function simpleCommands(text: string): string[][] {
  return text.split(/&&|;|\|/).map((part) => part.trim()).filter(Boolean).map((part) => part.split(/\s+/));
}
