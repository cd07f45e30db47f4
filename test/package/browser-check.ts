// The browser check of `npm test`: runs the ESM build and opens the HTML reports in headless Chromium
// when one is installed. Without one it prints a single line and succeeds, since npm cannot install a
// browser; `.ci/run` installs Chromium and sets CHIP_INCENTIVES_REQUIRE_BROWSER=1, which turns a missing browser into a failure.
import { spawnSync } from 'node:child_process';
import { BROWSER_REQUIRED, findChromium, HOW_TO_RUN } from './chromium.js';

if (findChromium() === undefined) {
  if (BROWSER_REQUIRED) {
    process.stderr.write(`browser check FAILED: no Chromium found, and CHIP_INCENTIVES_REQUIRE_BROWSER=1 requires one; ${HOW_TO_RUN}.\n`);
    process.exit(1);
  }
  process.stdout.write(`browser check skipped: no Chromium found; ${HOW_TO_RUN}.\n`);
  process.exit(0);
}
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/package/browser.test.ts', 'test/package/browser-html.test.ts'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
