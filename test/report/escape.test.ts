import { describe, expect, it } from 'vitest';
import { evaluate, renderReport } from '../../src/index.js';
import { csvCell } from '../../src/report/csv-cell.js';
import { markdownText } from '../../src/report/markdown-text.js';
import { textTable } from '../../src/report/table.js';
import { wrapText } from '../../src/report/wrap-text.js';

describe('markdownText', () => {
  it('shows HTML, links, autolinks, code, emphasis, entities and maths as text', () => {
    expect(markdownText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(markdownText('[x](javascript:alert(1)) ![i](u)')).toBe('\\[x\\](javascript:alert(1)) !\\[i\\](u)');
    expect(markdownText('<https://e.example> https://e.example www.e.example a@e.example')).toBe(
      '\\<https\\://e.example\\> https\\://e.example www\\.e.example a\\@e.example');
    expect(markdownText('`c` *e* ~s~ _u_ snake_case &#x202E; $x$ a|b \\')).toBe(
      '\\`c\\` \\*e\\* \\~s\\~ \\_u\\_ snake_case \\&#x202E; \\$x\\$ a\\|b \\\\');
  });

  it('keeps a value on its line: line breaks and controls are written as \\uXXXX, their backslash escaped', () => {
    expect(markdownText('name\n# Heading\r\n| a | b |')).toBe('name\\\\u000a# Heading\\\\u000d\\\\u000a\\| a \\| b \\|');
    expect(markdownText('\u001b[31m\u202e')).toBe('\\\\u001b\\[31m\\\\u202e');
  });

  it('leaves ordinary text, Chinese and punctuation that means nothing inside a line as it is', () => {
    expect(markdownText('Lin’an District, Hangzhou (2018): 30% of 2,000.00 — 人才租房补贴 #1 + - .')).toBe(
      'Lin’an District, Hangzhou (2018): 30% of 2,000.00 — 人才租房补贴 #1 + - .');
  });
});

describe('csvCell', () => {
  it('neutralises a formula whatever blanks, invisibles or controls precede it, in ASCII or full width', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠SUM(A1)']) {
      for (const before of ['', ' ', '\t', '\r', '\n', '\r\n', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u0000', ' \t\u3000 ']) {
        expect(csvCell(before + formula).replace(/^"/, '').startsWith("'"), JSON.stringify(before + formula)).toBe(true);
      }
    }
  });

  it('keeps line breaks inside the quotes, escapes every other control, and leaves amounts as digits', () => {
    expect(csvCell('a\r\nb\nc')).toBe('"a\r\nb\nc"');
    expect(csvCell('a\u0007b\u001b[2Jc\u202ed\td')).toBe('a\\u0007b\\u001b[2Jc\\u202ed\\u0009d');
    expect(csvCell('\t=1')).toBe("'\\u0009=1");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell('30000000.00')).toBe('30000000.00');
    expect(csvCell('人才租房补贴')).toBe('人才租房补贴');
  });
});

describe('wrapText and textTable', () => {
  it('wrap at spaces and other natural breaks, inside a word only when it is wider than the line', () => {
    expect(wrapText('Talent housing purchase subsidy', 16)).toEqual(['Talent housing', 'purchase subsidy']);
    expect(wrapText('人才购房补贴', 5)).toEqual(['人才', '购房', '补贴']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('  of which at a ceiling', 15)).toEqual(['  of which at a', '  ceiling']);
    expect(wrapText('[1][2][3]', 6)).toEqual(['[1][2]', '[3]']);
  });

  it('fit a table to its width, wrapping the text columns first, and escape every cell', () => {
    const table = textTable(
      [{ heading: '#', align: 'right' }, { heading: 'Item', align: 'left', wrap: true }, { heading: 'Amount', align: 'right' }],
      [['1', 'A very long label that cannot fit the narrow table at all', '30,000,000.00'], ['2', 'Bell\u0007', '1.00']],
      40,
    );
    // 40 cells: '#' takes 2, the amount 13, the gaps 2 × 2, the label the 21 left.
    expect(table.split('\n')).toEqual([
      ' #  Item                          Amount',
      '--  ---------------------  -------------',
      ' 1  A very long label      30,000,000.00',
      '    that cannot fit the',
      '    narrow table at all',
      ' 2  Bell\\u0007                      1.00',
    ]);
  });
});

describe('the text report', () => {
  it('writes a project name with terminal escapes, line breaks and bidi overrides as printable escapes', () => {
    const name = 'Evil\u001b]8;;https://e.example\u0007link\u001b[2J\r\nnext\u202eright\u0000';
    const report = renderReport(evaluate({ name, asOf: '2019-01-01', investment: { actual: 1 } }, { policy: 'qingshan-lake-2018' }));
    expect(report).toContain('Project: Evil\\u001b]8;;https://e.example\\u0007link\\u001b[2J\\u000d\\u000anext\\u202eright\\u0000\n');
  });
});
