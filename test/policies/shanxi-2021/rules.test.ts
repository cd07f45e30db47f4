import { describe, expect, it } from 'vitest';
import { evaluate, type ProjectInput } from '../../../src/index.js';
import { anyItem } from '../../helpers.js';

const policy = 'shanxi-2021' as const;
const asOf = '2021-07-01';
// An RF device line (hypothetical).
const rfLine: ProjectInput = {
  name: 'RF device line',
  investment: { actual: '900000000' },
  activities: ['manufacturing'],
  deviceTypes: ['radio-frequency'],
  targetMarkets: ['5g'],
  classification: { newProductionLine: true, major: true },
};
const status = (project: ProjectInput, rule: string, interpretations = {}) =>
  anyItem(evaluate(project, { policy, asOf, interpretations }), rule).status;

describe('shanxi-2021', () => {
  it('quantifies nothing: every offer open to the RF line is unquantified', () => {
    const assessment = evaluate(rfLine, { policy, asOf });
    expect(assessment.totals.all.isZero()).toBe(true);
    for (const item of assessment.items) expect(item.status === 'unquantified' || item.status === 'ineligible').toBe(true);
    expect(assessment.items.filter((item) => item.status === 'unquantified').map((item) => item.ruleId.split('/')[1])).toEqual([
      'emerging-sector-manufacturing',
      'new-production-lines',
      'equipment-cooperation',
      'national-teams',
      'experienced-teams',
      'research-cooperation',
      'ic-investment-funds',
      'bank-financing',
    ]);
  });

  it('supports new production lines only for RF, power or optoelectronic devices', () => {
    expect(status(rfLine, 'new-production-lines')).toBe('unquantified');
    expect(status({ ...rfLine, deviceTypes: ['memory'] }, 'new-production-lines')).toBe('ineligible');
    expect(status({ ...rfLine, classification: {} }, 'new-production-lines')).toBe('ineligible');
    expect(status({ ...rfLine, activities: ['design'] }, 'new-production-lines')).toBe('ineligible');
  });

  it('reads the emerging sectors as the four named by default, or any under "any-market"', () => {
    const medical = { ...rfLine, targetMarkets: ['medical' as const] };
    expect(status(medical, 'emerging-sector-manufacturing')).toBe('ineligible');
    expect(status(medical, 'emerging-sector-manufacturing', { shanxiTargetMarkets: 'any-market' })).toBe('unquantified');
    const assessment = evaluate(medical, { policy, asOf });
    expect(assessment.interpretations.map((used) => `${used.id}=${used.chosen}`)).toEqual(['shanxiTargetMarkets=named-markets']);
  });

  it('does not consult the interpretation for a project that does not manufacture', () => {
    const design = { ...rfLine, activities: ['design' as const] };
    expect(evaluate(design, { policy, asOf }).interpretations).toEqual([]);
    expect(status(design, 'design-companies')).toBe('unquantified');
  });

  it('ties listing support, joint R&D centres and bank financing to the facts the text names', () => {
    expect(status(rfLine, 'listing-support')).toBe('ineligible');
    expect(status({ ...rfLine, plans: { listing: true } }, 'listing-support')).toBe('unquantified');
    expect(status({ ...rfLine, plans: { jointRdCentre: true } }, 'joint-rd-centres')).toBe('ineligible');
    expect(status({ ...rfLine, plans: { jointRdCentre: true }, enterprise: { leadingDomesticPlayer: true } }, 'joint-rd-centres')).toBe('unquantified');
    expect(status({ ...rfLine, classification: {} }, 'bank-financing')).toBe('ineligible');
  });
});
