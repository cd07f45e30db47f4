import fc from 'fast-check';
import { expect } from 'vitest';
import type { PolicyDefinitionInput, ProjectInput } from '../../src/index.js';
import { hasUnprintable } from '../../src/schema/printable.js';

/**
 * Texts an attacker (or a careless export) could put in a project or a pack,
 * each aimed at one format: terminal escapes and controls (text), HTML, links,
 * autolinks, headings and table rows after a line break (Markdown), formulas
 * after blanks or in full width (CSV).
 */
const SEEDS = [
  '\u001b[2J\u001b[31mred', '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', 'bell\u0007', 'bare\rCR', 'nul\u0000',
  '\u009b31m', '\u202eevil\u202c', '\u2066isolate\u2069', 'line\u2028separator', 'line\nbreak', '\ud800lone', 'tail\udc00',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[click](javascript:alert(1))', '![i](https://evil.example/i.png)',
  '<javascript:alert(1)>', '<https://evil.example>', 'https://evil.example/a_b', 'www.evil.example', 'mail@evil.example',
  '&lt;b&gt; &#x202E;', '\n# Heading', '\r\n## Heading', 'x\n| a | b |\n| --- | --- |', '| cell |', '\n- item', '\n> quote',
  '\n    code', '\n---', '`code`', '**bold** _em_ ~~struck~~', '$x^2$', 'back\\slash\\', '\n[1]: https://evil.example',
  "=cmd|' /C calc'!A0", ' =1+1', '\t=1+1', '\r\n=1+1', '\n=1', '\u3000=1+1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '@SUM(A1)',
  '+1', '-1', '\u200b=1', '"quoted", comma',
];

/** One hostile text: a seed, two seeds around anything, or any string at all. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SEEDS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SEEDS), fc.string({ maxLength: 8 }), fc.constantFrom(...SEEDS)).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** The texts of a project and a pack, by field. */
export const TEXT_FIELDS = [
  'projectName', 'projectId', 'talentA', 'talentB', 'policyName', 'jurisdiction', 'document', 'quoteA', 'quoteB', 'quoteC', 'quoteParameter',
  'labelA', 'labelB', 'labelC', 'noteA', 'noteB', 'noteC', 'metC', 'unmetC', 'offerB', 'figureB', 'ceilingLabel', 'sharedCapLabel',
  'fundLabel', 'interpretationLabel', 'rationaleA', 'rationaleB', 'readingA', 'readingB', 'sharedCapQuote', 'fundQuote', 'figureQuote',
] as const;
export type Texts = Record<(typeof TEXT_FIELDS)[number], string>;

/**
 * Hostile texts for every field: each ends with its own mark, so that no two
 * are equal (talent names must differ, and equal notes would be listed once),
 * and none is empty; what a format must neutralise stays at the start.
 */
export const hostileTexts: fc.Arbitrary<{ hostile: Texts; benign: Texts }> = fc
  .tuple(...TEXT_FIELDS.map(() => hostileText))
  .map((drawn) => {
    const hostile = Object.fromEntries(TEXT_FIELDS.map((field, index) => [field, `${drawn[index]!.slice(0, 80)} k${index}`])) as Texts;
    const benign = Object.fromEntries(TEXT_FIELDS.map((field, index) => [field, `text k${index}`])) as Texts;
    return { hostile, benign };
  });

/**
 * A pack whose every text is a caller's: a capped share under a shared cap
 * with an interpretation, an offer without a figure with a stated figure, a
 * per-talent rule nobody meets, and a fund the project overruns (a warning).
 */
export function packOf(texts: Texts): PolicyDefinitionInput {
  const citation = (quote: string) => ({ document: texts.document, quote });
  const share = { block: 'capped-share', rate: { param: 'rate' }, base: { fact: 'investment.actual' }, ceiling: { param: 'ceiling' } } as const;
  return {
    id: 'hostile-pack',
    name: { en: texts.policyName, zh: `${texts.policyName} zh` },
    jurisdiction: { level: 'district', name: texts.jurisdiction },
    source: { document: texts.document, published: '2015-01-01' },
    interpretations: [{
      id: 'reading', label: texts.interpretationLabel, default: texts.readingA,
      options: [{ value: texts.readingA, rationale: texts.rationaleA }, { value: texts.readingB, rationale: texts.rationaleB }],
    }],
    rules: [
      {
        id: 'a', label: texts.labelA, instrument: 'grant', citation: citation(texts.quoteA), notes: [texts.noteA],
        parameters: {
          rate: { value: '0.5', unit: 'ratio' },
          ceiling: { value: '1000000', unit: 'CNY', label: texts.ceilingLabel, citation: citation(texts.quoteParameter) },
        },
        amount: { block: 'by-interpretation', interpretation: 'reading', options: { [texts.readingA]: share, [texts.readingB]: share } },
      },
      {
        id: 'b', label: { en: texts.labelB, zh: `${texts.labelB} zh` }, instrument: 'service', citation: citation(texts.quoteB),
        notes: [texts.noteB], amount: { block: 'unquantified', offer: texts.offerB },
        figures: [{ label: texts.figureB, value: '3', unit: 'months', qualifier: 'about', citation: citation(texts.figureQuote) }],
      },
      {
        id: 'c', label: texts.labelC, instrument: 'rent-subsidy', scope: 'talent', citation: citation(texts.quoteC), notes: [texts.noteC],
        eligibility: [{ when: { fact: 'talent.highLevel', is: true }, met: texts.metC, unmet: texts.unmetC }],
        parameters: { ceiling: { value: '5000', unit: 'CNY' } },
        amount: { block: 'flat-ceiling', ceiling: { param: 'ceiling' } },
      },
    ],
    groups: [{ kind: 'shared-cap', id: 'shared', rules: ['a'], cap: '400000', label: texts.sharedCapLabel, citation: citation(texts.sharedCapQuote) }],
    funds: [{ id: 'fund', label: texts.fundLabel, amount: '1000', period: 'year', citation: citation(texts.fundQuote) }],
  } as PolicyDefinitionInput;
}

/** A project whose name, id and talents' names are the given texts. */
export function projectOf(texts: Texts): ProjectInput {
  return {
    id: texts.projectId,
    name: texts.projectName,
    asOf: '2024-09-01',
    investment: { actual: '1000000' },
    talents: [{ name: texts.talentA, qualified: true }, { name: texts.talentB }],
  };
}

/** How many backslashes stand right before `index`: an odd count escapes the character. */
function escaped(text: string, index: number): boolean {
  let count = 0;
  for (let at = index - 1; at >= 0 && text[at] === '\\'; at -= 1) count += 1;
  return count % 2 === 1;
}

function unescapedCount(line: string, char: string): number {
  let count = 0;
  for (let at = line.indexOf(char); at >= 0; at = line.indexOf(char, at + 1)) if (!escaped(line, at)) count += 1;
  return count;
}

/** Text output: nothing a terminal would act on, and no line break but the report's own. */
export function expectPrintable(text: string): void {
  for (const line of text.split('\n')) expect(hasUnprintable(line), JSON.stringify(line)).toBe(false);
}

/** What a line of a Markdown report is, as a reader's renderer would see it. */
function markdownKind(line: string): string {
  if (line.startsWith('#')) return line.startsWith('## ') ? 'title' : line; // a section heading is the library's own text
  if (line.startsWith('|')) return `row of ${unescapedCount(line, '|')} pipes`;
  if (line.startsWith('- ')) return 'bullet';
  if (line.startsWith('  - ')) return 'sub-bullet';
  return line === '' ? 'blank' : `text starting ${line[0]}`;
}

/**
 * Markdown output: no raw HTML, autolink, link or code span from a value (every
 * `<`, `&`, `` ` `` and `](` escaped), nothing unprintable, and exactly the
 * structure of the same report with harmless texts: the same lines, each of
 * the same kind (a value cannot add a heading, a row, a cell or a list item).
 */
export function expectInertMarkdown(markdown: string, benign: string): void {
  expectPrintable(markdown);
  const lines = markdown.split('\n');
  for (const line of lines) {
    for (const char of ['<', '>', '&', '`']) expect(unescapedCount(line, char), `${char} in ${line}`).toBe(0);
    for (let at = line.indexOf(']('); at >= 0; at = line.indexOf('](', at + 1)) expect(escaped(line, at), line).toBe(true);
  }
  expect(lines.map(markdownKind)).toEqual(benign.split('\n').map(markdownKind));
}

/** The rows and cells of RFC 4180 CSV. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') (cell += '"'), (at += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[at + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (at += 1);
    else cell += char;
  }
  return rows;
}

/** A cell a spreadsheet would run: its first character past blanks, invisibles and controls is a formula sign. */
const FORMULA = /^[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202f\u2060-\u206f]*[=+\-@＝＋－＠]/;

/**
 * CSV output: a byte-order mark, then rows of 14 cells; no cell a spreadsheet
 * would run as a formula (a leading apostrophe makes it text), no control
 * character but the line breaks of a quoted cell, and amounts as plain digits.
 */
export function expectNeutralCsv(csv: string, items: number): void {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(csv.slice(1));
  expect(rows).toHaveLength(items + 1);
  for (const row of rows) {
    expect(row).toHaveLength(14);
    for (const cell of row) {
      if (FORMULA.test(cell)) expect(cell.startsWith("'"), JSON.stringify(cell)).toBe(true);
      expect(hasUnprintable(cell.replace(/\r\n|\r|\n/g, '')), JSON.stringify(cell)).toBe(false);
    }
  }
  for (const row of rows.slice(1)) expect(row[8]).toMatch(/^(\d+\.\d\d)?$/);
}
