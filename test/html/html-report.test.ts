import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, IncentiveInputError, sweep, toJSON, type ProjectInput } from '../../src/index.js';
import { renderReport } from '../../src/html/index.js';
import { timelineOf } from '../../src/html/timeline.js';
import { axisLabel } from '../../src/html/money-label.js';
import { exactLabel } from '../../src/html/exact-label.js';
import { escapeHtml } from '../../src/html/escape.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';
import { CMP_LINE, EXAMPLE_REPORTS, SWEPT } from './example-reports.js';

const issuesOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    if (error instanceof IncentiveInputError) return error.issues.map((issue) => [issue.code, issue.path.join('.')]);
    throw error;
  }
  throw new Error('expected an input error');
};

/** The HTML with the one style sheet taken out, so that what remains is the markup and the texts. */
const markupOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '');

describe('renderReport from chip-incentives/html', () => {
  it.each(EXAMPLE_REPORTS.map((example) => [example.name, example] as const))('%s is one self-contained page: no script, no external resource', (_, example) => {
    const html = renderReport(example.report(), { locale: example.locale });
    expect(html.startsWith(`<!doctype html>\n<html lang="${example.locale === 'zh' ? 'zh-CN' : 'en'}">`)).toBe(true);
    expect(html).not.toMatch(/<script|<link(?! rel="icon" href="data:,")|<img|<iframe|\son\w+=|javascript:/i);
    // Every href is a link inside the page; the only URL is the SVG namespace, which is never fetched.
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]).filter((href) => !href!.startsWith('#'))).toEqual(['data:,']);
    expect([...markupOf(html).matchAll(/https?:\/\/[^\s"<]+/g)].map((match) => match[0])).toEqual(
      [...markupOf(html).matchAll(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)].map(() => 'http://www.w3.org/2000/svg'));
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
    expect(html).toMatch(/"Noto Sans CJK SC"/);
  });

  it('shows a project name with markup as text, in the title, the heading and the attributes', () => {
    const name = '<script>alert("x")</script> & <img src=x onerror=alert(1)> \u202Eevil';
    const html = renderReport(evaluate({ ...CMP_LINE, name }, { policy: 'qingshan-lake-2018' }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u202E');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; \\u202eevil');
  });

  it('escapes the five characters HTML reads, and every character printable escapes', () => {
    expect(escapeHtml(`a<b>"c"&'d'\u0007\u2066`)).toBe('a&lt;b&gt;&quot;c&quot;&amp;&#39;d&#39;\\u0007\\u2066');
  });

  it('escapes any text so that no tag, entity or attribute quote of it survives', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      const escaped = escapeHtml(text);
      expect(escaped).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
    }), { numRuns: 300, seed: 15 });
  }, PROPERTY_TIMEOUT);

  it('sums the payment timeline exactly, by year over more than 24 months', () => {
    // The process engineer rents from 2018-09-01 at 2,600 a month; the subsidy is min(2,600, 2,000) =
    // 2,000 a month for 36 months: 4 months of 2018 (8,000), 12 of 2019 and of 2020 (24,000 each) and
    // 8 of 2021 (16,000); 72,000 in all. The housing subsidy (600,000), the co-investment
    // (30,000,000) and the fund's equity (130,000,000) are paid on the assessment date, 2018-09-01.
    const timeline = timelineOf(toJSON(evaluate(CMP_LINE, { policy: 'qingshan-lake-2018' })).items);
    expect(timeline.byYear).toBe(true);
    expect(timeline.instruments).toEqual(['grant', 'equity', 'housing-subsidy', 'rent-subsidy']);
    expect(timeline.periods).toEqual([
      { period: '2018', computed: ['30000000.00', '130000000.00', '600000.00', '8000.00'], ceiling: '0.00', total: '160608000.00' },
      { period: '2019', computed: ['0.00', '0.00', '0.00', '24000.00'], ceiling: '0.00', total: '24000.00' },
      { period: '2020', computed: ['0.00', '0.00', '0.00', '24000.00'], ceiling: '0.00', total: '24000.00' },
      { period: '2021', computed: ['0.00', '0.00', '0.00', '16000.00'], ceiling: '0.00', total: '16000.00' },
    ]);
  });

  it('shows the timeline by month within 24 months, every month listed, and a ceiling apart', () => {
    // A 12-month lease from 2018-11-01 at 1,500: 1,500 a month, 2018-11 to 2019-10 (18,000 in all).
    // The incremental support (a startup of a high-level founder whose support has expired), asked for nothing,
    // is a stated maximum: it is summed apart, never in the total.
    const project: ProjectInput = {
      name: 'Renter', asOf: '2018-11-01', investment: { actual: '0' },
      talentSupport: { expiresOn: '2018-10-01', highPotential: true },
      talentStartup: { founder: 'Founder' },
      talents: [{ name: 'Founder', highLevel: true }, { name: 'Engineer', qualified: true, rent: { monthly: '1500', start: '2018-11-01', months: 12 } }],
    };
    const items = toJSON(evaluate(project, { policy: 'qingshan-lake-2018' })).items;
    const timeline = timelineOf(items);
    const ceilings = items.filter((item) => item.status === 'eligible' && item.basis === 'ceiling').map((item) => item.amount);
    expect(ceilings.length).toBeGreaterThan(0);
    expect(timeline.periods.reduce((sum, period) => sum + Number(period.ceiling), 0)).toBe(ceilings.reduce((sum, amount) => sum + Number(amount), 0));
    expect(timeline.periods.every((period) => period.total === '1500.00')).toBe(true);
    expect(timeline.byYear).toBe(false);
    expect(timeline.periods.map((period) => period.period)).toEqual([
      '2018-11', '2018-12', '2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06', '2019-07', '2019-08', '2019-09', '2019-10',
    ]);
    expect(timeline.periods.every((period) => period.computed.at(-1) === '1500.00')).toBe(true);
  });

  it('labels axes from exact values in the locale’s units', () => {
    expect(axisLabel('15000000', 'zh', '30000000')).toBe('1,500万元');
    expect(axisLabel('150000000', 'zh', '300000000')).toBe('1.5亿元');
    expect(axisLabel('15000000', 'en', '30000000')).toBe('¥15 million');
    expect(axisLabel('2500', 'en', '5000')).toBe('¥2.5 thousand');
    expect(axisLabel('0', 'zh', '5000')).toBe('0');
  });

  it('labels a breakpoint with its exact value, a fraction with its value to the cent beside it', () => {
    expect(exactLabel('150000000', '150000000', 'en')).toBe('¥150,000,000');
    expect(exactLabel('1000000000/3', '333333333.33333333333', 'en')).toBe('1,000,000,000/3 ≈ ¥333,333,333.33');
    expect(exactLabel('1000000000/3', '333333333.33333333333', 'zh')).toBe('1,000,000,000/3 ≈ 333,333,333.33元');
  });

  it('marks a sweep’s breakpoints where breakpoints finds them', () => {
    // The important project's co-investment is min(30% × investment, 100,000,000): the ceiling starts
    // binding at 100,000,000 / 30% = 1,000,000,000/3.
    const curve = sweep(SWEPT, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: 0, to: '500000000', steps: 4 });
    expect(curve.breakpoints?.map((point) => [point.event, point.exact])).toEqual([['starts-binding', '1000000000/3'], ['stops-binding', '1000000000/3']]);
    const html = renderReport(curve);
    expect(html.match(/<line class="break"/g)).toHaveLength(1);
    expect(html).toContain('1,000,000,000/3 ≈ ¥333,333,333.33');
    expect(toJSON(curve).values).toEqual(['0', '125000000', '250000000', '375000000', '500000000']);
  });

  it('leaves out the breakpoints of a sweep whose path breakpoints does not read, and those outside the range', () => {
    const outside = sweep(SWEPT, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: 0, to: '300000000', steps: 2 });
    expect(outside.breakpoints).toEqual([]);
    expect(renderReport(outside, { locale: 'zh' })).toContain('所变动范围内没有转折点。');
  });

  it('refuses anything but a result the library returned, and lists every problem of the options at once', () => {
    const assessment = evaluate(CMP_LINE, { policy: 'qingshan-lake-2018' });
    expect(issuesOf(() => renderReport({ ...assessment }))).toEqual([['invalid_type', 'report']]);
    expect(issuesOf(() => renderReport(assessment, { format: 'pdf', locale: 'fr', extra: 1 } as never)))
      .toEqual([['unknown_field', 'options.extra'], ['unknown_option', 'options.format'], ['unknown_option', 'options.locale']]);
    expect(issuesOf(() => renderReport(null as never, 'html' as never))).toEqual([['invalid_type', 'report'], ['invalid_type', 'options']]);
    const curve = sweep(SWEPT, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: 0, to: '1', steps: 1 });
    expect(issuesOf(() => renderReport(curve, { format: 'markdown' }))).toEqual([['invalid_type', 'report']]);
    expect(renderReport(assessment, { format: 'markdown' })).toContain('| # |');
  });

  it('issues a sweep frozen, and toJSON refuses a copy of one', () => {
    const curve = sweep(SWEPT, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: 0, to: '1', steps: 1 });
    expect(Object.isFrozen(curve)).toBe(true);
    expect(issuesOf(() => toJSON({ ...curve } as never))).toEqual([['invalid_type', 'report']]);
  });
});

describe('the result of opportunities in chip-incentives/html', () => {
  it('has no page: an input error, not a TypeError; its other formats are the main entry\'s', async () => {
    const { opportunities, renderReport: renderText } = await import('../../src/index.js');
    const found = opportunities(CMP_LINE, { policy: 'qingshan-lake-2018', asOf: '2024-09-01' });
    expect(() => renderReport(found as never)).toThrow(IncentiveInputError);
    expect(renderReport(found as never, { format: 'markdown' })).toBe(renderText(found, { format: 'markdown' }));
  });
});
