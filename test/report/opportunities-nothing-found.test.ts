import { describe, expect, it } from 'vitest';
import { opportunities, renderReport } from '../../src/index.js';

describe('a search that finds nothing says why', () => {
  const project = { name: 'Early plant', investment: { actual: '50000000' } };

  it('does not say every item is at its ceiling when items are listed as not unlocked', () => {
    // Lishui's policy (2024) does not apply in 2023: every item is ineligible and nothing unlocks it.
    const found = opportunities(project, { policy: 'lishui-2024', asOf: '2023-09-01' });
    expect([found.opportunities.length, found.unreachable.length > 0]).toEqual([0, true]);
    for (const format of ['text', 'markdown'] as const) {
      const report = renderReport(found, { format });
      expect(report).toContain('No change of stated facts unlocks or raises an item.');
      expect(report).not.toContain('nothing to unlock');
    }
    expect(renderReport(found, { format: 'text', locale: 'zh' })).toContain('改变所填事实无法解锁或提高任何项目。');
  });

  it('says nothing is ineligible or below a reachable ceiling when that is so, without calling a stated maximum reached', () => {
    // Nanhu's offers have no figure; none is ineligible for this project.
    const found = opportunities(project, { policy: 'nanhu-2022', asOf: '2023-09-01' });
    expect([found.opportunities.length, found.unreachable.length]).toEqual([0, 0]);
    expect(renderReport(found, { format: 'text' })).toContain('No item is ineligible or below a ceiling it could reach: nothing to unlock (an item that is only a stated maximum, or an offer without a figure, has no computed amount to raise).');
    expect(renderReport(found, { format: 'text' })).not.toContain('at its ceiling');
  });
});
