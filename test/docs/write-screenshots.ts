// Writes the screenshots the README shows (docs/report-*.png): the first A4 page of the English HTML
// report of an assessment, a comparison and a sweep of the examples, in headless Chromium. Run by hand
// (`npm run docs:screenshots`) when the report's look changes; the browser check keeps full-page
// screenshots of every example report in artifacts/screenshots/ on every run.
import { mkdirSync } from 'node:fs';
import { renderReport } from '../../src/html/index.js';
import { EXAMPLE_REPORTS } from '../html/example-reports.js';
import { HOW_TO_RUN, launchChromium } from '../package/chromium.js';

const SHOWN: Record<string, string> = {
  'evaluate-cmp-line-qingshan.en': 'report-assessment',
  'compare-rf-line.en': 'report-comparison',
  'sweep-co-investment.en': 'report-sweep',
};
const browser = await launchChromium();
if (browser === undefined) throw new Error(`No Chromium found; ${HOW_TO_RUN}.`);
mkdirSync(new URL('../../docs/', import.meta.url), { recursive: true });
try {
  // A4 at 96 px per inch: 794 × 1123.
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  for (const example of EXAMPLE_REPORTS.filter((one) => one.name in SHOWN)) {
    await page.setContent(renderReport(example.report(), { locale: example.locale }));
    await page.screenshot({ path: new URL(`../../docs/${SHOWN[example.name]}.png`, import.meta.url).pathname });
  }
} finally {
  await browser.close();
}
