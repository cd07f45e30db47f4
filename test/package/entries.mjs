// Loads the entries of the built package by name, as a user's project does, in ESM and in CommonJS,
// and checks that `chip-incentives/testing` uses the library it sits beside rather than a copy of its
// own: its input errors are the main entry's `IncentiveInputError`, and a mistake in its arguments is
// reported as one before any project is generated. Run with Node from a directory where
// `chip-incentives` resolves: the repository after `npm run build` (the package refers to itself by
// name), or a project that installed the package. Prints one line and exits 0 when all holds.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as esm from 'chip-incentives';
import * as esmTesting from 'chip-incentives/testing';
import * as esmHtml from 'chip-incentives/html';

const require = createRequire(`${process.cwd()}/`);
const cjs = require('chip-incentives');
const cjsTesting = require('chip-incentives/testing');
const cjsHtml = require('chip-incentives/html');

/** The error a call throws, or a failure when it throws none. */
function thrown(call) {
  try {
    call();
  } catch (error) {
    return error;
  }
  assert.fail('expected an error');
}

for (const [format, library, testing] of [['ESM', esm, esmTesting], ['CJS', cjs, cjsTesting]]) {
  const unknown = thrown(() => testing.checkPolicy('no-such-pack'));
  assert.ok(unknown instanceof library.IncentiveInputError, `${format}: the testing entry's input error is not the main entry's IncentiveInputError`);
  assert.deepEqual(unknown.issues.map((issue) => [issue.code, issue.path.join('.')]), [['unknown_option', 'policy']], `${format}: ${unknown.message}`);

  const options = thrown(() => testing.checkPolicy('qingshan-lake-2018', { runs: -1, seed: 'x' }));
  assert.ok(options instanceof library.IncentiveInputError, `${format}: bad options are not an input error: ${options.message}`);
  assert.deepEqual(options.issues.map((issue) => issue.path.join('.')), ['options.runs', 'options.seed'], `${format}: ${options.message}`);

  const pack = library.loadPolicy(JSON.stringify(library.exportPolicy('qingshan-lake-2018')));
  assert.equal(testing.checkPolicy(pack, { runs: 5, seed: 1 }).policy, 'qingshan-lake-2018', `${format}: a loaded pack fails its check`);
}

const project = { name: 'Installed', asOf: '2019-01-01', investment: { actual: '250000000', infrastructure: '50000000' } };
// chip-incentives/html reads results through the main entry it sits beside: a result of either
// build is recognised by that build's HTML entry, and its refusals are that build's input errors.
for (const [format, library, html] of [['ESM', esm, esmHtml], ['CJS', cjs, cjsHtml]]) {
  const made = library.evaluate({ name: 'Page', asOf: '2019-01-01', investment: { actual: '250000000' } }, { policy: 'qingshan-lake-2018' });
  assert.match(html.renderReport(made), /^<!doctype html>/, `${format}: the HTML entry does not render the main entry's assessment`);
  const copy = thrown(() => html.renderReport({ ...made }));
  assert.ok(copy instanceof library.IncentiveInputError, `${format}: the HTML entry's input error is not the main entry's IncentiveInputError`);
}

const [fromEsm, fromCjs] = [esm, cjs].map((library) => JSON.stringify(library.toJSON(library.evaluate(project, { policy: 'qingshan-lake-2018' }))));
assert.equal(fromCjs, fromEsm, 'the ESM and CommonJS entries disagree');
console.log('ok entries: ESM and CJS load by name and agree; the testing and html entries share the library and check their arguments');
