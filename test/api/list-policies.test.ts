import { describe, expect, it } from 'vitest';
import { listPolicies } from '../../src/index.js';

describe('listPolicies', () => {
  it('describes the Qingshan Lake pack', () => {
    const [qingshan] = listPolicies();
    expect(qingshan).toMatchObject({
      id: 'qingshan-lake-2018',
      published: '2018-06-15',
      sourceDocument: '002_95a2ad1254be288a.txt',
      validity: 'No expiry stated in the source.',
      jurisdiction: { level: 'district' },
    });
    expect(qingshan?.rules).toHaveLength(9);
    expect(qingshan?.interpretations.map((i) => `${i.id}=${i.default}`)).toEqual([
      'majorProject=ratio-applies',
      'policyFundBase=actual-investment',
      'housingBenefits=one-per-talent',
      'startupFounder=high-level',
      'coInvestmentScope=innovative-projects',
      'incrementalPayment=one-payment',
      'incrementalTalent=high-level-founder',
      'incrementalOverlap=after-expiry',
      // The engine's own reading, offered for every pack, after the pack's.
      'paymentsBeforeSource=from-source-date',
    ]);
  });
});
