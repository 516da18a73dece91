/**
 * Which Chromium the browser tests (and the benchmark) drive, in this order:
 *   1. CHROMIUM_PATH, when set (an explicit choice wins);
 *   2. Debian's /usr/bin/chromium, when present;
 *   3. Playwright's own downloaded Chromium, when installed (`npx playwright install chromium`).
 * If none exists the tests fail with instructions; they are never skipped.
 */
import fs from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface BrowserChoice {
  /** undefined means "let Playwright use its own browser". */
  executablePath: string | undefined;
  reason: string;
}

export function chooseChromium(
  env: Readonly<Record<string, string | undefined>>,
  exists: (p: string) => boolean,
  playwrightBundled: string | undefined,
): BrowserChoice {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
    }
    return {executablePath: fromEnv, reason: 'CHROMIUM_PATH'};
  }
  if (exists(SYSTEM_CHROMIUM)) return {executablePath: SYSTEM_CHROMIUM, reason: 'system chromium'};
  if (playwrightBundled && exists(playwrightBundled)) {
    return {executablePath: undefined, reason: "Playwright's own Chromium"};
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)\n' +
      "  - Playwright's own: npx playwright install chromium\n" +
      '  - or point CHROMIUM_PATH at any Chromium/Chrome binary.',
  );
}

export function resolveChromium(bundledPath: string | undefined): BrowserChoice {
  return chooseChromium(process.env, (p) => fs.existsSync(p), bundledPath);
}
