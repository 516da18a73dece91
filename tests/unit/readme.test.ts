/** The README stays true: it names the two commands and explains every direct dependency. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

test('README shows the install-and-run command and the test command', () => {
  assert.match(readme, /^npm ci && npm start\b/m);
  assert.match(readme, /^npm test\b/m);
});

test('.ci/run runs exactly the README test command', () => {
  const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
  assert.match(ci, /^npm test$/m);
});

test('.ci/run installs with npm ci from an empty cache and proves npm install keeps the lockfile', () => {
  const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
  const lines = ci.split('\n');
  const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
  const mk = at(/NPM_CACHE="\$\(mktemp -d\)"/);
  const ciLine = at(/^npm ci --cache "\$NPM_CACHE"/);
  const install = at(/^npm install --cache "\$NPM_CACHE"/);
  const diff = at(/^git diff --exit-code package-lock\.json$/);
  const testLine = at(/^npm test$/);
  assert.ok(mk >= 0 && ciLine > mk && install > ciLine && diff > install && testLine > diff, ci);
});

test('every direct dependency is listed in the README with a reason', () => {
  const section = readme.slice(readme.indexOf('## Dependencies'));
  assert.ok(section.length > 20, 'README has a Dependencies section');
  for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]) {
    assert.ok(section.includes(`\`${name}\``), `README's Dependencies table does not mention ${name}`);
  }
});

test('every script the README documents exists', () => {
  for (const [, name] of readme.matchAll(/`npm run ([a-z0-9:-]+)/g)) {
    assert.ok(pkg.scripts[name], `README mentions npm run ${name}, which package.json lacks`);
  }
});
