import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chooseChromium, SYSTEM_CHROMIUM} from '../e2e/browser';

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

test("Playwright's own browser is the fallback", () => {
  const choice = chooseChromium({}, only('/pw'), '/pw');
  assert.equal(choice.executablePath, undefined);
  assert.match(choice.reason, /Playwright/);
});

test('no browser at all fails with install instructions', () => {
  assert.throws(
    () => chooseChromium({}, only(), '/pw'),
    /apt-get install -y chromium[\s\S]*playwright install/,
  );
});
