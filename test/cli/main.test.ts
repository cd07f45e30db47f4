import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/cli/read-input.js';
import { USAGE } from '../../src/cli/usage.js';
import { hasRawControl, runMain, systemError } from './run-main.js';

/**
 * The command line run in this process through `main`: exit statuses, the
 * options it builds, the values it reads by their unit, what it echoes and
 * the hints it gives. The built command is tested in `cli.test.ts` and
 * `process.test.ts`, where the process itself matters.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const cmpLine = `${root}examples/cmp-line.json`;
const project = readFileSync(cmpLine, 'utf8');
const QINGSHAN = ['-p', 'qingshan-lake-2018'];

/** A technology-based SME with 3,000,000 of R&D spending: the Jiashan tier tables read it. */
const sme = JSON.stringify({
  name: 'Hypothetical wafer-carrier maker', asOf: '2023-09-01', investment: { actual: '80000000' },
  enterprise: { technologyBasedSME: true }, finance: { rdSpending: '3000000' },
});

function itemOf(json: string, ruleId: string): { amount: string; basis: string } {
  const items = (JSON.parse(json) as { items: Array<{ ruleId: string; amount: string; basis: string }> }).items;
  const item = items.find((candidate) => candidate.ruleId === ruleId);
  if (!item) throw new Error(`no item ${ruleId}`);
  return item;
}

// Long enough for the slowest of these on a busy 2-core machine, many times over; nothing here measures time.
describe('the command line, in process', { timeout: 60_000 }, () => {
  describe('options built from the command line never reach a prototype', () => {
    const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype];
    const names = () => PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).map(String).sort().join(','));

    it.each([
      [['-o', '__proto__.then=1'], 'options.overrides.__proto__: Unknown rule "__proto__"'],
      [['-o', '__proto__.toString=1'], 'options.overrides.__proto__: Unknown rule "__proto__"'],
      [['-o', 'constructor.assign=1'], 'options.overrides.constructor: Unknown rule "constructor"'],
      [['-o', 'constructor.keys=1'], 'options.overrides.constructor: Unknown rule "constructor"'],
      [['-o', 'prototype.polluted=1'], 'options.overrides.prototype: Unknown rule "prototype"'],
      [['-o', 'qingshan-lake-2018/talent-rent.__proto__=1'], 'options.overrides.qingshan-lake-2018/talent-rent.__proto__: Unknown parameter "__proto__"'],
      [['-o', 'qingshan-lake-2018/talent-rent.constructor=1'], 'options.overrides.qingshan-lake-2018/talent-rent.constructor: Unknown parameter "constructor"'],
      [['-o', 'qingshan-lake-2018/talent-rent.prototype=1'], 'options.overrides.qingshan-lake-2018/talent-rent.prototype: Unknown parameter "prototype"'],
      [['-i', '__proto__=ceiling-only'], 'options.interpretations.__proto__: The key "__proto__" is not accepted'],
      [['-i', 'constructor=ceiling-only'], 'options.interpretations.constructor: Unknown interpretation "constructor"'],
      [['-i', 'prototype=x'], 'options.interpretations.prototype: Unknown interpretation "prototype"'],
      [['-i', 'majorProject=__proto__'], 'options.interpretations.majorProject: Expected one of "ratio-applies", "ceiling-only"; got "__proto__".'],
      [['-i', 'majorProject=constructor'], 'options.interpretations.majorProject: Expected one of "ratio-applies", "ceiling-only"; got "constructor".'],
    ])('%j is an input error of the library (exit 1), and no built-in prototype changes', (args, issue) => {
      const before = names();
      const result = runMain(['evaluate', cmpLine, ...QINGSHAN, ...args]);
      expect(result.status, result.err).toBe(1);
      expect(result.err).toContain(issue);
      expect(names()).toEqual(before);
      expect(({} as Record<string, unknown>)['then']).toBeUndefined();
      expect(Object.keys).toBeTypeOf('function');
      expect(String({})).toBe('[object Object]');
    });

    it.each([
      [['compare', cmpLine, '--policies', '__proto__']],
      [['compare', cmpLine, '--policies', 'constructor,qingshan-lake-2018']],
      [['evaluate', cmpLine, '--policy', 'prototype']],
      [['explain', '__proto__']],
      [['explain', 'constructor']],
      [['source', '__proto__']],
      [['source', 'constructor']],
      [['__proto__']],
      [['evaluate', cmpLine, ...QINGSHAN, '--__proto__', 'x']],
      [['evaluate', cmpLine, ...QINGSHAN, '--constructor']],
      [['evaluate', cmpLine, ...QINGSHAN, '--format', '__proto__']],
      [['evaluate', cmpLine, ...QINGSHAN, '--locale', 'constructor']],
    ])('%j is a usage error (exit 2), and no built-in prototype changes', (args) => {
      const before = names();
      const result = runMain(args);
      expect(result.status, result.err).toBe(2);
      expect(result.err).not.toMatch(/internal error|\n\s+at /);
      expect(names()).toEqual(before);
    });
  });

  describe('--override reads each value by the unit of its parameter', () => {
    it('takes months as a whole number', () => {
      const result = runMain(['evaluate', cmpLine, ...QINGSHAN, '-o', 'qingshan-lake-2018/talent-rent.months=48', '-f', 'json']);
      expect(result.status, result.err).toBe(0);
      // The process engineer rents at 2,600 a month: min(2,000, 2,600) × 48 months = 96,000.
      expect(itemOf(result.out, 'qingshan-lake-2018/talent-rent').amount).toBe('96000.00');
    });

    it.each([
      ['48.5', 'Expected a whole number from 1 to 1200; got "48.5".'],
      ['1201', 'Expected a whole number from 1 to 1200; got 1201.'],
      ['0', 'Expected a whole number from 1 to 1200; got 0.'],
      ['forty', 'Expected a whole number from 1 to 1200; got "forty".'],
      ['-1e1000000000', 'Expected a whole number from 1 to 1200; got "-1e1000000000".'],
    ])('refuses months=%s as the library does (exit 1)', (value, message) => {
      const result = runMain(['evaluate', cmpLine, ...QINGSHAN, '-o', `qingshan-lake-2018/talent-rent.months=${value}`]);
      expect(result.status).toBe(1);
      expect(result.err).toContain(`options.overrides.qingshan-lake-2018/talent-rent.months: ${message}`);
    });

    it('takes a tier table as JSON', () => {
      const tiers = '{"base":"finance.rdSpending","brackets":[{"from":"0","amount":"500000"},{"from":"2000000","amount":"1500000"}]}';
      const result = runMain(['evaluate', '-', '-p', 'jiashan-2023', '-o', `jiashan-2023/tiered-funding.tiers=${tiers}`, '-f', 'json'], { stdin: sme });
      expect(result.status, result.err).toBe(0);
      // R&D spending 3,000,000 is in the bracket from 2,000,000: 1,500,000, below the ceiling of 50,000,000.
      expect(itemOf(result.out, 'jiashan-2023/tiered-funding')).toMatchObject({ amount: '1500000.00', basis: 'formula' });
    });

    it('refuses a tier table amount JSON cannot hold exactly, rather than pass it on a cent off (exit 2)', () => {
      // 99999999999999.99 as a double is 99999999999999.984375, which reads "99999999999999.98".
      const tiers = '{"base":"finance.rdSpending","brackets":[{"from":"0","amount":99999999999999.99}]}';
      const result = runMain(['evaluate', '-', '-p', 'jiashan-2023', '-o', `jiashan-2023/tiered-funding.tiers=${tiers}`], { stdin: sme });
      expect(result.status).toBe(2);
      expect(result.err).toContain(
        '--override "jiashan-2023/tiered-funding.tiers", at brackets[0].amount: The number 99999999999999.99 cannot be held exactly as a JSON number; write it as a string: "99999999999999.99".',
      );
    });

    it('takes null for a tier table not published', () => {
      const result = runMain(['evaluate', '-', '-p', 'jiashan-2023', '-o', 'jiashan-2023/tiered-funding.tiers=null', '-f', 'json'], { stdin: sme });
      expect(result.status, result.err).toBe(0);
      // Without tiers the item is the stated maximum, 50,000,000, on the basis "ceiling".
      expect(itemOf(result.out, 'jiashan-2023/tiered-funding')).toMatchObject({ amount: '50000000.00', basis: 'ceiling' });
    });

    it('says how to write a tier table that is not JSON (exit 2)', () => {
      const result = runMain(['evaluate', '-', '-p', 'jiashan-2023', '-o', 'jiashan-2023/tiered-funding.tiers={base:1}'], { stdin: sme });
      expect(result.status).toBe(2);
      expect(result.err).toContain('--override "jiashan-2023/tiered-funding.tiers" is a tier table, written as JSON such as');
    });

    it.each([
      ['{"base":"finance.rdSpending","brackets":[]}', 'options.overrides.jiashan-2023/tiered-funding.tiers.brackets: A tier table has from 1 to 100 brackets.'],
      ['{"base":"finance.rdSpending","brackets":[{"from":"0","amount":"1"}],"__proto__":{}}', 'options.overrides.jiashan-2023/tiered-funding.tiers.__proto__: Unknown field'],
      ['[1]', 'options.overrides.jiashan-2023/tiered-funding.tiers: Expected an object with named fields; got a list.'],
    ])('leaves the checks of a tier table to the library (exit 1): %s', (tiers, issue) => {
      const result = runMain(['evaluate', '-', '-p', 'jiashan-2023', '-o', `jiashan-2023/tiered-funding.tiers=${tiers}`], { stdin: sme });
      expect(result.status).toBe(1);
      expect(result.err).toContain(issue);
    });

    it('reads a unit from a policy file as from a built-in pack', () => {
      const pack = `${root}test/cli/fixtures/river-district.policy.json`;
      const result = runMain(['evaluate', cmpLine, '-p', pack, '-o', 'river-district-2026/equipment.ceiling=1000000', '-f', 'json']);
      expect(result.status, result.err).toBe(0);
      expect(itemOf(result.out, 'river-district-2026/equipment').amount).toBe('1000000.00');
    });
  });

  describe('a policy named on the command line', () => {
    it('that is no built-in id and no file is a usage error naming both, with the closest id (exit 2)', () => {
      const result = runMain(['evaluate', cmpLine, '-p', 'qingshan-lake-2108']);
      expect(result.status).toBe(2);
      expect(result.err).toContain('--policy "qingshan-lake-2108" is not a built-in policy (qingshan-lake-2018, shanxi-2021, nanhu-2022, jiashan-2023, lishui-2024) and no such file. Did you mean "qingshan-lake-2018"?');
    });

    it('that is a missing file is the same usage error as an unknown id (exit 2), as for a missing project', () => {
      const policy = runMain(['evaluate', cmpLine, '-p', 'no-such-dir/my-district.policy.json']);
      const projectFile = runMain(['evaluate', 'no-such-dir/project.json', ...QINGSHAN]);
      expect([policy.status, projectFile.status]).toEqual([2, 2]);
      expect(policy.err).toContain('--policy "no-such-dir/my-district.policy.json" is not a built-in policy (');
      expect(policy.err).toContain(') and no such file.');
      expect(projectFile.err).toContain('No such file: "no-such-dir/project.json".');
    });

    it('may be a pack file in --policies too', () => {
      const pack = `${root}test/cli/fixtures/river-district.policy.json`;
      const result = runMain(['compare', cmpLine, '--policies', `qingshan-lake-2018,${pack}`, '-f', 'json']);
      expect(result.status, result.err).toBe(0);
      const entries = (JSON.parse(result.out) as { entries: Array<{ policy: { id: string } }> }).entries;
      expect(entries.map((entry) => entry.policy.id)).toEqual(['qingshan-lake-2018', 'river-district-2026']);
    });

    it.each([[',,,'], [' , '], ['']])('--policies %j names no policy: a usage error (exit 2)', (value) => {
      const result = runMain(['compare', cmpLine, '--policies', value]);
      expect(result.status).toBe(2);
      expect(result.err).toContain('--policies names no policy');
      expect(result.out).toBe('');
    });

    it('in --policies that is unknown is the same usage error, with the closest id (exit 2)', () => {
      const result = runMain(['compare', cmpLine, '--policies', 'qingshan-lake-2018,jiashan2023']);
      expect(result.status).toBe(2);
      expect(result.err).toContain('--policies "jiashan2023" is not a built-in policy (');
      expect(result.err).toContain('Did you mean "jiashan-2023"?');
    });
  });

  describe('did you mean', () => {
    it.each([
      [['evalaute', cmpLine], 2, 'Unknown command "evalaute". Did you mean "evaluate"?'],
      [['explian', 'x'], 2, 'Unknown command "explian". Did you mean "explain"?'],
      [['evaluate', cmpLine, '--polciy', 'qingshan-lake-2018'], 2, 'Unknown option "--polciy". Did you mean "--policy"?'],
      [['compare', cmpLine, '--polices', 'qingshan-lake-2018'], 2, 'Unknown option "--polices". Did you mean "--policies"?'],
      [['compare', cmpLine, '--policy', 'qingshan-lake-2018'], 2, 'compare does not take --policy. Did you mean "--policies"?'],
      [['evaluate', cmpLine, ...QINGSHAN, '--format', 'jsno'], 2, '--format must be one of text, markdown, csv, json, html; got "jsno". Did you mean "json"?'],
      [['explain', 'qingshan-lake-2018/talent-rnet'], 2, 'No rule "qingshan-lake-2018/talent-rnet". Did you mean "qingshan-lake-2018/talent-rent"?'],
      [['explain', 'talent-rent'], 2, 'No rule "talent-rent". Did you mean "qingshan-lake-2018/talent-rent"?'],
      [['source', 'qingshan-lake-2108'], 2, 'No built-in policy "qingshan-lake-2108"; the sources are those of qingshan-lake-2018, '],
      [['source', 'jiashan2023'], 2, '(a pack file carries none). Did you mean "jiashan-2023"?'],
      [['sourse', 'jiashan-2023'], 2, 'Unknown command "sourse". Did you mean "source"?'],
      [['evaluate', cmpLine, ...QINGSHAN, '-o', 'qingshan-lake-2018/talent-rnet.months=48'], 1,
        'options.overrides.qingshan-lake-2018/talent-rnet: Unknown rule "qingshan-lake-2018/talent-rnet" for this policy; its rules are: '],
      [['evaluate', cmpLine, ...QINGSHAN, '-o', 'talent-rent.months=48'], 1, '. Did you mean "qingshan-lake-2018/talent-rent"?'],
      [['evaluate', cmpLine, ...QINGSHAN, '-o', 'qingshan-lake-2018/talent-rent.month=48'], 1,
        'Unknown parameter "month" for this rule; its parameters are: monthlyCeiling, months. Did you mean "months"?'],
      [['evaluate', cmpLine, ...QINGSHAN, '-i', 'majorProjcet=ceiling-only'], 1,
        'Unknown interpretation "majorProjcet" for this policy; its interpretations are: majorProject, policyFundBase, housingBenefits, startupFounder, coInvestmentScope, incrementalPayment, incrementalTalent, incrementalOverlap, paymentsBeforeSource. Did you mean "majorProject"?'],
      [['evaluate', cmpLine, ...QINGSHAN, '-i', 'majorProject=ceiling-onyl'], 1,
        'Expected one of "ratio-applies", "ceiling-only"; got "ceiling-onyl". Did you mean "ceiling-only"?'],
    ])('%j (exit %i): %s', (args, status, message) => {
      const result = runMain(args);
      expect(result.status).toBe(status);
      expect(result.err).toContain(message);
    });

    it('gives the rule hint after the rule list of the library', () => {
      const result = runMain(['evaluate', cmpLine, ...QINGSHAN, '-o', 'qingshan-lake-2018/talent-rnet.months=48']);
      expect(result.err).toMatch(/qingshan-lake-2018\/incremental-support\. Did you mean "qingshan-lake-2018\/talent-rent"\?\n/);
    });

    it('stays quiet when nothing is close', () => {
      const result = runMain(['evaluate', cmpLine, '--zzzzzz']);
      expect(result.status).toBe(2);
      expect(result.err).toContain('Unknown option "--zzzzzz".\n');
    });
  });

  describe('an option given twice', () => {
    it.each([
      [['evaluate', cmpLine, ...QINGSHAN, '-p', 'jiashan-2023'], '--policy is given two values, "qingshan-lake-2018" and "jiashan-2023": give it once.'],
      [['evaluate', cmpLine, ...QINGSHAN, '--as-of', '2019-01-01', '--as-of', '2020-01-01'], '--as-of is given two values, "2019-01-01" and "2020-01-01"'],
      [['evaluate', cmpLine, ...QINGSHAN, '--format', 'text', '-f', 'html'], '--format is given two values, "text" and "html"'],
      [['compare', cmpLine, '--locale', 'en', '--locale=zh'], '--locale is given two values, "en" and "zh"'],
      [['compare', cmpLine, '--policies', 'nanhu-2022', '--policies', 'lishui-2024'], '--policies is given two values, "nanhu-2022" and "lishui-2024"'],
      [['source', 'nanhu-2022', '-f', 'json', '-f', '\u001b[2Jtext'], '--format is given two values, "json" and "\\u001b[2Jtext"'],
    ])('with two values is a usage error naming both (%j)', (args, message) => {
      // Under the old code the last value was kept without a word: the first command assessed under Jiashan.
      const result = runMain(args);
      expect(result.status).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toContain(message);
      expect(hasRawControl(result.err)).toBe(false);
    });

    it('with the same value twice is that value', () => {
      const once = runMain(['evaluate', cmpLine, ...QINGSHAN, '--as-of', '2019-01-01', '-f', 'json']);
      const twice = runMain(['evaluate', cmpLine, ...QINGSHAN, ...QINGSHAN, '--as-of', '2019-01-01', '--as-of=2019-01-01', '-f', 'json', '-f', 'json']);
      expect(twice.status).toBe(0);
      expect(twice.out).toBe(once.out);
    });
  });

  describe('what a message echoes is escaped', () => {
    const HOSTILE = ['\u001b[2J\u001b]0;owned\u0007', 'a\rforged line', 'nul\u0000byte', 'rtl\u202eexe.json', 'lone\ud800half', 'del\u007f', 'c1\u009b31m', 'line\u2028break'];

    it.each(HOSTILE)('never writes the raw controls of %j to standard error, whatever the argument', (hostile) => {
      const calls = [
        [hostile],
        ['evaluate', cmpLine, `--${hostile}`],
        ['evaluate', cmpLine, `-${hostile}`],
        ['evaluate', cmpLine, '--help=' + hostile],
        ['evaluate', cmpLine, ...QINGSHAN, '--format', hostile],
        ['evaluate', cmpLine, ...QINGSHAN, '--locale', hostile],
        ['evaluate', cmpLine, ...QINGSHAN, 'extra', hostile],
        ['evaluate', hostile, ...QINGSHAN],
        ['evaluate', cmpLine, '-p', hostile],
        ['compare', cmpLine, '--policies', hostile],
        ['explain', hostile],
        ['source', hostile],
        ['source', 'nanhu-2022', hostile],
        ['evaluate', cmpLine, ...QINGSHAN, '-o', hostile],
        ['evaluate', cmpLine, ...QINGSHAN, '-o', `${hostile}=1`],
        ['evaluate', cmpLine, ...QINGSHAN, '-o', `${hostile}.x=1`],
        ['evaluate', cmpLine, ...QINGSHAN, '-o', `qingshan-lake-2018/talent-rent.${hostile}=1`],
        ['evaluate', cmpLine, ...QINGSHAN, '-o', `qingshan-lake-2018/talent-rent.months=${hostile}`],
        ['evaluate', '-', '-p', 'jiashan-2023', '-o', `jiashan-2023/tiered-funding.tiers=${hostile}`],
        ['evaluate', cmpLine, ...QINGSHAN, '-i', hostile],
        ['evaluate', cmpLine, ...QINGSHAN, '-i', `${hostile}=x`],
        ['evaluate', cmpLine, ...QINGSHAN, '-i', `majorProject=${hostile}`],
        ['evaluate', cmpLine, ...QINGSHAN, '--as-of', hostile],
        ['policies', '--as-of', hostile],
      ];
      for (const args of calls) {
        const result = runMain(args, { stdin: sme });
        expect([1, 2], `${JSON.stringify(args)}: ${result.err}`).toContain(result.status);
        expect(hasRawControl(result.err), `${JSON.stringify(args)}: ${JSON.stringify(result.err)}`).toBe(false);
      }
    });

    it('escapes what it echoes in the \\u form', () => {
      const result = runMain(['evaluate', cmpLine, ...QINGSHAN, '--format', 'x\u001b[31my\u202e']);
      expect(result.err).toContain('got "x\\u001b[31my\\u202e".');
    });
  });

  describe('a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chip-incentives-bom-'));

    it('is skipped at the start of a project file and of standard input', () => {
      const withMark = join(dir, 'project.json');
      writeFileSync(withMark, `\ufeff${project}`);
      const plain = runMain(['evaluate', cmpLine, ...QINGSHAN, '-f', 'json']);
      const fromFile = runMain(['evaluate', withMark, ...QINGSHAN, '-f', 'json']);
      const fromStdin = runMain(['evaluate', '-', ...QINGSHAN, '-f', 'json'], { stdin: `\ufeff${project}` });
      expect([plain.status, fromFile.status, fromStdin.status]).toEqual([0, 0, 0]);
      expect(fromFile.out).toBe(plain.out);
      expect(fromStdin.out).toBe(plain.out);
    });

    it('is skipped at the start of a policy file', () => {
      const pack = join(dir, 'river.policy.json');
      writeFileSync(pack, `\ufeff${readFileSync(`${root}test/cli/fixtures/river-district.policy.json`, 'utf8')}`);
      const result = runMain(['evaluate', cmpLine, '-p', pack, '-f', 'csv']);
      expect(result.status, result.err).toBe(0);
      expect(result.out).toContain('river-district-2026/equipment');
    });

    it('is skipped at the start of a project given as JSON with an amount JSON cannot hold exactly, which is refused at its path (exit 1)', () => {
      // 99999999999999.99 as a double is 99999999999999.984375: it would have been read as 99,999,999,999,999.98.
      const result = runMain(['evaluate', '-', ...QINGSHAN], { stdin: '\ufeff{"name":"Fab","investment":{"actual":99999999999999.99}}' });
      expect(result.status).toBe(1);
      expect(result.err).toContain('- investment.actual: The number 99999999999999.99 cannot be held exactly as a JSON number; write it as a string: "99999999999999.99".');
    });

    it('is skipped once only: a second one is the JSON error it is', () => {
      const result = runMain(['evaluate', '-', ...QINGSHAN], { stdin: `\ufeff\ufeff${project}` });
      expect(result.status).toBe(1);
      expect(result.err).toContain('(input): The project is not valid JSON');
    });
  });

  describe('reading', () => {
    it('refuses /dev/zero as a project once 32 MiB are read, naming the limit (exit 1)', () => {
      const result = runMain(['evaluate', '/dev/zero', ...QINGSHAN]);
      expect(result.status).toBe(1);
      expect(result.err).toContain('(input): The project is longer than 32 MiB (33,554,432 bytes), the most the command line reads');
    });

    it('states the limit in every help that reads an input', () => {
      for (const text of [USAGE.main, USAGE.evaluate, USAGE.compare]) expect(text).toContain(`up to 32 MiB (${MAX_INPUT_BYTES.toLocaleString('en-US')} bytes)`);
      expect(MAX_INPUT_BYTES).toBe(32 * 1024 * 1024);
    });

    it('refuses /dev/zero as a policy file in the same way (exit 1)', () => {
      const result = runMain(['evaluate', cmpLine, '-p', '/dev/zero']);
      expect(result.status).toBe(1);
      expect(result.err).toContain('(input): The policy file is longer than 32 MiB (33,554,432 bytes)');
    });

    it('refuses a file that is not UTF-8, saying so (exit 1)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'chip-incentives-latin1-'));
      const file = join(dir, 'project.json');
      writeFileSync(file, Buffer.from('{"name":"Caf\xe9"}', 'latin1'));
      const result = runMain(['evaluate', file, ...QINGSHAN]);
      expect(result.status).toBe(1);
      expect(result.err).toContain('(input): The project is not UTF-8 text');
    });

    it('calls a directory given as a project a usage error (exit 2)', () => {
      const result = runMain(['evaluate', `${root}examples`, ...QINGSHAN]);
      expect(result.status).toBe(2);
      expect(result.err).toContain('(EISDIR: a directory).');
    });

    it('calls a failing standard input an I/O error (exit 4)', () => {
      const result = runMain(['evaluate', '-', ...QINGSHAN], { stdin: () => { throw systemError('EIO', 'read'); } });
      expect(result.status).toBe(4);
      expect(result.err).toBe('chip-incentives: Cannot read standard input: EIO.\n');
    });
  });

  describe('writing', () => {
    it('calls a full disk an I/O error (exit 4), not invalid input', () => {
      const result = runMain(['policies'], { stdout: () => { throw systemError('ENOSPC', 'write'); } });
      expect(result.status).toBe(4);
      expect(result.err).toBe('chip-incentives: Cannot write to standard output: ENOSPC: simulated, write.\n');
    });

    it('ends quietly (exit 0) when the reader closes standard output', () => {
      const result = runMain(['evaluate', cmpLine, ...QINGSHAN], { stdout: () => { throw systemError('EPIPE', 'write'); } });
      expect(result).toEqual({ status: 0, out: '', err: '' });
    });

    it('ends quietly on a closed pipe after help and version too', () => {
      for (const args of [['--help'], ['--version'], ['evaluate', '--help']]) {
        expect(runMain(args, { stdout: () => { throw systemError('EPIPE', 'write'); } }).status).toBe(0);
      }
    });

    it('reports a defect as an internal error (exit 3), not as an I/O error', () => {
      const result = runMain(['policies'], { stdout: () => { throw new TypeError('a defect'); } });
      expect(result.status).toBe(3);
      expect(result.err).toBe('chip-incentives: internal error, please report it: TypeError: a defect\n');
    });
  });
});
