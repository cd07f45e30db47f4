import { describe, expect, it } from 'vitest';
import { evaluate, renderReport } from '../../src/index.js';
import { displayWidth } from '../../src/report/display-width.js';
import { markdownTable, textTable } from '../../src/report/table.js';

const assessment = evaluate(
  {
    name: 'Report project',
    investment: { actual: '250000000', infrastructure: '50000000' },
    classification: { leadingIndustryDirection: true },
    talents: [{ name: 'Li', qualified: true, housingPurchase: { price: '500000' }, rent: { monthly: 2500, start: '2018-07-01' } }],
  },
  { policy: 'qingshan-lake-2018', asOf: '2018-07-01' },
);

describe('renderReport', () => {
  const text = renderReport(assessment);

  it('itemizes every item with its amount and binding cap', () => {
    expect(text).toContain('Project co-investment');
    // The text report names the caps in a table under the items (so that the items fit 120 columns);
    // Markdown keeps them in the item's row.
    expect(text).toMatch(/^ 1 +co-investment ceiling +30,000,000\.00 +yes +0\.00$/m);
    expect(renderReport(assessment, { format: 'markdown' })).toMatch(/\| 30,000,000\.00 \| co-investment ceiling \| 0\.00 \|/);
    expect(text).toContain('Totals: cash (grants and subsidies) 30,500,000.00; equity 125,000,000.00; all 155,500,000.00');
  });

  it('says why an item is not eligible', () => {
    expect(text).toContain('#4 Talent rent subsidy (Li): The talent is a qualified talent. A talent keeps one housing benefit');
  });

  it('lists the interpretations used and the sources as footnotes', () => {
    expect(text).toContain('housingBenefits = one-per-talent (default; alternatives: stack)');
    expect(text).toContain('[1] 002_95a2ad1254be288a.txt: “We will match up to 30 million RMB');
  });

  it('renders Markdown tables for memos', () => {
    const markdown = renderReport(assessment, { format: 'markdown' });
    expect(markdown).toContain('| # | Item | For |');
    expect(markdown).toContain('### Interpretations used');
  });
});

describe('tables', () => {
  it('aligns columns, counting wide characters as two cells', () => {
    expect(displayWidth('人才')).toBe(4);
    const table = textTable([{ heading: 'a', align: 'left' }, { heading: 'n', align: 'right' }], [['人才', '1'], ['xx', '100']]);
    expect(table.split('\n')).toEqual(['a       n', '----  ---', '人才    1', 'xx    100']);
  });

  it('escapes pipes in Markdown cells', () => {
    expect(markdownTable([{ heading: 'h', align: 'left' }], [['a|b']])).toContain('a\\|b');
  });
});
