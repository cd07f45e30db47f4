import { describe, expect, it } from 'vitest';
import { evaluate, type JiashanInterpretations, type ProjectInput } from '../../../src/index.js';
import { JIASHAN_2023 } from '../../../src/policies/jiashan-2023/index.js';
import { JIASHAN_PROJECTS } from '../../../src/policies/jiashan-2023/projects.js';
import { anyItem, issuesOf } from '../../helpers.js';

const policy = 'jiashan-2023' as const;
const asOf = '2023-09-01';
const SERVICES = ['licensing-consultations', 'approval-agency'] as const;

const project = (sourceProjects?: string[]): ProjectInput => ({
  name: 'A county project',
  investment: { actual: '50000000' },
  ...(sourceProjects && { sourceProjects }),
});
const under = (reading: JiashanInterpretations['jiashanCommitments']) => ({ policy, asOf, interpretations: { jiashanCommitments: reading } });
const statusOf = (p: ProjectInput, reading: JiashanInterpretations['jiashanCommitments'], rule: string) => anyItem(evaluate(p, under(reading)), rule).status;

describe('jiashanCommitments: the services done for the projects the report names', () => {
  it('lists the readings, default first, with the sentences that leave it open', () => {
    const interpretation = JIASHAN_2023.interpretations.find((entry) => entry.id === 'jiashanCommitments');
    expect(interpretation?.options.map((option) => option.value)).toEqual(['comparable-projects', 'named-projects-only']);
    expect(interpretation?.default).toBe('comparable-projects');
    expect(interpretation?.citations?.length).toBeGreaterThan(0);
  });

  it('comparable-projects (default): any project is offered both services, and the reading is recorded', () => {
    const a = evaluate(project(), { policy, asOf });
    for (const rule of SERVICES) {
      const found = anyItem(a, rule);
      expect(found.status).toBe('unquantified');
      // jiashanAudience too: whom the county's support concerns is read for every item.
      expect(found.interpretations).toEqual(['jiashanAudience', 'jiashanCommitments']);
      expect(found.reasons[0]).toContain('interpretation jiashanCommitments: comparable-projects');
    }
    expect(a.interpretations.find((entry) => entry.id === 'jiashanCommitments')).toMatchObject({ chosen: 'comparable-projects', source: 'default' });
  });

  it('named-projects-only: a project the report does not name gets neither, with the reason', () => {
    const a = evaluate(project(['nanhu-2022/photomask-material']), under('named-projects-only'));
    for (const rule of SERVICES) {
      expect(anyItem(a, rule)).toMatchObject({ status: 'ineligible' });
      expect(anyItem(a, rule).reasons[0]).toContain('interpretation jiashanCommitments: named-projects-only');
    }
  });

  it('a named project keeps its services under either reading, without consulting it', () => {
    for (const reading of ['comparable-projects', 'named-projects-only'] as const) {
      // Xinghui had both the consultations and the agency team.
      const xinghui = evaluate(project([JIASHAN_PROJECTS.xinghui]), under(reading));
      for (const rule of SERVICES) {
        expect(anyItem(xinghui, rule).status).toBe('unquantified');
        expect(anyItem(xinghui, rule).reasons).toEqual(['The project is one the report names (' +
          (rule === 'approval-agency' ? 'the Xinghui expansion' : 'the Intelligent Manufacturing Industrial Park (Phase I), the Xinghui expansion and the Yuanfang logistics centre') + ').']);
      }
      // jiashanCommitments is not consulted; only the audience reading, read for every item.
      expect(xinghui.interpretations.map((entry) => entry.id)).toEqual(['jiashanAudience']);
    }
  });

  it('named-projects-only: the industrial park and Yuanfang had consultations, not the agency team', () => {
    for (const named of [JIASHAN_PROJECTS.industrialPark, JIASHAN_PROJECTS.yuanfang]) {
      expect(statusOf(project([named]), 'named-projects-only', 'licensing-consultations')).toBe('unquantified');
      expect(statusOf(project([named]), 'named-projects-only', 'approval-agency')).toBe('ineligible');
      expect(statusOf(project([named]), 'comparable-projects', 'approval-agency')).toBe('unquantified');
    }
  });

  it('leaves the county\'s other offers open to every project', () => {
    const a = evaluate(project(), under('named-projects-only'));
    for (const rule of ['hardware-investment-subsidy', 'rd-talent-policies', 'completion-acceptance', 'high-tech-cultivation', 'incubation-base']) {
      expect(anyItem(a, rule).status).toBe('unquantified');
    }
  });

  it('refuses a sourceProjects that is not a list of texts, at its path', () => {
    expect(issuesOf(() => evaluate({ ...project(), sourceProjects: 'jiashan-2023/xinghui-expansion' as unknown as string[] }, { policy, asOf }))
      .map((issue) => issue.path)).toEqual(['sourceProjects']);
    expect(issuesOf(() => evaluate({ ...project(), sourceProjects: ['jiashan-2023/ok', '', 3 as unknown as string] }, { policy, asOf }))
      .map((issue) => issue.path)).toEqual(['sourceProjects.1', 'sourceProjects.2']);
  });
});
