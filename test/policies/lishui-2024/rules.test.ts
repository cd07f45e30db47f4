import { describe, expect, it } from 'vitest';
import { evaluate, renderReport } from '../../../src/index.js';
import { anyItem } from '../../helpers.js';

const policy = 'lishui-2024' as const;
const sensing = { name: 'Sensing project', investment: { actual: '3000000000' }, activities: ['manufacturing' as const] };

describe('lishui-2024', () => {
  const assessment = evaluate(sensing, { policy, asOf: '2024-09-01' });

  it('lists nine offers, each without a figure and outside the totals', () => {
    expect(assessment.items).toHaveLength(9);
    expect(assessment.items.every((item) => item.status === 'unquantified' && item.amount === null)).toBe(true);
    expect(assessment.unquantified).toBe(9);
    expect(assessment.totals.all.toFixed(2)).toBe('0.00');
  });

  it('covers the Four Leaders, the service items, land, results, training and the guidance fund', () => {
    expect(assessment.items.map((item) => `${item.ruleId.split('/')[1]}:${item.instrument}`)).toEqual([
      'four-leaders:service',
      'value-added-services:service',
      'land-quota-pool:land',
      'use-before-transfer:service',
      'research-support:service',
      'talent-training:training',
      'special-policies:unspecified',
      'guidance-fund:equity',
      'financing-matrix:financing',
    ]);
  });

  it('records the 35 service items in seven categories as figures, not amounts', () => {
    expect(anyItem(assessment, 'value-added-services').figures.map((figure) => `${figure.value} ${figure.label}`)).toEqual([
      '35 value-added service items',
      '7 categories of service items',
    ]);
  });

  it('reports each offer in words, labelled as without a figure', () => {
    const report = renderReport(assessment);
    expect(report).toContain('Offers without a figure, not in the totals: 9');
    expect(report).toContain('value-added service items: 35');
    expect(report).toContain('no figure');
  });
});
