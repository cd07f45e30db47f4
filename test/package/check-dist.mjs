// Checks the built package (run after `npm run build`): the JSON Schema files it ships are those its
// zod schemas generate, and both builds load and agree on an assessment.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';

const esm = await import('../../dist/index.js');
const cjs = createRequire(import.meta.url)('../../dist/index.cjs');
const read = async (name) => JSON.parse(await readFile(new URL(`../../dist/${name}`, import.meta.url), 'utf8'));

assert.deepEqual(await read('project.schema.json'), esm.projectJsonSchema(), 'dist/project.schema.json is stale');
assert.deepEqual(await read('policy.schema.json'), esm.policyJsonSchema(), 'dist/policy.schema.json is stale');

const project = { name: 'Check', asOf: '2019-01-01', investment: { actual: '250000000', infrastructure: '50000000' } };
const fromEsm = JSON.stringify(esm.toJSON(esm.evaluate(project, { policy: 'qingshan-lake-2018' })));
const fromCjs = JSON.stringify(cjs.toJSON(cjs.evaluate(project, { policy: 'qingshan-lake-2018' })));
assert.equal(fromCjs, fromEsm, 'the CommonJS and ESM builds disagree');

// A pack made by one build is accepted by the other.
const pack = esm.loadPolicy(JSON.stringify(esm.exportPolicy('qingshan-lake-2018')));
assert.equal(JSON.stringify(cjs.toJSON(cjs.evaluate(project, { policy: pack }))), fromEsm, 'a pack does not cross builds');
// Both builds read a pack written in YAML (the yaml package, a runtime dependency, loads in each).
const yamlText = stringify(esm.exportPolicy('qingshan-lake-2018'));
for (const [format, library] of [['ESM', esm], ['CJS', cjs]]) {
  assert.equal(JSON.stringify(library.toJSON(library.evaluate(project, { policy: library.loadPolicy(yamlText) }))), fromEsm, `${format}: a pack read from YAML gives another assessment`);
}
// Both builds carry every pack's source, character for character as seeds/ holds it.
for (const { id, sourceDocument } of esm.listPolicies()) {
  const seed = await readFile(new URL(`../../seeds/${sourceDocument}`, import.meta.url), 'utf8');
  assert.equal(esm.sourceCoverage(id).seed, seed, `${id}: the ESM build's source is not seeds/${sourceDocument}`);
  assert.equal(JSON.stringify(cjs.sourceCoverage(id)), JSON.stringify(esm.sourceCoverage(id)), `${id}: the CommonJS and ESM builds cut the source differently`);
}
// The chart libraries are bundled into the HTML entry only: the main entry carries none of them, and
// the HTML entry loads the library by name (one copy of it) and renders the same page in both builds.
// The shared chunks are part of the entries that load them.
const chunks = (await readdir(new URL('../../dist/', import.meta.url))).filter((name) => /^chunk-.*\.c?js$/.test(name));
for (const name of ['index.js', 'index.cjs', 'testing.js', 'testing.cjs', ...chunks]) {
  const text = await readFile(new URL(`../../dist/${name}`, import.meta.url), 'utf8');
  assert.ok(!/node_modules\/d3-/.test(text), `dist/${name} carries chart code`);
}
for (const name of ['html.js', 'html.cjs']) {
  const text = await readFile(new URL(`../../dist/${name}`, import.meta.url), 'utf8');
  assert.ok(/node_modules\/d3-scale\//.test(text) && /node_modules\/d3-shape\//.test(text), `dist/${name} does not bundle d3-scale and d3-shape`);
  assert.ok(/(from |require\()['"]chip-incentives['"]/.test(text), `dist/${name} does not load the library by name`);
}
console.log('ok dist: schema files current, ESM and CJS agree and carry the sources, packs cross builds and load from YAML, chart code only in the HTML entry');
