import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The rules the suite keeps so that it passes on any machine, however busy:
 * every property test states how many cases it runs (its work is fixed, never
 * "as many as fit in a time"), and the test around it states a time limit with a
 * wide margin, since a slow machine must never fail it.
 */
const root = fileURLToPath(new URL('../', import.meta.url));

function testFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every `fc.assert(...)` call of a file, with the test call around it. */
function assertions(path: string): Array<{ where: string; options: string | undefined; test: ts.CallExpression | undefined }> {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ where: string; options: string | undefined; test: ts.CallExpression | undefined }> = [];
  const visit = (node: ts.Node, test: ts.CallExpression | undefined): void => {
    let enclosing = test;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (callee === 'it' || callee === 'it_' || callee === 'test') enclosing = node;
      if (callee === 'fc.assert') {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ where: `${relative(root, path)}:${line}`, options: node.arguments[1]?.getText(source), test });
      }
    }
    ts.forEachChild(node, (child) => visit(child, enclosing));
  };
  visit(source, undefined);
  return found;
}

const all = testFiles(join(root, 'test')).flatMap(assertions);

describe('the suite on a busy machine', () => {
  it('finds the property tests it checks', () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it('gives every property an explicit number of runs', () => {
    const implicit = all.filter((entry) => entry.options === undefined || !/numRuns|runsOf\(|RUNS/.test(entry.options));
    expect(implicit.map((entry) => entry.where)).toEqual([]);
  });

  it('gives every test around a property a time limit of its own', () => {
    // `it_` is the fuzz suite's `it` with its limit (test/fuzz/surface.fuzz.test.ts).
    const unlimited = all.filter(({ test }) => !test || (test.expression.getText() !== 'it_' && test.arguments.length < 3));
    expect(unlimited.map((entry) => entry.where)).toEqual([]);
  });
});
