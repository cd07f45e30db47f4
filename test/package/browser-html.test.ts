import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, toJSON, type Assessment } from '../../src/index.js';
import { renderReport } from '../../src/html/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { CMP_LINE, EXAMPLE_REPORTS } from '../html/example-reports.js';
import { BROWSER_REQUIRED, findChromium, launchChromium } from './chromium.js';

/**
 * The HTML reports of the examples in headless Chromium, as a reader opens
 * them: each page loads with no console error and no request at all (every
 * request is answered by the test and recorded), fits the width of an A4 page
 * in print, every citation link lands on a highlighted sentence, the chart's
 * data table holds the schedule's sums, and a project name with markup stays
 * text. A screenshot of each report is kept in artifacts/screenshots/ (ignored
 * by git) for a person to look at. Skipped, saying so, without Chromium,
 * unless CHIP_INCENTIVES_REQUIRE_BROWSER=1.
 */
/** The little of the DOM the checks read in the page, typed here: the repository compiles without the DOM library. */
interface PageElement {
  tagName: string;
  textContent: string | null;
  classList: { contains: (name: string) => boolean };
  getAttribute: (name: string) => string | null;
  querySelectorAll: (selector: string) => Iterable<PageElement>;
}
declare const document: PageElement & {
  documentElement: { scrollWidth: number; clientWidth: number };
  scripts: { length: number };
  images: { length: number };
  title: string;
  body: PageElement;
  getElementById: (id: string) => PageElement | null;
  querySelector: (selector: string) => PageElement | null;
};

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = `${root}artifacts/screenshots/`;
const executablePath = findChromium();
/** The page's address: any request the report makes is answered here, and counted. */
const ORIGIN = 'http://report.invalid/';
/** A4 is 210 mm wide; the report's @page margins are 12 mm each side: 186 mm at 96 px per inch. */
const A4_PRINT_WIDTH = Math.floor((186 / 25.4) * 96);

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  if (browser) mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a report as a page; what it logs as an error and every request beyond the page are collected. */
async function open(html: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error('No browser was started.');
  const page = await browser.newPage({ viewport: { width: A4_PRINT_WIDTH, height: 1100 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
  await page.route('**/*', (route) => {
    if (route.request().url() === ORIGIN) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    problems.push(`request: ${route.request().url()}`);
    return route.abort();
  });
  await page.goto(ORIGIN, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  return { page, problems };
}

describe.skipIf(executablePath === undefined && !BROWSER_REQUIRED)('the HTML reports in headless Chromium', () => {
  it.each(EXAMPLE_REPORTS.map((example) => [example.name, example] as const))('%s loads quietly, fits A4 and links every citation to a highlighted sentence', async (name, example) => {
    const { page, problems } = await open(renderReport(example.report(), { locale: example.locale }));
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      scripts: document.scripts.length,
      links: [...document.querySelectorAll('a[href^="#"]')].map((link) => {
        const target = document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));
        return { href: link.getAttribute('href'), cite: link.classList.contains('cite'), target: target?.tagName ?? null };
      }),
    }));
    await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
    expect(layout.scripts).toBe(0);
    expect(layout.scrollWidth, 'wider than an A4 page in print').toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.links.filter((link) => link.target === null)).toEqual([]);
    expect(layout.links.filter((link) => link.cite && link.target !== 'MARK')).toEqual([]);
  }, 60_000);

  it('shows the schedule in the chart’s data table: each period’s sum for each instrument', async () => {
    const assessment: Assessment = evaluate(CMP_LINE, { policy: 'qingshan-lake-2018' });
    const { page, problems } = await open(renderReport(assessment));
    const table = await page.evaluate(() => {
      const element = document.querySelector('table.timeline-data')!;
      return {
        headings: [...element.querySelectorAll('thead th')].map((cell) => cell.textContent ?? ''),
        rows: [...element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
      };
    });
    await page.close();
    expect(problems).toEqual([]);
    // The expected sums, from the schedule itself: the payments span more than 24 months, so by year.
    const json = toJSON(assessment);
    const instruments = table.headings.slice(1, -2);
    const expected = table.rows.map(([period]) => [period, ...instruments.map((instrument) => {
      const sum = json.items
        .filter((item) => item.status === 'eligible' && item.basis === 'formula' && item.instrument === instrument)
        .flatMap((item) => item.schedule ?? [])
        .filter((entry) => entry.date.startsWith(period!))
        .reduce((total, entry) => total.plus(entry.amount), new Decimal(0));
      return sum.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    })]);
    expect(table.rows.map((row) => row.slice(0, -2))).toEqual(expected);
    // Every payment of the schedule is in some period of the table.
    const payments = json.items.flatMap((item) => (item.status === 'eligible' ? item.schedule ?? [] : []));
    expect(payments.every((entry) => table.rows.some(([period]) => entry.date.startsWith(period!)))).toBe(true);
    expect(table.rows.length).toBeGreaterThan(1);
  }, 60_000);

  it('shows a project name with <script> as text, and runs nothing', async () => {
    const name = '<script>alert("x")</script><img src=x onerror="alert(1)">';
    const { page, problems } = await open(renderReport(evaluate({ ...CMP_LINE, name }, { policy: 'qingshan-lake-2018' })));
    const shown = await page.evaluate(() => ({ text: document.body.textContent ?? '', title: document.title, images: document.images.length, scripts: document.scripts.length }));
    await page.close();
    expect(problems).toEqual([]);
    expect(shown.text).toContain(name);
    expect(shown.title).toContain(name);
    expect([shown.images, shown.scripts]).toEqual([0, 0]);
  }, 60_000);
});
