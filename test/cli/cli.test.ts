import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

/**
 * The command line as users run it: the built `dist/cli.js`, spawned on real
 * files. Runs after the build (`npm run test:cli`). Golden files pin every
 * format and locale; `UPDATE_GOLDEN=1` rewrites them after a deliberate change.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/cli.js`;
const golden = (name: string) => `${root}test/cli/golden/${name}`;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function matchesGolden(name: string, actual: string) {
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(golden(name))) writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

// Each test spawns Node once or more: on a busy 2-core machine a spawn can take seconds.
describe('chip-incentives (the built command)', { timeout: 120_000 }, () => {
  it('is built', () => {
    expect(existsSync(cli)).toBe(true);
  });

  for (const format of ['text', 'markdown', 'csv', 'json']) {
    for (const locale of ['en', 'zh']) {
      it(`evaluates a project file: ${format}, ${locale}`, () => {
        const result = run(['evaluate', 'examples/cmp-line.json', '--policy', 'qingshan-lake-2018', '--format', format, '--locale', locale]);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        matchesGolden(`evaluate-cmp-line.${locale}.${format === 'markdown' ? 'md' : format === 'text' ? 'txt' : format}`, result.stdout);
      });
    }
  }

  for (const locale of ['en', 'zh']) {
    it(`compares every location: ${locale}`, () => {
      const result = run(['compare', 'examples/rf-line.json', '--locale', locale]);
      expect(result.status).toBe(0);
      matchesGolden(`compare-rf-line.${locale}.txt`, result.stdout);
    });
  }

  for (const [format, locale, name] of [['text', 'en', 'source-qingshan-lake.en.txt'], ['text', 'zh', 'source-qingshan-lake.zh.txt'], ['markdown', 'en', 'source-qingshan-lake.en.md']]) {
    it(`prints a policy's source with each sentence's role: ${format}, ${locale}`, () => {
      const result = run(['source', 'qingshan-lake-2018', '--format', format!, '--locale', locale!]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      matchesGolden(name!, result.stdout);
    });
  }

  it('reads the project from standard input', () => {
    const project = readFileSync(`${root}examples/cmp-line.json`, 'utf8');
    const piped = run(['evaluate', '-', '--policy', 'qingshan-lake-2018', '--format', 'json'], project);
    const fromFile = run(['evaluate', 'examples/cmp-line.json', '--policy', 'qingshan-lake-2018', '--format', 'json']);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(fromFile.stdout);
  });

  it('takes interpretations, overrides and a date', () => {
    const result = run(['evaluate', 'examples/cmp-line.json', '-p', 'qingshan-lake-2018', '--as-of', '2019-06-01', '-i', 'policyFundBase=excluding-infrastructure',
      '-o', 'qingshan-lake-2018/project-co-investment.ceiling=50000000', '-f', 'json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.asOf).toBe('2019-06-01');
    expect(json.items[0].amount).toBe('50000000.00'); // 30% × 215,000,000 = 64,500,000, capped at 50,000,000
    expect(json.items[1].amount).toBe('107500000.00'); // 50% × 215,000,000
  });

  it('evaluates under a policy pack read from a JSON file', () => {
    const result = run(['evaluate', 'examples/cmp-line.json', '--policy', 'test/cli/fixtures/river-district.policy.json', '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('river-district-2026/equipment');
    expect(result.stdout).toContain(',64500000.00,');
  });

  it('reads a policy pack from a YAML file wherever it reads one from JSON', () => {
    const folder = mkdtempSync(join(tmpdir(), 'chip-incentives-yaml-'));
    try {
      const river = join(folder, 'river-district.yaml');
      writeFileSync(river, stringify(JSON.parse(readFileSync(`${root}test/cli/fixtures/river-district.policy.json`, 'utf8'))));
      const fromJson = run(['evaluate', 'examples/cmp-line.json', '--policy', 'test/cli/fixtures/river-district.policy.json', '--format', 'json']);
      expect(run(['evaluate', 'examples/cmp-line.json', '--policy', river, '--format', 'json']).stdout).toBe(fromJson.stdout);
      const compared = run(['compare', 'examples/cmp-line.json', '--policies', `qingshan-lake-2018,${river}`, '--format', 'csv']);
      expect(compared.status).toBe(0);
      expect(compared.stdout).toContain('river-district-2026/equipment');
      const termSheet = join(folder, 'term-sheet.yml');
      writeFileSync(termSheet, stringify(JSON.parse(readFileSync(`${root}test/cli/fixtures/term-sheet-pack.json`, 'utf8'))));
      expect(run(['schema', '--policy', termSheet]).stdout).toBe(run(['schema', '--policy', 'test/cli/fixtures/term-sheet-pack.json']).stdout);
      // A problem is given with its path and the line it was written on; a .json name is read as JSON.
      const broken = join(folder, 'broken.yaml');
      writeFileSync(broken, readFileSync(river, 'utf8').replace(/^id: .*$/m, 'id: River District!'));
      const refused = run(['evaluate', 'examples/cmp-line.json', '--policy', broken]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/- id \(line 1\): /);
      const misnamed = join(folder, 'misnamed.json');
      writeFileSync(misnamed, readFileSync(river, 'utf8'));
      expect(run(['evaluate', 'examples/cmp-line.json', '--policy', misnamed]).stderr).toContain('(input): The policy is not valid JSON');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('lists the policies, prints the schemas and explains a rule', () => {
    expect(run(['policies']).stdout).toContain('qingshan-lake-2018/project-co-investment');
    expect(run(['policies', '--as-of', '2020-01-01', '--format', 'json']).stdout).not.toContain('lishui-2024');
    expect(JSON.parse(run(['schema']).stdout).title).toBe('chip-incentives project');
    expect(JSON.parse(run(['schema', '--policy-definition']).stdout).title).toBe('chip-incentives policy definition');
    // A pack's own facts, each with its label and unit, the required one required.
    const forPack = JSON.parse(run(['schema', '--policy', 'test/cli/fixtures/term-sheet-pack.json']).stdout);
    expect(forPack.title).toBe('chip-incentives project for test-district');
    expect(forPack.required).toEqual(['name', 'investment', 'facts']);
    expect(forPack.properties.facts.required).toEqual(['test-district/signed']);
    expect(forPack.properties.facts.properties['test-district/new-hires']).toMatchObject({
      type: 'integer', maximum: 100000, title: 'new hires', description: 'new hires (新增雇员): count, in hires, at most 100000.',
    });
    expect(run(['schema', '--policy', 'qingshan-lake-2018', '--policy-definition']).stderr).toContain('not both');
    const explained = run(['explain', 'qingshan-lake-2018/project-co-investment']);
    expect(explained.stdout).toContain('importantCeiling = 100,000,000');
    expect(explained.stdout).toContain('We will match up to 30 million RMB');
    expect(explained.stdout).toContain('majorProject');
  });

  it.each([
    ['a negative amount', 'test/cli/fixtures/negative-amount.json', ['investment.actual: An amount cannot be negative; got -5.']],
    ['a file that is not JSON', 'test/cli/fixtures/not-json.json', ['(input): The project is not valid JSON']],
    ['many problems at once', 'test/cli/fixtures/many-problems.json', [
      'invalid input (6 problems)',
      'asOf: "2018-02-30" is not a real calendar date.',
      'investment.actual: Cannot read "ten million" as an amount in yuan',
      'investmnet: Unknown field',
      'talents[1].rent.months: Expected a whole number from 1 to 1200; got 0.',
      'talents[1].name: Talent names must be unique',
      'talentStartup.founder: The founder "Gu" is not among the project\'s talents',
    ]],
  ])('exits 1 on %s, listing every problem on standard error, without a stack trace', (_, file, expected) => {
    const result = run(['evaluate', file, '--policy', 'qingshan-lake-2018']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    for (const text of expected) expect(result.stderr).toContain(text);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a policy that is neither a built-in id nor a file, naming both', () => {
    const result = run(['evaluate', 'examples/cmp-line.json', '--policy', 'atlantis', '-i', 'majorProject=generous']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--policy "atlantis" is not a built-in policy (qingshan-lake-2018, shanxi-2021, nanhu-2022, jiashan-2023, lishui-2024) and no such file.');
  });

  it('exits 1 on an unknown reading', () => {
    const result = run(['evaluate', 'examples/cmp-line.json', '--policy', 'qingshan-lake-2018', '-i', 'majorProject=generous']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('options.interpretations.majorProject: Expected one of "ratio-applies", "ceiling-only"; got "generous".');
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [['evaluate', 'examples/cmp-line.json', '--polcy', 'x'], 'Unknown option "--polcy". Did you mean "--policy"?'],
    [['evaluate', 'examples/cmp-line.json'], 'evaluate needs --policy'],
    [['evaluate', 'no-such-file.json', '--policy', 'qingshan-lake-2018'], 'No such file: "no-such-file.json".'],
    [['evaluate', 'examples/cmp-line.json', '--policy', 'qingshan-lake-2018', '--format', 'pdf'], '--format must be one of text, markdown, csv, json'],
    [['evaluate', 'examples/cmp-line.json', '--policy', 'qingshan-lake-2018', '-i', 'majorProject'], '--interpret expects name=value'],
    [['schema', '--locale', 'zh'], 'schema does not take --locale'],
    [['explain', 'qingshan-lake-2018/nothing'], 'No rule "qingshan-lake-2018/nothing"'],
    [[], 'Usage: chip-incentives <command>'],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('shows the help of each command, and the version', () => {
    for (const command of ['evaluate', 'compare', 'policies', 'schema', 'explain']) {
      const result = run([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Usage: chip-incentives ${command}`);
    }
    expect(run(['--help']).stdout).toContain('Commands:');
    const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(version);
  });
});
