import { describe, expect, it } from 'vitest';
import { IncentiveInputError, opportunities, renderReport, toJSON, type ProjectInput } from '../../src/index.js';
import { renderOpportunities } from '../../src/report/render-opportunities.js';
import { opportunitiesToJSON } from '../../src/report/opportunities-json.js';

const project: ProjectInput = { name: 'Hypothetical sensor line', investment: { actual: '300000000', infrastructure: '60000000' } };
const found = opportunities(project, { policy: 'qingshan-lake-2018', asOf: '2024-09-01' });

describe('the result of opportunities in the public report functions', () => {
  it('renders in every format and language as the command line does', () => {
    for (const format of ['text', 'markdown', 'csv', 'json'] as const) {
      for (const locale of ['en', 'zh'] as const) {
        expect(renderReport(found, { format, locale })).toBe(renderOpportunities(found, format, locale));
      }
    }
    // The co-investment is eligible at 30% × (300,000,000 − 60,000,000) = 72,000,000, above its 30,000,000 ceiling;
    // being particularly important raises the ceiling to 100,000,000: the report names the change.
    expect(renderReport(found)).toContain('particularly important');
  });

  it('is plain JSON through toJSON, and a copy of it is refused', () => {
    expect(toJSON(found)).toEqual(opportunitiesToJSON(found));
    expect(() => renderReport({ ...found })).toThrow(IncentiveInputError);
    expect(() => toJSON({ ...found } as typeof found)).toThrow(IncentiveInputError);
  });
});

describe('an item that would give only a stated maximum', () => {
  it('is said to be one, as the reports keep ceilings apart from computed amounts', () => {
    // Jiashan's tiered funding: while the tiers are unpublished, a technology-based SME is entitled up to the 50,000,000 ceiling.
    const jiashan = opportunities({ name: 'Hypothetical SME', investment: { actual: '50000000' } }, { policy: 'jiashan-2023', asOf: '2025-01-01' });
    expect(toJSON(jiashan).opportunities[0]?.after).toEqual({ status: 'eligible', amount: '50000000.00', basis: 'ceiling' });
    expect(renderReport(jiashan)).toContain('up to 50,000,000.00 (stated maximum)');
    expect(renderReport(jiashan, { locale: 'zh' })).toContain('最高50,000,000.00（政策上限）');
  });
});
