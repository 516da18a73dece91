/**
 * Which Chromium the browser tests (and the benchmark) drive, in this order:
 *   1. CHROMIUM_PATH, when set (an explicit choice wins);
 *   2. Debian's /usr/bin/chromium-headless-shell, when present (package chromium-headless-shell):
 *      the same Chromium release built as the "old" headless shell, which is also what Playwright
 *      itself runs for headless tests. It skips the full browser's UI layers, and the whole browser
 *      suite ran in 3.0 instead of 4.9 min on this 2-core machine, with the same results;
 *   3. Debian's /usr/bin/chromium, when present;
 *   4. Playwright's own downloaded Chromium, when installed (`npx playwright install chromium`).
 * The benchmark's Lighthouse runs skip step 2 (`headlessShell: false`): they measure a reader's
 * browser, the full Chromium in its new headless mode.
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
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export interface BrowserChoice {
  /** undefined means "let Playwright use its own browser". */
  executablePath: string | undefined;
  reason: string;
}

export function chooseChromium(
  env: Readonly<Record<string, string | undefined>>,
  exists: (p: string) => boolean,
  playwrightBundled: string | undefined,
  {headlessShell = true}: {headlessShell?: boolean} = {},
): BrowserChoice {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
    }
    return {executablePath: fromEnv, reason: 'CHROMIUM_PATH'};
  }
  if (headlessShell && exists(SYSTEM_HEADLESS_SHELL)) {
    return {executablePath: SYSTEM_HEADLESS_SHELL, reason: 'system chromium-headless-shell'};
  }
  if (exists(SYSTEM_CHROMIUM)) return {executablePath: SYSTEM_CHROMIUM, reason: 'system chromium'};
  if (playwrightBundled && exists(playwrightBundled)) {
    return {executablePath: undefined, reason: "Playwright's own Chromium"};
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  - Debian: sudo apt-get install -y chromium-headless-shell chromium\n' +
      '    (gives /usr/bin/chromium-headless-shell for the tests, /usr/bin/chromium for the benchmark)\n' +
      "  - Playwright's own: npx playwright install chromium\n" +
      '  - or point CHROMIUM_PATH at any Chromium/Chrome binary.',
  );
}

export function resolveChromium(
  bundledPath: string | undefined,
  options: {headlessShell?: boolean} = {},
): BrowserChoice {
  return chooseChromium(process.env, (p) => fs.existsSync(p), bundledPath, options);
}
