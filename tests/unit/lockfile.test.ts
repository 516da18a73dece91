/**
 * The lockfile is complete for every platform and every install script is a deliberate decision
 * (issue #10). The full proof, a fresh clone installed with `npm ci` from an empty cache and an
 * unchanged lockfile after `npm install`, is a step of `.ci/run` and of `npm run check:install`.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  type Lockfile,
  missingOptionalDependencies,
  resolveInLock,
  unreviewedInstallScripts,
} from '../../scripts/lib/lockfile';

const ROOT = path.join(__dirname, '..', '..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  allowScripts?: Record<string, boolean>;
};

test('resolveInLock walks up node_modules like Node does', () => {
  const packages = {
    '': {},
    'node_modules/a': {},
    'node_modules/a/node_modules/b': {},
    'node_modules/c': {},
  };
  assert.equal(resolveInLock(packages, 'node_modules/a', 'b'), 'node_modules/a/node_modules/b');
  assert.equal(resolveInLock(packages, 'node_modules/a/node_modules/b', 'c'), 'node_modules/c');
  assert.equal(resolveInLock(packages, 'node_modules/c', 'b'), undefined);
});

test('missingOptionalDependencies names a platform binary the lockfile lacks', () => {
  const partial: Lockfile = {
    packages: {
      '': {},
      'node_modules/@swc/html': {
        optionalDependencies: {'@swc/html-linux-x64-gnu': '1.0.0', '@swc/html-darwin-arm64': '1.0.0'},
      },
      'node_modules/@swc/html-linux-x64-gnu': {version: '1.0.0'},
    },
  };
  assert.deepEqual(missingOptionalDependencies(partial), [
    'node_modules/@swc/html -> @swc/html-darwin-arm64@1.0.0',
  ]);
});

test('package-lock.json lists every optional (per-platform) dependency it names', () => {
  assert.equal(lock.lockfileVersion, 3);
  assert.deepEqual(missingOptionalDependencies(lock), [], 'regenerate the lockfile from an empty npm cache');
});

test('unreviewedInstallScripts ignores approved and denied packages, pinned or not', () => {
  const l: Lockfile = {
    packages: {
      '': {},
      'node_modules/x': {version: '1.0.0', hasInstallScript: true},
      'node_modules/@s/y': {version: '2.0.0', hasInstallScript: true},
      'node_modules/z': {version: '3.0.0', hasInstallScript: true},
    },
  };
  assert.deepEqual(unreviewedInstallScripts(l, {x: false, '@s/y@2.0.0': true}), ['z@3.0.0']);
});

test('every dependency with an install script is approved or denied in package.json', () => {
  assert.deepEqual(unreviewedInstallScripts(lock, pkg.allowScripts), []);
});
