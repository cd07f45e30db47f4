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
import * as esmCore from 'chip-incentives/core';
import * as esmQingshan from 'chip-incentives/packs/qingshan-lake-2018';
import * as esmShanxi from 'chip-incentives/packs/shanxi-2021';
import * as esmNanhu from 'chip-incentives/packs/nanhu-2022';
import * as esmJiashan from 'chip-incentives/packs/jiashan-2023';
import * as esmLishui from 'chip-incentives/packs/lishui-2024';

const require = createRequire(`${process.cwd()}/`);
const cjs = require('chip-incentives');
const cjsTesting = require('chip-incentives/testing');
const cjsHtml = require('chip-incentives/html');
const cjsCore = require('chip-incentives/core');
const PACK_ENTRIES = { 'qingshan-lake-2018': 'qingshanLake2018', 'shanxi-2021': 'shanxi2021', 'nanhu-2022': 'nanhu2022', 'jiashan-2023': 'jiashan2023', 'lishui-2024': 'lishui2024' };
const esmPacks = [esmQingshan, esmShanxi, esmNanhu, esmJiashan, esmLishui];

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

// chip-incentives/core and the packs' entries share the library of their build: each pack is the object
// the main entry exports, evaluates as its id does, and a refusal is the main entry's IncentiveInputError.
for (const [format, library, core, packs] of [
  ['ESM', esm, esmCore, esmPacks],
  ['CJS', cjs, cjsCore, Object.keys(PACK_ENTRIES).map((id) => require(`chip-incentives/packs/${id}`))],
]) {
  Object.entries(PACK_ENTRIES).forEach(([id, name], index) => {
    assert.deepEqual(Object.keys(packs[index]), [name], `${format}: chip-incentives/packs/${id} does not export ${name} alone`);
    assert.equal(packs[index][name], library[name], `${format}: the pack of chip-incentives/packs/${id} is not the main entry's ${name}`);
    const asOf = '2024-09-01';
    const fromId = JSON.stringify(library.toJSON(library.evaluate(project, { policy: id, asOf })));
    assert.equal(JSON.stringify(core.toJSON(core.evaluate(project, { policy: packs[index][name], asOf }))), fromId, `${format}: ${id} from its entry gives another assessment`);
  });
  const refused = thrown(() => core.evaluate(project, { policy: 'qingshan-lake-2018' }));
  assert.ok(refused instanceof library.IncentiveInputError, `${format}: the core entry's input error is not the main entry's IncentiveInputError`);
  assert.match(refused.message, /import \{ qingshanLake2018 \} from 'chip-incentives\/packs\/qingshan-lake-2018'/, `${format}: ${refused.message}`);
}
// A pack of the other build is refused by the core entry, and taken by the main entry, which validates it again.
const crossed = thrown(() => cjsCore.evaluate(project, { policy: esm.qingshanLake2018 }));
assert.ok(crossed instanceof cjs.IncentiveInputError && /a pack of another copy/.test(crossed.message), `CJS core took the ESM pack: ${crossed.message}`);
assert.equal(JSON.stringify(cjs.toJSON(cjs.evaluate(project, { policy: esm.qingshanLake2018 }))), JSON.stringify(cjs.toJSON(cjs.evaluate(project, { policy: 'qingshan-lake-2018' }))));

const [fromEsm, fromCjs] = [esm, cjs].map((library) => JSON.stringify(library.toJSON(library.evaluate(project, { policy: 'qingshan-lake-2018' }))));
assert.equal(fromCjs, fromEsm, 'the ESM and CommonJS entries disagree');
console.log('ok entries: ESM and CJS load by name and agree; the testing and html entries share the library and check their arguments; core and the packs share it too');
