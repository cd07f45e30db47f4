import { describe, expect, it } from 'vitest';
import { opportunities, renderReport, toJSON } from '../../src/index.js';

/**
 * An opportunity computed with a parameter the caller replaced says so, as the
 * assessment does: a reader must not take 50,000,000 for the published
 * 30,000,000 ceiling of the co-investment.
 */
describe('opportunities under replaced parameters', () => {
  const project = { name: 'Override plant', investment: { actual: '50000000' } };
  const options = {
    policy: 'qingshan-lake-2018' as const,
    asOf: '2019-01-01',
    overrides: { 'qingshan-lake-2018/project-co-investment': { ceiling: '50000000' } },
  };

  it('lists the replaced parameters in the result, its JSON and every text report', () => {
    const found = opportunities(project, options);
    // 30% × 50,000,000 = 15,000,000 now; the replaced ceiling of 50,000,000 binds at 50,000,000 ÷ 30% = 166,666,666.67.
    const raise = found.opportunities.find((entry) => entry.ruleId === 'qingshan-lake-2018/project-co-investment')!;
    expect([raise.changes[0]!.to, raise.after.amount!.toFixed(2)]).toEqual(['166666666.67', '50000000.00']);
    expect(found.overrides).toEqual([{ ruleId: 'qingshan-lake-2018/project-co-investment', parameter: 'ceiling', unit: 'CNY', baseline: '30000000', value: '50000000' }]);
    expect(toJSON(found).overrides).toEqual(found.overrides);
    expect(renderReport(found, { format: 'text' })).toMatch(/Parameters replaced by the caller\n {2}.*ceiling.*50,000,000/);
    expect(renderReport(found, { format: 'markdown' })).toMatch(/Parameters replaced by the caller\n- .*ceiling.*50,000,000/);
    expect(renderReport(found, { format: 'text', locale: 'zh' })).toContain('调用方替换的参数');
  });

  it('says nothing of replaced parameters when none was', () => {
    const found = opportunities(project, { policy: 'qingshan-lake-2018', asOf: '2019-01-01' });
    expect(found.overrides).toEqual([]);
    expect(renderReport(found, { format: 'text' })).not.toContain('Parameters replaced');
  });
});
