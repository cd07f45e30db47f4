import { describe, expect, it } from 'vitest';
import { blocks, breakpoints, compare, definePolicy, evaluate, evaluateMany, type ProjectInput } from '../../src/index.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { issuesOf } from '../helpers.js';

const JIASHAN_NAMED = ['jiashan-2023/xinghui-expansion', 'jiashan-2023/intelligent-manufacturing-industrial-park-phase-1', 'jiashan-2023/yuanfang-logistics-centre'];

const project = (sourceProjects: string[]): ProjectInput => ({
  name: 'A photomask material project', industry: 'semiconductors', investment: { actual: '3000000000' }, sourceProjects,
});

describe('sourceProjects names projects the packs know', () => {
  it('refuses an id of the pack assessed that its source does not name, with the closest one', () => {
    // Under the old code "photomask-materials" was taken as another project: under signed-project-only, the
    // signed project's two commitments became ineligible without a word.
    expect(issuesOf(() => evaluate(project(['nanhu-2022/photomask-materials']), { policy: 'nanhu-2022', asOf: '2023-01-01', interpretations: { nanhuCommitments: 'signed-project-only' } })))
      .toEqual([{
        code: 'not_found', path: 'sourceProjects.0',
        message: MESSAGES.unknownSourceProject('nanhu-2022/photomask-materials', 'nanhu-2022', ['nanhu-2022/photomask-material'], ' Did you mean "nanhu-2022/photomask-material"?'),
      }]);
    expect(issuesOf(() => evaluate(project(['qingshan-lake-2018/photomask-material']), { policy: 'qingshan-lake-2018', asOf: '2019-01-01' })))
      .toEqual([{ code: 'not_found', path: 'sourceProjects.0', message: '"qingshan-lake-2018/photomask-material" names no project of qingshan-lake-2018: its source names none.' }]);
  });

  it('keeps the named project eligible under every reading when spelt right', () => {
    for (const reading of ['comparable-projects', 'signed-project-only'] as const) {
      const assessment = evaluate(project(['nanhu-2022/photomask-material']), { policy: 'nanhu-2022', asOf: '2023-01-01', interpretations: { nanhuCommitments: reading } });
      expect(assessment.items.map((item) => item.status)).toEqual(['unquantified', 'unquantified']);
    }
  });

  it('checks an id of a built-in pack against that pack wherever it is assessed, and leaves an unknown pack\'s ids to it', () => {
    const listed = ['nanhu-2022/photomask-material', 'jiashan-2023/xinghui-expanson', 'someone-else-2030/a-project'];
    expect(evaluate(project(listed.filter((id) => !id.startsWith('jiashan'))), { policy: 'nanhu-2022', asOf: '2023-01-01' }).items).toHaveLength(2);
    const misspelt = [{
      code: 'not_found', path: 'sourceProjects.1',
      message: MESSAGES.unknownSourceProject('jiashan-2023/xinghui-expanson', 'jiashan-2023', JIASHAN_NAMED, ' Did you mean "jiashan-2023/xinghui-expansion"?'),
    }];
    // A misspelt id of a built-in pack is a mistake under any pack: Jiashan's id is refused under Qingshan Lake too.
    expect(issuesOf(() => evaluate(project(listed), { policy: 'qingshan-lake-2018', asOf: '2023-01-01' }))).toEqual(misspelt);
    expect(issuesOf(() => compare(project(listed), { asOf: '2024-09-01' }))).toEqual(misspelt);
  });

  it('is checked by evaluateMany for that project only, and by breakpoints', () => {
    const results = [...evaluateMany([project(['jiashan-2023/x']), project(JIASHAN_NAMED)], { policy: 'jiashan-2023', asOf: '2024-01-01' })];
    expect(results.map((result) => result.ok)).toEqual([false, true]);
    expect(issuesOf(() => breakpoints(project(['jiashan-2023/x']), 'jiashan-2023', 'investment.actual', { asOf: '2024-01-01' })).map((issue) => issue.path)).toEqual(['sourceProjects.0']);
  });

  it('reads the projects a user’s pack names from its conditions, wherever they stand', () => {
    const pack = definePolicy({
      id: 'river-2026', name: 'River offer', jurisdiction: { level: 'district', name: 'River' }, source: { document: 'offer.pdf', published: '2026-01-01' },
      rules: [{
        id: 'named-grant', label: 'Grant to the signed fab', instrument: 'grant', citation: { document: 'offer.pdf', quote: 'The signed fab gets 1 yuan.' },
        parameters: { ceiling: { value: '1', unit: 'CNY' } },
        eligibility: [{ when: { any: [{ not: { fact: 'sourceProjects', includesAny: ['river-2026/signed-fab'] } }, { fact: 'sourceProjects', includesAny: ['river-2026/second-fab'] }] } }],
        amount: blocks.flatCeiling({ ceiling: 'ceiling' }),
      }],
    });
    const options = { policy: pack, asOf: '2026-02-01' };
    expect(evaluate(project(['river-2026/signed-fab', 'river-2026/second-fab']), options).items).toHaveLength(1);
    expect(issuesOf(() => evaluate(project(['river-2026/signed-fbb']), options)).map((issue) => issue.message))
      .toEqual([MESSAGES.unknownSourceProject('river-2026/signed-fbb', 'river-2026', ['river-2026/signed-fab', 'river-2026/second-fab'], ' Did you mean "river-2026/signed-fab"?')]);
  });
});
