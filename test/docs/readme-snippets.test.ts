import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPackageProject, type BuiltPackageProject } from '../package/built-package-project.js';

/**
 * Every ```ts block of the README, as a user copies it: compiled against the
 * built package by name (run after `npm run build`) under the repository's
 * strict options, each as an ES module of its own, then run. A comment
 * `//=> text`, after a statement or on a line of its own, is a line the
 * snippet prints: they must all appear, in order, in what it prints.
 * A snippet written for a test runner (it imports vitest's `it`) is compiled
 * only: it cannot run outside one.
 */
interface Snippet {
  /** The README heading the block sits under, and its position there. */
  name: string;
  file: string;
  code: string;
  runnable: boolean;
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function snippets(): Snippet[] {
  const found: Snippet[] = [];
  const counts = new Map<string, number>();
  for (const match of readme.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const heading = [...readme.slice(0, match.index).matchAll(/^#{2,4} (.+)$/gm)].at(-1)?.[1] ?? '(top)';
    const count = (counts.get(heading) ?? 0) + 1;
    counts.set(heading, count);
    const code = match[1]!;
    found.push({ name: `${heading} #${count}`, file: `snippet-${found.length + 1}`, code, runnable: !/from 'vitest'/.test(code) });
  }
  return found;
}

/** The lines a snippet says it prints, in order. */
function announced(code: string): string[] {
  return [...code.matchAll(/\/\/=> (.*)$/gm)].map((match) => match[1]!);
}

const SNIPPETS = snippets();

describe('the TypeScript snippets of the README', () => {
  let project: BuiltPackageProject;
  let output: string;

  beforeAll(() => {
    project = builtPackageProject(['vitest']);
    const compiled = project.compile(Object.fromEntries(SNIPPETS.map((snippet) => [`${snippet.file}.mts`, snippet.code])));
    output = compiled.output;
  }, 300_000);

  afterAll(() => project?.remove());

  it('are there: the Use section and the testing entry have one', () => {
    expect(SNIPPETS.map((snippet) => snippet.name)).toEqual(expect.arrayContaining(['Use #1', 'Checking your own pack: `chip-incentives/testing` #1']));
  });

  it.each(SNIPPETS.map((snippet) => [snippet.name, snippet] as const))('"%s" compiles under strict', (_name, snippet) => {
    const errors = output.split('\n').filter((line) => line.startsWith(`src/${snippet.file}.mts`));
    expect(errors).toEqual([]);
  });

  it('leave no compiler message unaccounted for', () => {
    expect(output.split('\n').filter((line) => line.trim() !== '' && !/^src\/snippet-\d+\.mts/.test(line))).toEqual([]);
  });

  const runnable = SNIPPETS.filter((snippet) => snippet.runnable);
  it.each(runnable.map((snippet) => [snippet.name, snippet] as const))('"%s" runs and prints what its comments say', (_name, snippet) => {
    const run = project.run(`${snippet.file}.mjs`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = run.stdout.split('\n');
    let from = 0;
    for (const line of announced(snippet.code)) {
      const at = printed.indexOf(line, from);
      expect(at, `"${line}" is not printed (after line ${from})`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  }, 120_000);

  it('compiles only the snippets written for a test runner', () => {
    expect(SNIPPETS.filter((snippet) => !snippet.runnable).map((snippet) => snippet.name)).toEqual(['Checking your own pack: `chip-incentives/testing` #1']);
  });
});
