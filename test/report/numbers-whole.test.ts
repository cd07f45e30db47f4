import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPolicy, opportunities, renderReport, type ProjectInput } from '../../src/index.js';
import { displayWidth } from '../../src/report/display-width.js';
import { textTable } from '../../src/report/table.js';
import { NUMBER } from '../../src/report/widest-number.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';
import { wrapText } from '../../src/report/wrap-text.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const riverside = loadPolicy(example('riverside.policy.yaml'));
const line = JSON.parse(example('riverside-line.json')) as ProjectInput;

/** The numbers a text holds, as reports write them. */
const numbersOf = (text: string) => text.match(new RegExp(NUMBER.source, 'gu')) ?? [];

describe('a number in a wrapped cell', () => {
  it('is never cut across lines: the line breaks at a space instead', () => {
    expect(wrapText('annual-output: 760,000,000.00 → 1,000,000,000.00 (annual output value)', 22)).toEqual([
      'annual-output:',
      '760,000,000.00 →',
      '1,000,000,000.00',
      '(annual output value)',
    ]);
    // A date and a negative number stay whole too; a hyphen before a letter is still a break.
    expect(wrapText('from 2026-10-01 by -5 or more', 10)).toEqual(['from', '2026-10-01', 'by -5 or', 'more']);
    expect(wrapText('registered-locally', 12)).toEqual(['registered-', 'locally']);
    // A word wider than the line is cut between its numbers, not inside one.
    expect(wrapText('x1,000,000y2,000,000', 10)).toEqual(['x1,000,000', 'y2,000,000']);
    expect(wrapText('ab1,000,000', 10)).toEqual(['ab', '1,000,000']);
  });

  it('breaks a field\'s path after a dot a letter follows, not inside a name or a decimal', () => {
    expect(wrapText('classification.leadingIndustryDirection: false → true', 34)).toEqual([
      'classification.',
      'leadingIndustryDirection: false →',
      'true',
    ]);
    expect(wrapText('rate 0.0435 a year', 6)).toEqual(['rate', '0.0435', 'a year']);
  });

  it('keeps a number whole in a column that must narrow, which stops at its widest number', () => {
    const table = textTable(
      [{ heading: '#', align: 'right' }, { heading: 'Changes', align: 'left', wrap: true }],
      [['1', 'output: 760,000,000.00 → 1,000,000,000.00']],
      10,
    );
    // The budget leaves 10 − 2 − 2 = 6 cells for the changes, fewer than the 16 of 1,000,000,000.00: the column keeps 16.
    expect(table.split('\n')).toEqual([
      ' #  Changes',
      '--  ----------------',
      ' 1  output:',
      '    760,000,000.00 →',
      '    1,000,000,000.00',
    ]);
  });

  it('holds whole in lines of any width at least its own', () => {
    const word = fc.oneof(fc.constantFrom('a', 'output', 'riverside-2026/new-hires', '→', '人才', '(value)', ';', '-'), fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', 'b', '-', '/', ',') }));
    const number = fc.bigInt({ min: 0n, max: 10n ** 15n }).map((n) => `${n.toLocaleString('en-US')}.${String(n % 100n).padStart(2, '0')}`);
    const part = fc.oneof(word, number, fc.constant('2026-10-01'));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(' ', '', ', ', ' → '), { minLength: 12, maxLength: 12 }), fc.integer({ min: 0, max: 20 }), (parts, joins, extra) => {
        const text = parts.map((piece, index) => `${piece}${joins[index]}`).join('').trim();
        const width = Math.max(2, ...numbersOf(text).map(displayWidth)) + extra;
        const lines = wrapText(text, width);
        for (const wrapped of lines) expect(displayWidth(wrapped)).toBeLessThanOrEqual(width);
        for (const found of numbersOf(text)) expect(lines.some((wrapped) => wrapped.includes(found)), found).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('the opportunities of the term-sheet example', () => {
  it('show every figure whole in the text table, in English and Chinese', () => {
    const found = opportunities(line, { policy: riverside, asOf: '2026-07-01' });
    for (const locale of ['en', 'zh'] as const) {
      const report = renderReport(found, { locale });
      const lines = report.split('\n');
      // The output award's change: annual output 760,000,000.00 → 1,000,000,000.00, each on one line.
      for (const figure of ['760,000,000.00', '1,000,000,000.00', '25,800,000.00']) expect(lines.some((text) => text.includes(figure)), `${locale} ${figure}`).toBe(true);
      for (const text of lines) expect(text, locale).not.toMatch(/\d,$/);
    }
  });
});
