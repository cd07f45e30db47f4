import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportPolicy, listPolicies } from '../../src/index.js';
import { FUZZ_SCALE, FUZZ_SEED } from '../fuzz/plan.js';
import { hasRawControl, runMain } from './run-main.js';

/**
 * The command line under hostile arguments, in every position: the command,
 * the positional argument, option names, option values, and each part of an
 * `--override` (rule id, parameter, value), of an `--interpret` (id, reading)
 * and of a `--policies` list. Drawn from valid words, misspellings of them,
 * and strings known to hurt: prototype keys, terminal controls, bidirectional
 * overrides, lone surrogates, a number of a billion digits. Whatever is drawn,
 * the command exits 0, 1 or 2, writes no stack trace and no raw control
 * character to standard error, and changes no built-in prototype.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const policies = listPolicies().map((summary) => exportPolicy(summary.id));
const RULES = policies.flatMap((policy) => policy.rules);
const POLICY_IDS = policies.map((policy) => policy.id);

const SPECIAL = [
  '__proto__', 'constructor', 'prototype', 'toString', 'then', 'hasOwnProperty', '', ' ', '-', '--', '=', '.', ',',
  '-1e1000000000', '1e400', 'NaN', '-0', '0x10', 'null', '{}', '[]', '{"__proto__":{"polluted":1}}',
  '\u001b[2J\u001b[H', '\u001b]0;title\u0007', 'a\rb', 'nul\u0000', '\u202eevil', '\u2066x\u2069', '\ud800', '\udc00x', '\u009b1m', '\u2028',
];

/** A word with one typing slip: a letter dropped, doubled, swapped with the next, or replaced. */
function misspelt(word: string): fc.Arbitrary<string> {
  if (word.length < 2) return fc.constant(`${word}x`);
  return fc.tuple(fc.nat({ max: word.length - 2 }), fc.constantFrom('drop', 'double', 'swap', 'replace')).map(([at, slip]) => {
    const [a, b] = [word[at]!, word[at + 1]!];
    if (slip === 'drop') return word.slice(0, at) + word.slice(at + 1);
    if (slip === 'double') return word.slice(0, at) + a + word.slice(at);
    if (slip === 'swap') return word.slice(0, at) + b + a + word.slice(at + 2);
    return `${word.slice(0, at)}q${word.slice(at + 1)}`;
  });
}

/**
 * Mostly a valid word, else a misspelling of one or a special string: most
 * calls then carry one or two hostile parts among valid ones, and get past
 * the first check to the ones behind it.
 */
function part(valid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...valid).chain(misspelt) },
    { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
  );
}

const COMMANDS = ['evaluate', 'evaluate', 'evaluate', 'compare', 'compare', 'explain', 'policies', 'schema', 'help', '--version'];
const command = part(COMMANDS);
const project = part(['-', 'examples/cmp-line.json', 'examples/rf-line.json']);
const ruleId = part(RULES.map((rule) => rule.id));
const policy = part([...POLICY_IDS, 'test/cli/fixtures/river-district.policy.json']);
const override = fc.tuple(
  part(RULES.map((rule) => rule.id)),
  part([...new Set(RULES.flatMap((rule) => Object.keys(rule.parameters)))]),
  part(['50000000', '0.5', '48', '1', 'null', '{"base":"finance.rdSpending","brackets":[{"from":"0","amount":"500000"}]}']),
).map(([rule, parameter, value]) => `${rule}.${parameter}=${value}`);
const interpret = fc.tuple(
  part(policies.flatMap((policy) => policy.interpretations.map((interpretation) => interpretation.id))),
  part(policies.flatMap((policy) => policy.interpretations.flatMap((interpretation) => interpretation.options.map((option) => option.value)))),
).map(([id, reading]) => `${id}=${reading}`);
const OPTIONS = {
  policies: fc.tuple(part(['--policies']), fc.array(part([...POLICY_IDS, 'test/cli/fixtures/river-district.policy.json']), { maxLength: 3 }).map((ids) => ids.join(','))),
  asOf: fc.tuple(part(['--as-of']), part(['2018-09-01', '2024-09-01', '2010-01-01', '2018-02-30'])),
  override: fc.tuple(part(['--override', '-o']), override),
  interpret: fc.tuple(part(['--interpret', '-i']), interpret),
  format: fc.tuple(part(['--format', '-f']), part(['text', 'markdown', 'csv', 'json'])),
  locale: fc.tuple(part(['--locale', '-l']), part(['en', 'zh'])),
  definition: fc.tuple(part(['--policy-definition']), fc.constant(undefined)),
  help: fc.tuple(part(['--help', '-h']), fc.constant(undefined)),
};
type OptionName = keyof typeof OPTIONS;
const FOR_COMMAND = new Map<string, OptionName[]>([
  ['evaluate', ['asOf', 'override', 'override', 'interpret', 'format', 'locale']],
  ['compare', ['policies', 'asOf', 'interpret', 'format', 'locale']],
  ['explain', ['format', 'locale']],
  ['policies', ['asOf', 'format', 'locale']],
  ['schema', ['definition']],
]);

/** Options mostly of those the command takes, sometimes any (a misplaced one, or help). */
function options(commandName: string): fc.Arbitrary<string[]> {
  const own = (FOR_COMMAND.get(commandName) ?? []).map((name) => OPTIONS[name]);
  const any = fc.oneof(...Object.values(OPTIONS));
  const one = own.length === 0 ? any : fc.oneof({ weight: 10, arbitrary: fc.oneof(...own) }, { weight: 1, arbitrary: any });
  return fc.array(one, { maxLength: 3 }).map((list) => list.flatMap(([name, value]) => (value === undefined ? [name] : [name, value])));
}

/** The command, what it reads (a project, a rule id), the policy evaluate needs, and other options. */
const argv = command.chain((first) => fc.tuple(project, ruleId, part(['--policy', '-p']), policy, options(first))
  .map(([path, rule, flag, id, rest]) => [
    first,
    ...(first === 'explain' ? [rule] : first === 'evaluate' || first === 'compare' ? [path] : []),
    ...(first === 'evaluate' ? [flag, id] : []),
    ...rest,
  ]));

const projects = ['examples/cmp-line.json', 'examples/rf-line.json'].map((path) => readFileSync(`${root}${path}`, 'utf8'));
const stdin = fc.oneof(fc.constantFrom(...projects), fc.constantFrom(...SPECIAL), fc.string({ maxLength: 40, unit: 'binary' }));

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype];
const prototypeKeys = () => PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).map(String).sort().join(','));

describe('fuzz: the command line, every argument hostile', () => {
  // 400 runs take a few seconds; the limit leaves a wide margin for a busy 2-core machine.
  it('exits 0, 1 or 2, with no stack trace, no raw control character and no prototype changed', () => {
    const before = prototypeKeys();
    fc.assert(fc.property(argv, stdin, (args, text) => {
      const { status, out, err } = runMain(args, { stdin: text });
      const shown = `${JSON.stringify(args)} → ${status}: ${JSON.stringify(err.slice(0, 600))}`;
      expect([0, 1, 2], shown).toContain(status);
      expect(err, shown).not.toMatch(/internal error|\n\s+at /);
      expect(hasRawControl(err), shown).toBe(false);
      expect(prototypeKeys(), shown).toEqual(before);
      expect(({} as Record<string, unknown>)['polluted'], shown).toBeUndefined();
      if (status === 0) expect(out.length, shown).toBeGreaterThan(0);
      else expect(err.length, shown).toBeGreaterThan(0);
    }), { numRuns: 400 * FUZZ_SCALE, ...(FUZZ_SEED !== undefined && { seed: FUZZ_SEED }) });
  }, FUZZ_SCALE === 1 ? 180_000 : 6 * 60 * 60_000);
});
