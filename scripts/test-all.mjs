#!/usr/bin/env node
/**
 * `npm test`: every check, stopping at the first failure. Steps in one stage run side by side, as
 * many at a time as the machine has cores (their output is printed whole when each one ends);
 * stages run in order:
 *   1. typecheck, lint, format, unit tests, supply chain   (independent, mostly single-threaded)
 *   2. build (/)  →  build (/some-repo/, or TEST_SUBPATH)   (one at a time: they share .docusaurus/)
 *   3. broken-link proof (builds a copy in a temporary folder), HTML validity and privacy, link
 *      crawl of both builds, byte budgets
 *   4. browser tests (both builds; Playwright runs its own workers)
 * Prints each step's duration. Set SKIP_BUILD=1 to reuse existing builds while iterating.
 */
import {spawn} from 'node:child_process';
import os from 'node:os';

const rootEnv = {BASE_URL: '/', SITE_URL: process.env.SITE_URL ?? ''};
// The second build's base URL. The deploy workflow sets TEST_SUBPATH to the Pages base URL and then
// uploads build-subpath/ as tested, instead of building a third time.
const SUBPATH = process.env.TEST_SUBPATH ?? '/some-repo/';

/** @typedef {{name: string, cmd: string, args: string[], env?: Record<string, string>, build?: boolean}} Step */
/** @type {Step[][]} */
const stages = [
  [
    {name: 'typecheck', cmd: 'npm', args: ['run', '-s', 'typecheck']},
    {name: 'lint', cmd: 'npm', args: ['run', '-s', 'lint']},
    {name: 'format', cmd: 'npm', args: ['run', '-s', 'format:check']},
    {name: 'unit tests', cmd: 'npm', args: ['run', '-s', 'test:unit']},
    {name: 'supply chain (npm audit, shipped packages)', cmd: 'node', args: ['scripts/audit.mjs']},
  ],
  [{name: 'build (root)', cmd: 'npx', args: ['docusaurus', 'build'], env: rootEnv, build: true}],
  [
    {
      name: `build (sub-path ${SUBPATH})`,
      cmd: 'npx',
      args: ['docusaurus', 'build', '--out-dir', 'build-subpath'],
      env: {BASE_URL: SUBPATH},
      build: true,
    },
  ],
  [
    {name: 'broken links fail the build', cmd: 'node', args: ['scripts/check-broken-link.mjs']},
    {
      name: 'HTML validity, CSP, no inline handlers or foreign assets',
      cmd: 'npm',
      args: ['run', '-s', 'check:html'],
    },
    {
      name: 'internal links and anchors resolve (crawl of both builds)',
      cmd: 'sh',
      args: [
        '-c',
        `node scripts/check-links.mjs build / && node scripts/check-links.mjs build-subpath ${SUBPATH}`,
      ],
    },
    {name: 'byte budgets (first-load JS/CSS)', cmd: 'npm', args: ['run', '-s', 'test:budgets']},
  ],
  [{name: 'browser tests', cmd: 'npm', args: ['run', '-s', 'test:e2e']}],
];

const SLOTS = Math.max(1, Number(process.env.TEST_PARALLEL ?? os.availableParallelism()));
const timings = [];
const running = new Set();

/** Runs one step; a step alone in its stage streams its output, others print it when they end. */
function run(step, stream) {
  return new Promise((resolve) => {
    const start = Date.now();
    const child = spawn(step.cmd, step.args, {
      env: {...process.env, ...(step.env ?? {})},
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('close', (code, signal) => {
      running.delete(child);
      const seconds = ((Date.now() - start) / 1000).toFixed(1);
      if (!stream) {
        console.log(`\n=== ${step.name} ===`);
        process.stdout.write(Buffer.concat(chunks));
      }
      timings.push(`${step.name}: ${seconds}s`);
      resolve({step, code: code ?? signal, seconds});
    });
  });
}

function fail({step, code, seconds}) {
  for (const child of running) child.kill('SIGTERM');
  console.error(`\n✗ ${step.name} failed (exit ${code}) after ${seconds}s.`);
  console.error(timings.join('\n'));
  process.exit(1);
}

const startAll = Date.now();
for (const stage of stages) {
  const steps = stage.filter((s) => !(s.build && process.env.SKIP_BUILD === '1'));
  if (steps.length === 0) continue;
  const stream = steps.length === 1;
  if (stream) console.log(`\n=== ${steps[0].name} ===`);
  else
    console.log(
      `\n--- running side by side (${Math.min(SLOTS, steps.length)} at a time): ${steps.map((s) => s.name).join('; ')}`,
    );
  const queue = [...steps];
  const workers = Array.from({length: Math.min(SLOTS, steps.length)}, async () => {
    while (queue.length > 0) {
      const result = await run(queue.shift(), stream);
      if (result.code !== 0) fail(result);
    }
  });
  await Promise.all(workers);
}
const total = ((Date.now() - startAll) / 1000).toFixed(1);
console.log(`\nAll checks passed in ${total}s.\n${timings.join('\n')}`);
