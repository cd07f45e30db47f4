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
