// Where the browser check finds Chromium: CHROMIUM_PATH, else `chromium` on the PATH (Debian's package).
import { existsSync } from 'node:fs';
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
