import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPackageProject, type BuiltPackageProject } from './built-package-project.js';

/**
 * The package as a TypeScript user meets it (after `npm run build`): one
 * program, test/package/consumer/consumer.ts, imports the built package by
 * name, uses every runtime export and names every type export; it is compiled
 * as an ES module and as CommonJS under the repository's strict options, and
 * both are run.
 */
const source = readFileSync(new URL('consumer/consumer.ts', import.meta.url), 'utf8');
const PACKS = ['qingshan-lake-2018', 'shanxi-2021', 'nanhu-2022', 'jiashan-2023', 'lishui-2024'];
const ENTRIES: Record<string, string> = {
  'chip-incentives': 'index', 'chip-incentives/testing': 'testing', 'chip-incentives/html': 'html', 'chip-incentives/core': 'core',
  ...Object.fromEntries(PACKS.map((id) => [`chip-incentives/packs/${id}`, `packs/${id}`])),
};

/** The names a declaration file of dist/ exports. */
function declaredExports(entry: string): string[] {
  const file = fileURLToPath(new URL(`../../dist/${entry}.d.ts`, import.meta.url));
  // Only the names are wanted: no default library, no @types.
  const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, noLib: true, types: [] });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  return checker.getExportsOfModule(symbol).map((exported) => exported.name).sort();
}

/** The names the consumer imports from a module, each marked whether it is imported as a type only. */
function importedNames(specifier: string): Array<{ name: string; typeOnly: boolean }> {
  const file = ts.createSourceFile('consumer.ts', source, ts.ScriptTarget.ES2022);
  const names: Array<{ name: string; typeOnly: boolean }> = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || (statement.moduleSpecifier as ts.StringLiteral).text !== specifier) continue;
    const bindings = statement.importClause?.namedBindings;
    for (const element of bindings && ts.isNamedImports(bindings) ? bindings.elements : []) {
      names.push({ name: (element.propertyName ?? element.name).text, typeOnly: element.isTypeOnly || Boolean(statement.importClause?.isTypeOnly) });
    }
  }
  return names;
}

describe('a TypeScript program using the built package', () => {
  let project: BuiltPackageProject;
  let compiled: { ok: boolean; output: string };

  beforeAll(() => {
    project = builtPackageProject();
    compiled = project.compile({ 'consumer.mts': source, 'consumer.cts': source });
  }, 300_000);

  afterAll(() => project?.remove());

  it.each(Object.entries(ENTRIES))('imports every export of %s, the runtime ones as values', async (specifier, entry) => {
    const imported = importedNames(specifier);
    expect(imported.map(({ name }) => name).sort(), `the exports of ${specifier} that test/package/consumer/consumer.ts does not use`).toEqual(declaredExports(entry));
    const runtime = Object.keys((await import(new URL(`../../dist/${entry}.js`, import.meta.url).href)) as object);
    expect(imported.filter(({ name, typeOnly }) => runtime.includes(name) && typeOnly).map(({ name }) => name)).toEqual([]);
  }, 120_000);

  it('imports Decimal as a value, so that `new Decimal` compiles if the types ever declare one', () => {
    expect(importedNames('chip-incentives').find(({ name }) => name === 'Decimal')).toEqual({ name: 'Decimal', typeOnly: false });
    expect(source).toMatch(/\/\/ @ts-expect-error .*\n\s*return new Decimal\('1'\);/);
  });

  it('compiles under strict, as an ES module and as CommonJS, with Decimal a type only', () => {
    // tsc's noUnusedLocals (a repository option) makes every import a use; the @ts-expect-error on
    // `new Decimal('1')` makes a value export named Decimal a compile error.
    expect(compiled.output).toBe('');
    expect(compiled.ok).toBe(true);
  });

  it.each([['ESM', 'consumer.mjs'], ['CJS', 'consumer.cjs']])('runs as %s', (format, file) => {
    const run = project.run(file);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`ok consumer (${format}): every export of chip-incentives, chip-incentives/testing, chip-incentives/html, chip-incentives/core and the packs used\n`);
    expect(run.status).toBe(0);
  }, 120_000);
});
