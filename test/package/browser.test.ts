import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CASES } from '../fixtures/cases.js';
import { BROWSER_REQUIRED, findChromium, HOW_TO_RUN, launchChromium } from './chromium.js';

/**
 * The ESM build in a real browser: a page served on localhost imports
 * `dist/index.js` with its four dependencies through an import map (no
 * bundler), computes every stored case, and must give the same JSON as Node.
 * Headless Chromium is Debian's `chromium` package, driven by playwright-core;
 * `.ci/run` installs it when it is missing. `CHROMIUM_PATH` points elsewhere.
 * Without a browser the check is skipped, saying so, unless
 * CHIP_INCENTIVES_REQUIRE_BROWSER=1 (set by `.ci/run`) makes that a failure.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const executablePath = findChromium();
// Only what the page needs is served: the build and the runtime dependencies.
const SERVED = ['dist/', 'node_modules/decimal.js/', 'node_modules/zod/', 'node_modules/date-fns/', 'node_modules/yaml/'];
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

function importMap(): Record<string, string> {
  const imports: Record<string, string> = { 'decimal.js': '/node_modules/decimal.js/decimal.mjs', 'zod': '/node_modules/zod/index.js', 'yaml': '/node_modules/yaml/browser/index.js' };
  // The entry and the shared chunks it loads.
  const dist = readdirSync(`${root}dist`).filter((name) => name.endsWith('.js')).map((name) => readFileSync(`${root}dist/${name}`, 'utf8')).join('\n');
  for (const [, name] of dist.matchAll(/from 'date-fns\/(\w+)'/g)) imports[`date-fns/${name}`] = `/node_modules/date-fns/${name}.js`;
  return imports;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports: importMap() })}</script>
<script type="module">
  import * as library from '/dist/index.js';
  window.assess = (fixture) => {
    const options = fixture.pack ? { ...fixture.options, policy: library.definePolicy(fixture.pack) } : fixture.options;
    const result = fixture.kind === 'compare' ? library.compare(fixture.project, options) : library.evaluate(fixture.project, options);
    return JSON.stringify(library.toJSON(result));
  };
  window.coverage = (id) => JSON.stringify(library.sourceCoverage(id));
  window.fromYaml = (text) => JSON.stringify(library.exportPolicy(library.loadPolicy(text, { format: 'yaml' })));
  window.ready = true;
</script></head><body></body></html>`;

let server: Server | undefined;
let browser: Browser | undefined;
let origin: string;

beforeAll(async () => {
  if (executablePath === undefined) {
    if (BROWSER_REQUIRED) throw new Error(`No Chromium found, and CHIP_INCENTIVES_REQUIRE_BROWSER=1 requires one; ${HOW_TO_RUN}.`);
    return;
  }
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^\/+/, '');
    if (path === '') {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(PAGE);
      return;
    }
    if (!SERVED.some((prefix) => path.startsWith(prefix)) || path.includes('..') || !existsSync(`${root}${path}`)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(`${root}${path}`));
  });
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  // Only a server that was started is closed: waiting for one that never listened would never end.
  const started = server;
  if (started) await new Promise<void>((resolve) => started.close(() => resolve()));
});

describe.skipIf(executablePath === undefined && !BROWSER_REQUIRED)('the ESM build in headless Chromium', () => {
  it('gives the same assessment JSON as Node for every stored case', async () => {
    if (!browser) throw new Error('No browser was started.');
    const library = (await import(`${root}dist/index.js`)) as typeof import('../../src/index.js');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('response', (response) => { if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`); });
    await page.goto(origin);
    await page.waitForFunction(() => (globalThis as unknown as { ready?: boolean }).ready === true);
    expect(errors).toEqual([]);
    for (const fixture of FIXTURE_CASES) {
      const inBrowser = await page.evaluate((input) => (globalThis as unknown as { assess: (f: unknown) => string }).assess(input), JSON.parse(JSON.stringify(fixture)) as unknown);
      const options = fixture.pack ? { ...fixture.options, policy: library.definePolicy(fixture.pack) } : fixture.options;
      const inNode = JSON.stringify(library.toJSON(fixture.kind === 'compare'
        ? library.compare(fixture.project, options as never)
        : library.evaluate(fixture.project, options as never)));
      expect(inBrowser, fixture.name).toBe(inNode);
    }
    expect(await page.evaluate(() => (globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent)).toContain('Chrome');
  }, 60_000);

  it('carries every pack\'s source: the same sentences as Node, with no file read', async () => {
    if (!browser) throw new Error('No browser was started.');
    const library = (await import(`${root}dist/index.js`)) as typeof import('../../src/index.js');
    const page = await browser.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => (globalThis as unknown as { ready?: boolean }).ready === true);
    for (const { id } of library.listPolicies()) {
      const inBrowser = await page.evaluate((policy) => (globalThis as unknown as { coverage: (id: string) => string }).coverage(policy), id);
      expect(inBrowser, id).toBe(JSON.stringify(library.sourceCoverage(id)));
    }
  }, 60_000);

  it('reads a policy written in YAML as Node does', async () => {
    if (!browser) throw new Error('No browser was started.');
    const library = (await import(`${root}dist/index.js`)) as typeof import('../../src/index.js');
    const { stringify } = await import('yaml');
    const page = await browser.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => (globalThis as unknown as { ready?: boolean }).ready === true);
    const text = stringify(library.exportPolicy('qingshan-lake-2018'));
    const inBrowser = await page.evaluate((yaml) => (globalThis as unknown as { fromYaml: (text: string) => string }).fromYaml(yaml), text);
    const inNode = library.exportPolicy(library.loadPolicy(text, { format: 'yaml' }));
    expect(inBrowser).toBe(JSON.stringify(inNode));
    expect(JSON.parse(inBrowser)).toEqual(library.exportPolicy('qingshan-lake-2018'));
  }, 60_000);
});
