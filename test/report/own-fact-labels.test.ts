import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePolicy, evaluate, loadPolicy, renderReport, toJSON, type PolicyDefinitionInput, type ProjectInput } from '../../src/index.js';
import { renderReport as renderHtml } from '../../src/html/index.js';
import { runMain } from '../cli/run-main.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const riverside = loadPolicy(example('riverside.policy.yaml'));
const line = JSON.parse(example('riverside-line.json')) as ProjectInput;
const assessment = evaluate(line, { policy: riverside, asOf: '2026-07-01' });
const item = (ruleId: string) => assessment.items.find((entry) => entry.ruleId === ruleId)!;

describe('a pack\'s own fact in the reasons and commitments of its items', () => {
  it('is named by the label its definition declares, in English and Chinese', () => {
    // The tax award asks { fact: riverside-2026/registered-locally, is: true }; the project states false.
    expect(item('riverside-2026/tax-rebate').reasons).toEqual(['Condition not met: company registered in the zone is true.']);
    expect(item('riverside-2026/tax-rebate').translations.zh.reasons).toEqual(['条件不满足：企业注册在区内。']);
    // A built-in fact keeps its field name in English, the one a user fills in; Chinese names it by its label.
    expect(item('riverside-2026/joint-rd-centre').reasons).toEqual(['Condition not met: plans.jointRdCentre is true.']);
    expect(item('riverside-2026/joint-rd-centre').translations.zh.reasons).toEqual(['条件不满足：计划与本地企业共建研发中心。']);
    const text = renderReport(assessment);
    expect(text).toContain('- #4 Tax contribution award: Condition not met: company registered in the zone is true.');
    expect(text).toContain('- 150 jobs by mid-2028: new hires in the zone at least 150 by 2028-06-30; stated: 120;');
    expect(text).not.toContain('riverside-2026/');
    const zh = renderReport(assessment, { locale: 'zh' });
    expect(zh).toContain('2028-06-30前 在区内新增就业人数 不低于 150；项目所报：120；');
    expect(zh).not.toContain('riverside-2026/');
    // The JSON keeps the fact's name and adds its label.
    const jobs = toJSON(assessment).items.find((entry) => entry.ruleId === 'riverside-2026/hiring')!.commitments![0]!;
    expect([jobs.fact, jobs.factLabel, jobs.translations.zh.factLabel]).toEqual(['riverside-2026/new-hires', 'new hires in the zone', '在区内新增就业人数']);
  });

  it('says every kind of condition in both languages, with the bounds as written', () => {
    const pack: PolicyDefinitionInput = {
      id: 'words', name: 'Words (hypothetical)', jurisdiction: { level: 'district', name: 'Words' },
      source: { document: 'words.pdf', published: '2026-01-01' },
      facts: [
        { id: 'size', type: 'choice', values: ['small', 'large'], label: { en: 'company size', zh: '企业规模' } },
        { id: 'staff', type: 'count', label: { en: 'staff', zh: '员工人数' } },
      ],
      rules: [{
        id: 'award', label: 'Award', instrument: 'grant', citation: { document: 'words.pdf', quote: 'An award.' },
        parameters: { amount: { value: '1000', unit: 'CNY' } },
        eligibility: [{ when: { any: [{ fact: 'words/size', is: 'large' }, { not: { fact: 'words/staff', atLeast: 50 } }, { all: [{ fact: 'words/staff', above: 100 }, { fact: 'words/staff', present: true }] }] } }],
        amount: { block: 'flat-ceiling', ceiling: { param: 'amount' } },
      }],
    };
    const found = evaluate({ name: 'P', investment: { actual: '1' }, facts: { 'words/size': 'small', 'words/staff': 80 } }, { policy: definePolicy(pack), asOf: '2026-06-01' }).items[0]!;
    expect(found.reasons).toEqual(['Condition not met: (company size is large or not staff is at least 50 or staff is above 100 and staff is stated).']);
    expect(found.translations.zh.reasons).toEqual(['条件不满足：（企业规模为“large”或非员工人数不低于50或员工人数高于100且已填写员工人数）。']);
  });
});

describe('a declared label with markup and terminal controls', () => {
  const hostile = '<b>reg</b>|*x*\u001b[2J\u202e';
  const pack: PolicyDefinitionInput = {
    id: 'hostile', name: 'Hostile (hypothetical)', jurisdiction: { level: 'district', name: 'Hostile' },
    source: { document: 'h.pdf', published: '2026-01-01' },
    facts: [
      { id: 'registered', type: 'boolean', label: hostile },
      { id: 'jobs', type: 'count', label: hostile },
    ],
    rules: [
      {
        id: 'gated', label: 'Gated', instrument: 'grant', citation: { document: 'h.pdf', quote: 'Q.' },
        parameters: { amount: { value: '1000', unit: 'CNY' } },
        eligibility: [{ when: { fact: 'hostile/registered', is: true } }],
        amount: { block: 'flat-ceiling', ceiling: { param: 'amount' } },
      },
      {
        id: 'held', label: 'Held', instrument: 'grant', citation: { document: 'h.pdf', quote: 'Q.' },
        parameters: { rate: { value: '0.1', unit: 'ratio' } },
        amount: { block: 'capped-share', rate: { param: 'rate' }, base: { fact: 'investment.actual' } },
        commitments: [{ id: 'jobs', label: 'Jobs', citation: { document: 'h.pdf', quote: 'Q.' }, fact: 'hostile/jobs', atLeast: 10, by: '2027-01-01', clawback: { kind: 'all' } }],
      },
    ],
  };
  const policy = definePolicy(pack);
  const project: ProjectInput = { name: 'P', investment: { actual: '1000' }, facts: { 'hostile/registered': false, 'hostile/jobs': 5 } };
  const assessed = evaluate(project, { policy, asOf: '2026-06-01' });

  it('stays escaped in every format and language', () => {
    for (const locale of ['en', 'zh'] as const) {
      const text = renderReport(assessed, { locale });
      expect(text).toContain('<b>reg</b>|*x*\\u001b[2J\\u202e');
      expect(text).not.toMatch(/[\u001b\u202e]/u);
      const markdown = renderReport(assessed, { format: 'markdown', locale });
      expect(markdown).not.toMatch(/[\u001b\u202e]|<b>|\|\*x|\*x\*/u);
      const csv = renderReport(assessed, { format: 'csv', locale });
      expect(csv).not.toMatch(/[\u001b\u202e]/u);
      expect(csv).toContain('<b>reg</b>|*x*\\u001b[2J\\u202e');
      const html = renderHtml(assessed, { locale });
      expect(html).not.toMatch(/<b>reg|[\u001b\u202e]/u);
      expect(html).toContain('&lt;b&gt;reg&lt;/b&gt;');
    }
  });

  it('is kept as written by toJSON, and escaped in the JSON the command line writes', () => {
    const json = toJSON(assessed);
    expect(json.items[0]!.reasons[0]).toBe(`Condition not met: ${hostile} is true.`);
    expect(json.items[1]!.commitments![0]!.factLabel).toBe(hostile);
    const dir = mkdtempSync(join(tmpdir(), 'labels-'));
    try {
      const file = join(dir, 'hostile.policy.json');
      writeFileSync(file, JSON.stringify(pack));
      for (const command of ['evaluate', 'opportunities']) {
        const run = runMain([command, '-', '-p', file, '--as-of', '2026-06-01', '-f', 'json'], { stdin: JSON.stringify(project) });
        expect(run.status).toBe(0);
        expect(run.out).not.toMatch(/[\u001b\u202e]/u);
        expect(run.out).toContain('\\u001b[2J\\u202e');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
