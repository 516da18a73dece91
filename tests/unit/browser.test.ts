import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chooseChromium, SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL} from '../e2e/browser';

const only =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

test('CHROMIUM_PATH wins when it exists', () => {
  const choice = chooseChromium({CHROMIUM_PATH: '/opt/chrome'}, only('/opt/chrome', SYSTEM_CHROMIUM), '/pw');
  assert.deepEqual(choice, {executablePath: '/opt/chrome', reason: 'CHROMIUM_PATH'});
});

test('a CHROMIUM_PATH that does not exist is an error, not a silent fallback', () => {
  assert.throws(() => chooseChromium({CHROMIUM_PATH: '/nope'}, only(SYSTEM_CHROMIUM), undefined), /\/nope/);
});

test("Debian's chromium is used when present", () => {
  assert.equal(chooseChromium({}, only(SYSTEM_CHROMIUM, '/pw'), '/pw').executablePath, SYSTEM_CHROMIUM);
});

test("Debian's headless shell comes before its full chromium, except where the full browser is asked for", () => {
  const both = only(SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM, '/pw');
  assert.equal(chooseChromium({}, both, '/pw').executablePath, SYSTEM_HEADLESS_SHELL);
  assert.equal(chooseChromium({}, both, '/pw', {headlessShell: false}).executablePath, SYSTEM_CHROMIUM);
  assert.equal(
    chooseChromium({CHROMIUM_PATH: '/opt/chrome'}, only('/opt/chrome', SYSTEM_HEADLESS_SHELL), '/pw')
      .executablePath,
    '/opt/chrome',
  );
  // The headless shell alone is enough for the tests.
  assert.equal(
    chooseChromium({}, only(SYSTEM_HEADLESS_SHELL), undefined).executablePath,
    SYSTEM_HEADLESS_SHELL,
  );
});

test("Playwright's own browser is the fallback", () => {
  const choice = chooseChromium({}, only('/pw'), '/pw');
  assert.equal(choice.executablePath, undefined);
  assert.match(choice.reason, /Playwright/);
});

test('no browser at all fails with install instructions', () => {
  assert.throws(
    () => chooseChromium({}, only(), '/pw'),
    /apt-get install -y chromium-headless-shell chromium[\s\S]*playwright install/,
  );
});
