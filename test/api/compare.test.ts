import { describe, expect, it } from 'vitest';
import { compare, IncentiveInputError, renderReport, toJSON, type ProjectInput } from '../../src/index.js';
import { MESSAGES } from '../../src/schema/messages.js';

const project: ProjectInput = {
  name: 'RF line',
  asOf: '2024-09-01',
  investment: { actual: '800000000', infrastructure: '200000000' },
  activities: ['manufacturing'],
  deviceTypes: ['radio-frequency'],
  targetMarkets: ['5g'],
  classification: { newProductionLine: true },
};

describe('compare', () => {
  const comparison = compare(project);

  it('assesses every pack in force, in the library\'s order', () => {
    expect(comparison.entries.map((entry) => entry.policy.id)).toEqual([
      'qingshan-lake-2018', 'shanxi-2021', 'nanhu-2022', 'jiashan-2023', 'lishui-2024',
    ]);
    expect(compare(project, { asOf: '2022-01-01' }).entries.map((entry) => entry.policy.id)).toEqual([
      'qingshan-lake-2018', 'shanxi-2021',
    ]);
  });

  it('gives each location its quantified cash, equity, offers without a figure and instruments', () => {
    const [qingshan, shanxi] = comparison.entries;
    // Qingshan Lake: min(30,000,000, 30% × 600,000,000) = 30,000,000 of co-investment, nothing else claimed.
    expect(qingshan).toMatchObject({ unquantified: 0, instruments: ['grant'] });
    expect(qingshan?.cash.toFixed(2)).toBe('30000000.00');
    expect(shanxi?.cash.toFixed(2)).toBe('0.00');
    // Not a major project: no bank financing.
    expect(shanxi?.instruments).toEqual(['equity', 'service', 'unspecified']);
    expect(shanxi?.unquantified).toBe(7);
  });

  it('ranks by quantified cash, equal cash sharing a rank, with the caveat', () => {
    expect(comparison.ranking.map((place) => `${place.rank} ${place.policyId}`)).toEqual([
      '1 qingshan-lake-2018',
      '2 shanxi-2021',
      '2 nanhu-2022',
      '2 jiashan-2023',
      '2 lishui-2024',
    ]);
    expect(comparison.caveat).toContain('are not ranked');
  });

  it('compares the policies asked for, in that order, passing each its own interpretations', () => {
    const two = compare(project, {
      policies: ['shanxi-2021', 'qingshan-lake-2018'],
      interpretations: { shanxiTargetMarkets: 'any-market', majorProject: 'ceiling-only' },
    });
    expect(two.entries.map((entry) => entry.policy.id)).toEqual(['shanxi-2021', 'qingshan-lake-2018']);
  });

  it('refuses unknown or repeated policies and interpretations of none of them', () => {
    try {
      compare(project, { policies: ['shanxi-2021', 'shanxi-2021', 'atlantis' as 'shanxi-2021'], interpretations: { majorProject: 'ceiling-only' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IncentiveInputError);
      expect((error as IncentiveInputError).issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
        'duplicate options.policies.1',
        'unknown_option options.policies.2',
        'unknown_option options.interpretations.majorProject',
      ]);
    }
  });

  it('refuses an empty list of policies, which would compare nothing', () => {
    try {
      compare(project, { policies: [] });
      expect.unreachable();
    } catch (error) {
      expect((error as IncentiveInputError).issues).toEqual([
        { code: 'out_of_range', path: ['options', 'policies'], message: MESSAGES.noPolicyToCompare },
      ]);
    }
  });

  it('renders a table with one column per location', () => {
    const text = renderReport(comparison);
    const header = text.split('\n').find((line) => line.includes('qingshan-lake-2018'));
    for (const id of ['qingshan-lake-2018', 'shanxi-2021', 'nanhu-2022', 'jiashan-2023', 'lishui-2024']) expect(header).toContain(id);
    expect(text).toContain('offer, no figure');
    expect(text).toContain('are not ranked');
    expect(renderReport(comparison, { format: 'markdown' })).toMatch(/^\| +\| qingshan-lake-2018 \| shanxi-2021 /m);
  });

  it('writes plain JSON', () => {
    const json = toJSON(comparison);
    expect(json.entries[0]?.cash).toBe('30000000.00');
    expect(json.ranking[0]).toEqual({ rank: 1, policyId: 'qingshan-lake-2018', cash: '30000000.00', cashAtCeiling: '0.00' });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
