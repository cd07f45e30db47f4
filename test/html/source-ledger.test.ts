import { afterEach, describe, expect, it, vi } from 'vitest';
import { blocks, definePolicy, evaluate, sourceCoverage, type ProjectInput } from '../../src/index.js';
import { renderReport } from '../../src/html/index.js';

/** A pack whose rules each cite `quotes` of `document` (the first as their citation, the rest as `alsoCites`). */
function packCiting(id: string, document: string, rules: ReadonlyArray<{ id: string; quotes: readonly string[]; scope?: 'talent' }>) {
  return definePolicy({
    id, name: 'A pack', jurisdiction: { level: 'district', name: 'A district' }, source: { document, published: '2018-01-01' },
    rules: rules.map((rule) => ({
      id: rule.id, label: `Rule ${rule.id}`, instrument: 'grant', scope: rule.scope ?? 'project',
      citation: { document, quote: rule.quotes[0]! },
      alsoCites: rule.quotes.slice(1).map((quote) => ({ document, quote })),
      parameters: { ceiling: { value: '1', unit: 'CNY' } },
      amount: blocks.flatCeiling({ ceiling: 'ceiling' }),
    })),
  });
}

const talents = (count: number): ProjectInput => ({
  name: 'Many talents', investment: { actual: '1' },
  talents: Array.from({ length: count }, (_, index) => ({ name: `Talent ${index}`, qualified: true })),
});

describe('the source of an HTML report', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('links a quote of a user’s pack to its own sentence, not to an earlier one that contains it', () => {
    // "a" is cited after "banana", which contains it: the item citing "a" links to "a" ([2]), not to "banana" ([1]).
    const pack = packCiting('own-2020', 'letter.pdf', [{ id: 'first', quotes: ['banana', 'a'] }, { id: 'second', quotes: ['a'] }]);
    const page = renderReport(evaluate({ name: 'p', investment: { actual: '1' } }, { policy: pack, asOf: '2019-01-01' }));
    const row = (item: number) => page.match(new RegExp(`<tr><td><span id="item-${item}">[\\s\\S]*?</tr>`))![0];
    expect(row(1)).toContain('<a class="cite" href="#s0-0">[1]</a> <a class="cite" href="#s0-1">[2]</a>');
    expect(row(2)).toContain('<a class="cite" href="#s0-1">1.00</a>');
    expect(row(2)).not.toContain('#s0-0');
    expect(page).toContain('<mark id="s0-1">[2] a</mark> <sup>cited by <a href="#item-1">#1</a> <a href="#item-2">#2</a></sup>');
  });

  it('searches the source once per distinct quote, however many items cite it', () => {
    // A pack of the caller's own may take a built-in id and cite one-letter "quotes" of its source, each found
    // hundreds of times: searched again for every item, 100 items made about 600,000 searches (and 20,000 items
    // ran for hours). Found once per quote, the searches stay under one per character of the source.
    const seed = sourceCoverage('qingshan-lake-2018');
    const quotes = [...'eabcdfghijklmnopqrstuvwxyz'];
    const pack = packCiting('qingshan-lake-2018', seed.document, [{ id: 'per-talent', quotes, scope: 'talent' }]);
    const assessment = evaluate(talents(100), { policy: pack, asOf: '2019-01-01' });
    const search = vi.spyOn(String.prototype, 'indexOf');
    const page = renderReport(assessment);
    expect(search.mock.calls.length).toBeLessThan(seed.seed.length);
    // Every sentence holding an "e" is highlighted and lists the 100 items once each, in order.
    const backLinks = Array.from({ length: 100 }, (_, index) => `<a href="#item-${index + 1}">#${index + 1}</a>`).join(' ');
    const withE = seed.sentences.filter((sentence) => sentence.text.includes('e'));
    expect(page.split(`<sup>cited by ${backLinks}</sup>`).length - 1).toBe(withE.length);
  });
});
