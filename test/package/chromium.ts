// Where the browser check finds Chromium: CHROMIUM_PATH, else `chromium` on the PATH (Debian's package).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { delimiter, join } from 'node:path';

/** The Chromium executable to drive, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return existsSync(given) ? given : undefined;
  return (process.env['PATH'] ?? '').split(delimiter).map((directory) => join(directory, 'chromium')).find((candidate) => existsSync(candidate));
}

/** Set by `.ci/run`: a missing browser fails the check instead of skipping it. */
export const BROWSER_REQUIRED = process.env['CHIP_INCENTIVES_REQUIRE_BROWSER'] === '1';

export const HOW_TO_RUN =
  "to run it, install Debian's chromium package or set CHROMIUM_PATH to a Chromium executable, then run npm run test:browser";

/**
 * Starts headless Chromium, or returns undefined when none is installed and
 * none is required; throws when CHIP_INCENTIVES_REQUIRE_BROWSER=1 asks for one.
 * The flags are those of a run on a closed network: no first-run work, no
 * background connections.
 */
export async function launchChromium(): Promise<Browser | undefined> {
  const executablePath = findChromium();
  if (executablePath === undefined) {
    if (BROWSER_REQUIRED) throw new Error(`No Chromium found, and CHIP_INCENTIVES_REQUIRE_BROWSER=1 requires one; ${HOW_TO_RUN}.`);
    return undefined;
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
