import { describe, expect, it } from 'vitest';
import { evaluate, type ProjectInput } from '../../../src/index.js';
import { NANHU_2022 } from '../../../src/policies/nanhu-2022/index.js';

const policy = 'nanhu-2022' as const;
// The photomask material project's real figures, from the source: 3 billion yuan in all, 1.1 billion in phase one.
const photomask: ProjectInput = {
  name: 'Photomask pellicle project',
  investment: { actual: '3000000000' },
  activities: ['materials', 'manufacturing'],
  deviceTypes: ['photomask'],
  industry: 'semiconductors',
  sourceProjects: ['nanhu-2022/photomask-material'],
};
// Another semiconductor project, not the one the district signed.
const comparable: ProjectInput = {
  name: 'Wafer cleaning equipment line',
  investment: { actual: '500000000' },
  activities: ['equipment'],
  industry: 'semiconductors',
};
const statuses = (project: ProjectInput, nanhuCommitments?: 'comparable-projects' | 'signed-project-only') =>
  evaluate(project, { policy, asOf: '2022-09-01', ...(nanhuCommitments && { interpretations: { nanhuCommitments } }) })
    .items.map((item) => `${item.ruleId.split('/')[1]}:${item.status}`);

describe('nanhu-2022', () => {
  it('offers speed and service, none with a figure, to the signed project and a comparable one (default)', () => {
    const assessment = evaluate(photomask, { policy, asOf: '2022-09-01' });
    expect(assessment.items.map((item) => `${item.ruleId.split('/')[1]}:${item.status}:${item.instrument}`)).toEqual([
      'fast-construction:unquantified:service',
      'project-escort:unquantified:service',
    ]);
    expect(assessment.unquantified).toBe(2);
    expect(assessment.totals.all.isZero()).toBe(true);
    expect(assessment.interpretations[0]).toMatchObject({ id: 'nanhuCommitments', chosen: 'comparable-projects' });
    expect(assessment.items[0]!.reasons[0]).toContain('comparable semiconductor and microelectronics projects');
    expect(statuses(comparable)).toEqual(['fast-construction:unquantified', 'project-escort:unquantified']);
  });

  it('keeps the signed project eligible when read as made to it only, and no other', () => {
    expect(statuses(photomask, 'signed-project-only')).toEqual(['fast-construction:unquantified', 'project-escort:unquantified']);
    const signed = evaluate(photomask, { policy, asOf: '2022-09-01', interpretations: { nanhuCommitments: 'signed-project-only' } });
    expect(signed.items[0]!.reasons).toEqual([
      'The project is the signed photomask material project (sourceProjects names "nanhu-2022/photomask-material"; interpretation nanhuCommitments: signed-project-only).',
    ]);
    const other = evaluate(comparable, { policy, asOf: '2022-09-01', interpretations: { nanhuCommitments: 'signed-project-only' } });
    for (const item of other.items) {
      expect(item.status).toBe('ineligible');
      expect(item.reasons[0]).toContain('signed photomask material project only');
    }
  });

  it('assesses a project that states no industry as a comparable one, with the warning', () => {
    const { industry: _, sourceProjects: __, ...unstated } = photomask;
    const assessment = evaluate(unstated, { policy, asOf: '2022-09-01' });
    expect(assessment.items.map((item) => item.status)).toEqual(['unquantified', 'unquantified']);
    expect(assessment.warnings).toEqual([
      'The source concerns semiconductor and integrated-circuit projects; the project states no industry, so it was assessed as one of them. State "industry" to check it.',
    ]);
  });

  it('offers no land: the park siting is a note about the signed project, cited', () => {
    expect(NANHU_2022.rules.map((rule) => rule.instrument)).not.toContain('land');
    const fast = evaluate(photomask, { policy, asOf: '2022-09-01' }).items[0]!;
    expect(fast.notes[0]).toMatch(/^The signed project "will be settled in the Integrated Circuit Industrial Park/);
    expect(fast.citations.map((c) => c.quote.slice(0, 30))).toContain('It will be settled in the Inte');
  });

  it('keeps the project\'s stated figures as facts of the pack, cited', () => {
    const facts = Object.fromEntries(NANHU_2022.programmeFacts.map((fact) => [fact.id, fact.value]));
    expect(facts).toMatchObject({
      'photomask-project-investment': '3000000000',
      'photomask-project-first-phase': '1100000000',
      'industry-cluster': '241',
    });
  });
});
