/**
 * The Content-Security-Policy without 'unsafe-inline' scripts (issue #27 §6), in a real browser:
 * the hashed bootstrap scripts still run (a stored dark theme applies before React, in both
 * colour modes), and a script injected into the page does not run and is reported as a violation.
 * Every other page load in the suite fails on any console error, so a CSP violation anywhere fails.
 */
import {test, expect, gotoReady} from './fixtures';

test('an injected inline script is refused; the hashed colour-mode script still runs @base-path', async ({
  page,
  watch,
}) => {
  // The violation is logged as a console error; it is the point of this test.
  watch.allowConsole(/violates the following Content Security Policy directive 'script-src/);
  await gotoReady(page, 'models/');
  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return {seen, ran: (window as unknown as {__injected?: boolean}).__injected === true};
  });
  expect(violations.ran, 'the injected script did not run').toBe(false);
  expect(violations.seen[0]).toMatch(/^script-src/);

  // The colour-mode bootstrap is inline and hashed. With the bundles blocked, only it can set the
  // theme asked for in the URL: if its hash were wrong, the page would stay in the default mode.
  watch.allowConsole(/Failed to load resource/);
  await page.route('**/assets/js/**', (route) => route.abort());
  for (const theme of ['dark', 'light']) {
    await page.goto(`models/?docusaurus-theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
  }
});
