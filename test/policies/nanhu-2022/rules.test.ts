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
};

describe('nanhu-2022', () => {
  it('offers speed, service and a site, none with a figure, to a comparable project (default)', () => {
    const assessment = evaluate(photomask, { policy, asOf: '2022-09-01' });
    expect(assessment.items.map((item) => `${item.ruleId.split('/')[1]}:${item.status}:${item.instrument}`)).toEqual([
      'fast-construction:unquantified:service',
      'project-escort:unquantified:service',
      'ic-park-site:unquantified:land',
    ]);
    expect(assessment.unquantified).toBe(3);
    expect(assessment.totals.all.isZero()).toBe(true);
    expect(assessment.interpretations[0]).toMatchObject({ id: 'nanhuCommitments', chosen: 'comparable-projects' });
  });

  it('makes them ineligible when read as made to the signed project only', () => {
    const assessment = evaluate(photomask, { policy, asOf: '2022-09-01', interpretations: { nanhuCommitments: 'signed-project-only' } });
    for (const item of assessment.items) {
      expect(item.status).toBe('ineligible');
      expect(item.reasons[0]).toContain('signed photomask project only');
    }
  });

  it('keeps the project\'s stated figures as facts of the pack, cited', () => {
    const facts = Object.fromEntries(NANHU_2022.facts.map((fact) => [fact.id, fact.value]));
    expect(facts).toMatchObject({
      'photomask-project-investment': '3000000000',
      'photomask-project-first-phase': '1100000000',
      'industry-cluster': '241',
    });
  });
});
