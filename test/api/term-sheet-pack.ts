import type { PolicyDefinitionInput } from '../../src/index.js';

/**
 * A hypothetical district term sheet, for tests only: every figure is made
 * up. It declares facts of its own and uses each block term sheets use.
 */
const cite = (quote: string) => ({ document: 'hypothetical-term-sheet.pdf', quote });

export const TERM_SHEET: PolicyDefinitionInput = {
  id: 'test-district',
  name: { en: 'Test district term sheet (hypothetical)', zh: '测试区条款（假设）' },
  jurisdiction: { level: 'district', name: 'Test district' },
  source: { document: 'hypothetical-term-sheet.pdf', published: '2026-01-01' },
  facts: [
    { id: 'new-hires', type: 'count', unit: 'hires', label: { en: 'new hires', zh: '新增雇员' }, max: 100000 },
    { id: 'lease-start', type: 'date', label: { en: 'lease start', zh: '起租日' } },
    { id: 'monthly-rent', type: 'amount', label: { en: 'monthly rent', zh: '月租金' } },
    { id: 'lease-months', type: 'count', unit: 'months', label: { en: 'months leased', zh: '租期月数' } },
    { id: 'production-start', type: 'date', label: { en: 'start of production', zh: '投产日' } },
    { id: 'local-tax', type: 'amount-series', label: { en: 'local share of tax paid', zh: '地方留存税收' } },
    { id: 'output', type: 'amount', label: { en: 'annual output', zh: '年产值' } },
    { id: 'zone', type: 'choice', values: ['north', 'south'], label: { en: 'zone', zh: '园区' } },
    { id: 'signed', type: 'boolean', label: { en: 'investment agreement signed', zh: '已签投资协议' }, required: true },
  ],
  rules: [
    {
      id: 'hiring-bonus', label: 'Hiring bonus', instrument: 'grant', citation: cite('20,000 yuan per new hire, at most 2 million yuan.'),
      parameters: { perHire: { value: '20000', unit: 'CNY' }, ceiling: { value: '2000000', unit: 'CNY' } },
      eligibility: [{ when: { fact: 'test-district/signed', is: true } }],
      amount: { block: 'per-unit', perUnit: { param: 'perHire' }, units: { fact: 'test-district/new-hires' }, ceiling: { param: 'ceiling' } },
    },
    {
      id: 'rent', label: 'Rent support', instrument: 'rent-subsidy', citation: cite('Rent-free for three years, half rent for two.'),
      parameters: {
        freeMonths: { value: 36, unit: 'months' }, halfMonths: { value: 24, unit: 'months' },
        full: { value: '1', unit: 'ratio' }, half: { value: '0.5', unit: 'ratio' },
      },
      eligibility: [{ when: { fact: 'test-district/zone', is: 'north' } }],
      amount: {
        block: 'stepped-periods', period: 'month', start: { fact: 'test-district/lease-start' }, base: { fact: 'test-district/monthly-rent' },
        periods: { fact: 'test-district/lease-months' },
        steps: [{ length: { param: 'freeMonths' }, rate: { param: 'full' } }, { length: { param: 'halfMonths' }, rate: { param: 'half' } }],
      },
    },
    {
      id: 'tax-return', label: 'Tax contribution award', instrument: 'grant',
      citation: cite('100% of the local share of tax paid in years 1-3, 50% in years 4-5, at most 5 million yuan a year.'),
      parameters: {
        firstYears: { value: 3, unit: 'years' }, laterYears: { value: 2, unit: 'years' },
        full: { value: '1', unit: 'ratio' }, half: { value: '0.5', unit: 'ratio' }, perYear: { value: '5000000', unit: 'CNY' },
      },
      amount: {
        block: 'yearly-share', base: { fact: 'test-district/local-tax' }, start: { fact: 'test-district/production-start' },
        steps: [{ years: { param: 'firstYears' }, rate: { param: 'full' } }, { years: { param: 'laterYears' }, rate: { param: 'half' } }],
        yearCeiling: { param: 'perYear' },
      },
    },
    {
      id: 'output-award', label: 'Output award', instrument: 'grant', citation: cite('10% of annual output above 500 million yuan, at most 20 million yuan.'),
      parameters: { threshold: { value: '500000000', unit: 'CNY' }, rate: { value: '0.1', unit: 'ratio' }, ceiling: { value: '20000000', unit: 'CNY' } },
      amount: { block: 'threshold-excess', base: { fact: 'test-district/output' }, threshold: { param: 'threshold' }, rate: { param: 'rate' }, ceiling: { param: 'ceiling' } },
    },
  ],
};

/** A project that states every fact of the term sheet. */
export const TERM_SHEET_PROJECT = {
  name: 'Test fab',
  investment: { actual: '800000000' },
  facts: {
    'test-district/new-hires': 120,
    'test-district/lease-start': '2026-03-01',
    'test-district/monthly-rent': '10000',
    'test-district/production-start': '2026-06-30',
    'test-district/local-tax': { 2026: '4000000', 2027: '6000000', 2028: '5000000', 2029: '8000000', 2030: '3000000.05' },
    'test-district/output': '650000000',
    'test-district/zone': 'north',
    'test-district/signed': true,
    'another-pack/ignored': 'anything',
  },
};
