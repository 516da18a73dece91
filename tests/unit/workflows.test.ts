/** Parses the GitHub Actions workflows and checks the steps a Pages deployment depends on. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
  env?: Record<string, string>;
}
interface Job {
  steps: Step[];
  needs?: string | string[];
  environment?: {name: string};
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: {group: string};
  jobs: Record<string, Job>;
}

const read = (name: string): Workflow =>
  parse(fs.readFileSync(path.join(__dirname, '..', '..', '.github', 'workflows', name), 'utf8')) as Workflow;

const allSteps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);
const uses = (wf: Workflow, action: string) => allSteps(wf).find((s) => s.uses?.startsWith(action));
const runs = (wf: Workflow, command: string) => allSteps(wf).find((s) => s.run?.includes(command));

test('deploy workflow: push to main, Pages permissions, one deployment at a time', () => {
  const wf = read('deploy.yml');
  assert.deepEqual((wf.on.push as {branches: string[]}).branches, ['main']);
  assert.equal(wf.permissions?.pages, 'write');
  assert.equal(wf.permissions?.['id-token'], 'write');
  assert.ok(wf.concurrency?.group, 'has a concurrency group');
});

test('deploy workflow: full-history checkout, locked install, tests, upload of the tested build, deploy', () => {
  const wf = read('deploy.yml');
  assert.equal(uses(wf, 'actions/checkout')?.with?.['fetch-depth'], 0);
  assert.ok(runs(wf, 'git diff --exit-code package-lock.json'), 'the install must not change the lockfile');
  const order = ['npm ci', 'npm install', 'npm test'].map((c) => {
    const step = runs(wf, c);
    assert.ok(step, `a step runs "${c}"`);
    return allSteps(wf).indexOf(step);
  });
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    order,
    'install, then test',
  );
  // npm test's second build is made with the Pages base URL and uploaded as tested: no third build.
  const test = runs(wf, 'npm test');
  assert.equal(test?.env?.TEST_SUBPATH, '${{ env.BASE_URL }}');
  assert.equal(runs(wf, 'npm run build'), undefined, 'no build after the tests');
  assert.equal(uses(wf, 'actions/upload-pages-artifact')?.with?.path, 'build-subpath');
  const deployJob = Object.values(wf.jobs).find((j) =>
    j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages')),
  );
  assert.ok(deployJob, 'a job deploys');
  assert.equal(deployJob.environment?.name, 'github-pages');
  assert.ok(deployJob.needs, 'deploy waits for the build job');
});

test('deploy workflow: BASE_URL is derived from the repository name', () => {
  const wf = read('deploy.yml');
  const env = Object.values(wf.jobs).find((j) => j.env?.BASE_URL)?.env?.BASE_URL ?? '';
  assert.match(env, /github\.event\.repository\.name/);
});

test('test workflow runs the README test command on pull requests', () => {
  const wf = read('test.yml');
  assert.ok('pull_request' in wf.on);
  assert.ok(runs(wf, 'npm ci'));
  assert.ok(runs(wf, 'npm install'));
  assert.ok(runs(wf, 'git diff --exit-code package-lock.json'), 'the install must not change the lockfile');
  assert.ok(runs(wf, 'npm test'));
});

test('external links: a weekly (and on-demand) lychee run over the built pages keeps one issue up to date', () => {
  const wf = read('links.yml');
  assert.ok('schedule' in wf.on && 'workflow_dispatch' in wf.on, 'scheduled and on demand');
  const cron = (wf.on.schedule as Array<{cron: string}>)[0].cron.split(' ');
  assert.equal(cron.length, 5);
  assert.match(cron[4], /^\d$/, 'once a week (a day of the week is set)');
  assert.equal(wf.permissions?.issues, 'write');
  assert.ok(runs(wf, 'npm ci') && runs(wf, 'npm run build'), 'it checks the built site');
  const lychee = uses(wf, 'lycheeverse/lychee-action');
  assert.ok(lychee, 'runs lychee');
  assert.match(String(lychee.with?.args), /build\/\*\*\/\*\.html/);
  assert.equal(lychee.with?.fail, false, 'a broken outside link opens an issue, it does not fail a build');
  const report = uses(wf, 'peter-evans/create-issue-from-file');
  assert.equal(report?.with?.['issue-number'], '${{ steps.find.outputs.number }}', 'updates the open issue');
  assert.ok(runs(wf, 'gh issue close'), 'closes it when every link works');
  // The offline suite never fetches outside links.
  for (const name of ['test.yml', 'deploy.yml'])
    assert.equal(uses(read(name), 'lycheeverse/lychee-action'), undefined, `${name} stays offline`);
});
