import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportPolicy, listPolicies } from '../../src/index.js';
import { allInterpretations } from '../../src/engine/all-interpretations.js';
import type { Condition, PolicyDefinition, RuleDefinition } from '../../src/engine/definition.js';
import { runMain } from './run-main.js';

/**
 * `policies` and `explain` in `--locale zh` are Chinese throughout: headings,
 * column titles, units, "default", "per talent", the formulas and the
 * conditions. What stays in Latin letters is what a user types or cites as
 * it is: ids of packs, rules, parameters and interpretations, the values a
 * project lists (`manufacturing`), the source file names, `min`, and the
 * source sentences, which are quoted verbatim from English reports.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const golden = (name: string) => `${root}test/cli/golden/${name}`;

function matchesGolden(name: string, actual: string) {
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(golden(name))) writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

function listedValues(condition: Condition | undefined, found: string[]): string[] {
  if (!condition) return found;
  if ('all' in condition) condition.all.forEach((entry) => listedValues(entry, found));
  else if ('any' in condition) condition.any.forEach((entry) => listedValues(entry, found));
  else if ('not' in condition) listedValues(condition.not, found);
  else if ('includesAny' in condition) found.push(...condition.includesAny);
  // A word a project states as it is, such as its industry `semiconductors`.
  else if ('fact' in condition && 'is' in condition && typeof condition.is === 'string') found.push(condition.is);
  return found;
}

/** The words a user types as they are: ids, names and listed values. */
function identifiers(policy: PolicyDefinition, rules: readonly RuleDefinition[]): string[] {
  const words = [policy.id, policy.source.document, 'min'];
  // The engine's readings (`paymentsBeforeSource`) are offered for every pack, and typed as they are too.
  for (const interpretation of allInterpretations(policy)) words.push(interpretation.id, ...interpretation.options.map((option) => option.value));
  for (const rule of rules) {
    words.push(rule.id, ...Object.keys(rule.parameters));
    for (const test of rule.eligibility) listedValues(test.when, words).push(...listedValues(test.appliesIf, []));
  }
  return words.sort((a, b) => b.length - a.length);
}

/** A name in camel case, such as a project's field `policyFundExit` that a pack's note refers to. */
const CAMEL_CASE = /^[a-z]+(?:[A-Z][a-z]*)+$/;

/** The Latin words left once quotations (“…”, greedy on each line) and identifiers are taken out. */
function latinWords(text: string, known: readonly string[]): string[] {
  let rest = text.replace(/“.*”/g, '');
  for (const word of known) rest = rest.split(word).join(' ');
  return [...new Set(rest.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !CAMEL_CASE.test(word));
}

const policies = listPolicies().map((summary) => exportPolicy(summary.id));

describe('policies and explain in Chinese', { timeout: 60_000 }, () => {
  it.each(policies.flatMap((policy) => policy.rules.map((rule) => [rule.id, policy, rule] as const)))(
    'explain %s --locale zh leaves no English word', (ruleId, policy, rule) => {
      for (const format of ['text', 'markdown']) {
        const result = runMain(['explain', ruleId, '--locale', 'zh', '--format', format]);
        expect(result.status, result.err).toBe(0);
        expect(latinWords(result.out, identifiers(policy, [rule]))).toEqual([]);
      }
    },
  );

  it('policies --locale zh leaves no English word', () => {
    for (const format of ['text', 'markdown']) {
      const result = runMain(['policies', '--locale', 'zh', '--format', format]);
      expect(result.status, result.err).toBe(0);
      const known = policies.flatMap((policy) => identifiers(policy, policy.rules)).sort((a, b) => b.length - a.length);
      expect(latinWords(result.out, known)).toEqual([]);
    }
  });

  it('explains the rent subsidy with Chinese headings, units, scope and default', () => {
    const { out } = runMain(['explain', 'qingshan-lake-2018/talent-rent', '--locale', 'zh']);
    for (const text of ['人才租房补贴（租房补贴，按人才计）', '\n原文\n', '\n金额\n', '参数（按以下名称覆盖）', '\n条件\n', '\n解释\n', '\n说明\n',
      'min(每月2,000元, 月租金) × min(36个月, 租住月数)，按月发放', 'monthlyCeiling = 每月2,000元（元/月；', 'months = 36个月（个月；',
      '自2018-06-15起', '[符合条件的人才]', 'one-per-talent（默认）：']) {
      expect(out).toContain(text);
    }
    matchesGolden('explain-talent-rent.zh.txt', out);
  });

  it('writes the choices, rates and ceilings of a formula in Chinese', () => {
    const { out } = runMain(['explain', 'qingshan-lake-2018/project-co-investment', '--locale', 'zh']);
    expect(out).toContain('若特别重大项目：*majorProject=ratio-applies*：min(100,000,000元, 30% × 不含基础设施的实际投资)');
    expect(out).toContain('否则：min(30,000,000元, 30% × 不含基础设施的实际投资)');
    expect(out).toContain('rate = 30%（比例；');
    matchesGolden('explain-project-co-investment.zh.txt', out);
  });

  it('writes a tier table, a condition given and a condition under a reading in Chinese', () => {
    expect(runMain(['explain', 'jiashan-2023/tiered-funding', '-l', 'zh']).out)
      .toContain('min(50,000,000元, 分档表中对应档次的金额)；分档未公布时按上限50,000,000元列示');
    expect(runMain(['explain', 'jiashan-2023/tiered-funding', '-l', 'zh']).out).toContain('tiers = 分档（未公布）（分档；');
    const startup = runMain(['explain', 'qingshan-lake-2018/startup-fund', '-l', 'zh']).out;
    expect(startup).toContain('min(6,000,000元, 申请的创业启动资金)；未填写时按上限6,000,000元列示');
    expect(startup).toContain('[已填写人才创业项目创始人]');
    expect(startup).toContain('[创始人为高层次人才]（仅当startupFounder=high-level时）');
  });

  it('lists the policies with Chinese columns, instruments, levels and interpretations', () => {
    const { out } = runMain(['policies', '--locale', 'zh']);
    expect(out).toContain('规则                                        形式      名称');
    expect(out).toContain('qingshan-lake-2018/talent-rent              租房补贴  人才租房补贴');
    expect(out).toContain('杭州市临安区（区）；002_95a2ad1254be288a.txt，2018-06-15；原文未规定有效期。');
    expect(out).toContain('解释：majorProject（默认 ratio-applies；ratio-applies | ceiling-only）');
    matchesGolden('policies.zh.txt', out);
  });

  it('underlines a Chinese title across its whole width', () => {
    const [title, rule] = runMain(['policies', '--locale', 'zh']).out.split('\n');
    // A wide character (Chinese, full-width punctuation) takes two columns of a terminal.
    expect(rule).toBe('-'.repeat(title!.length + [...title!].filter((char) => char > '\u2e80').length));
  });

  it('keeps the English output as it was', () => {
    matchesGolden('explain-talent-rent.en.txt', runMain(['explain', 'qingshan-lake-2018/talent-rent']).out);
    matchesGolden('policies.en.txt', runMain(['policies']).out);
  });

  it.each([
    ['en', 'No policy is in force on 2010-01-01: the earliest source is dated 2018-06-15.\n'],
    ['zh', '2010-01-01没有生效的政策：最早的来源日期为2018-06-15。\n'],
  ])('says in one line when no policy is in force (%s), exit 0', (locale, line) => {
    for (const format of ['text', 'markdown']) {
      expect(runMain(['policies', '--as-of', '2010-01-01', '--locale', locale, '--format', format])).toEqual({ status: 0, out: line, err: '' });
    }
    expect(runMain(['policies', '--as-of', '2010-01-01', '--format', 'json'])).toEqual({ status: 0, out: '[]\n', err: '' });
  });
});
