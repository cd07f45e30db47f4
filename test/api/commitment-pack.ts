import type { PolicyDefinitionInput, ProjectInput } from '../../src/index.js';

/**
 * A hypothetical district offer with commitments, for tests only: every
 * figure is made up. Each clawback kind appears once, on amounts easy to
 * check by hand (see test/api/commitments.test.ts).
 */
const cite = (quote: string) => ({ document: 'hypothetical-offer.pdf', quote });

export const COMMITMENT_PACK: PolicyDefinitionInput = {
  id: 'commit-district',
  name: { en: 'Commitment district offer (hypothetical)', zh: '承诺区条款（假设）' },
  jurisdiction: { level: 'district', name: 'Commitment district' },
  source: { document: 'hypothetical-offer.pdf', published: '2026-01-01' },
  facts: [
    { id: 'jobs', type: 'count', unit: 'jobs', label: { en: 'jobs created', zh: '新增就业岗位' } },
    { id: 'output', type: 'amount', label: { en: 'annual output', zh: '年产值' } },
    { id: 'tax', type: 'amount-series', label: { en: 'tax paid', zh: '纳税额' } },
  ],
  rules: [
    {
      id: 'settlement-grant', label: { en: 'Settlement grant', zh: '落户补助' }, instrument: 'grant',
      citation: cite('10% of the investment, at most 10 million yuan.'),
      parameters: {
        rate: { value: '0.1', unit: 'ratio' },
        ceiling: { value: '10000000', unit: 'CNY' },
        jobs: { value: 200, unit: 'count', citation: cite('The project creates 200 jobs by the end of 2028.') },
      },
      amount: { block: 'capped-share', rate: { param: 'rate' }, base: { fact: 'investment.actual' }, ceiling: { param: 'ceiling' } },
      commitments: [
        {
          id: 'jobs', label: { en: '200 jobs by the end of 2028', zh: '2028年底前新增200个岗位' },
          citation: cite('Short of 200 jobs, the grant is repaid in proportion to the shortfall.'),
          fact: 'commit-district/jobs', atLeast: { param: 'jobs' }, by: '2028-12-31', clawback: { kind: 'pro-rata' },
        },
      ],
    },
    {
      id: 'output-award', label: { en: 'Output award', zh: '产值奖励' }, instrument: 'grant',
      citation: cite('An award of 2 million yuan.'),
      parameters: { amount: { value: '2000000', unit: 'CNY' }, share: { value: '0.5', unit: 'ratio' } },
      amount: { block: 'capped-share', rate: { param: 'share' }, base: { fact: 'investment.infrastructure' }, ceiling: { param: 'amount' } },
      commitments: [
        {
          id: 'output', label: 'Output of 500 million yuan in 2028', citation: cite('Output below 500 million yuan in 2028: half the award is repaid.'),
          fact: 'commit-district/output', atLeast: '500000000', by: '2028-12-31', clawback: { kind: 'share', share: { param: 'share' } },
        },
        {
          id: 'tax', label: 'Tax of 30 million yuan paid by 2029', citation: cite('Less than 30 million yuan of tax paid by 2029: all is repaid.'),
          fact: 'commit-district/tax', series: 'to-date', atLeast: '30000000', by: '2029-12-31', clawback: { kind: 'all' },
        },
      ],
    },
    {
      id: 'advice', label: 'Advice', instrument: 'service', citation: cite('The district advises the project.'),
      amount: { block: 'unquantified', offer: 'Advice on approvals' },
      commitments: [
        { id: 'jobs', label: 'Jobs', citation: cite('The project creates 200 jobs by the end of 2028.'), fact: 'commit-district/jobs', atLeast: 200, by: '2028-12-31', clawback: { kind: 'all' } },
      ],
    },
  ],
};

/** A project of 100 million yuan (grant 10,000,000), 40 million of it infrastructure (award 2,000,000). */
export const COMMITMENT_PROJECT = {
  name: 'Commitment fab',
  investment: { actual: '100000000', infrastructure: '40000000' },
  facts: {
    'commit-district/jobs': 150,
    'commit-district/output': '400000000',
    'commit-district/tax': { 2027: '10000000', 2028: '12000000', 2029: '9000000' },
  },
} satisfies ProjectInput;
