#!/usr/bin/env node
/**
 * `npm test`: every check, stopping at the first failure. Steps run side by side, as many at a
 * time as the machine has cores (TEST_PARALLEL overrides), each as soon as the steps it needs
 * have passed, in the order listed below when several are ready:
 *   build (/) → build (/some-repo/, or TEST_SUBPATH)   one after the other: they share .docusaurus/
 *   typecheck, lint, unit tests, format, supply chain  need nothing
 *   broken-link proof                                  after both builds (it builds three copies;
 *                                                      no two builds at once)
 *   HTML validity and privacy, link crawl, byte budgets  after both builds
 *   browser tests                                      last and alone: they keep both cores busy,
 *                                                      and a loaded machine would only make
 *                                                      their timings noisy
 * The builds start first because the longest chain (build, build, browser tests) hangs on them;
 * the quick independent checks fill the other core meanwhile. Output of a step that runs beside
 * others is printed whole when it ends; a step running alone streams its output. Prints each
 * step's duration. Set SKIP_BUILD=1 to reuse existing builds while iterating.
 */
import {spawn} from 'node:child_process';
import os from 'node:os';
import {writeCatalogIndex} from './catalog-index.mjs';

// The model catalog's folder list, written once before the steps that read it start side by side.
writeCatalogIndex();

const rootEnv = {BASE_URL: '/', SITE_URL: process.env.SITE_URL ?? ''};
// The second build's base URL. The deploy workflow sets TEST_SUBPATH to the Pages base URL and then
// uploads build-subpath/ as tested, instead of building a third time.
const SUBPATH = process.env.TEST_SUBPATH ?? '/some-repo/';
const BUILDS = ['build (root)', `build (sub-path ${SUBPATH})`];

/**
 * @typedef {{name: string, cmd: string, args: string[], env?: Record<string, string>,
 *   build?: boolean, after?: string[], alone?: boolean}} Step
 */
/** @type {Step[]} */
const steps = [
  {name: BUILDS[0], cmd: 'npx', args: ['docusaurus', 'build'], env: rootEnv, build: true},
  {
    name: BUILDS[1],
    cmd: 'npx',
    args: ['docusaurus', 'build', '--out-dir', 'build-subpath'],
    env: {BASE_URL: SUBPATH},
    build: true,
    after: [BUILDS[0]],
  },
  {name: 'typecheck', cmd: 'npm', args: ['run', '-s', 'typecheck']},
  {name: 'lint', cmd: 'npm', args: ['run', '-s', 'lint']},
  {
    name: 'import rules (no cycles; data imports only data and the domain)',
    cmd: 'npm',
    args: ['run', '-s', 'check:deps'],
  },
  {name: 'unit tests', cmd: 'npm', args: ['run', '-s', 'test:unit']},
  {name: 'format', cmd: 'npm', args: ['run', '-s', 'format:check']},
  {name: 'supply chain (npm audit, shipped packages)', cmd: 'node', args: ['scripts/audit.mjs']},
  {
    name: 'broken links fail the build',
    cmd: 'node',
    args: ['scripts/check-broken-link.mjs'],
    after: BUILDS,
  },
  {
    name: 'HTML validity, CSP, no inline handlers or foreign assets',
    cmd: 'npm',
    args: ['run', '-s', 'check:html'],
    after: BUILDS,
  },
  {
    name: 'internal links and anchors resolve (crawl of both builds)',
    cmd: 'sh',
    args: [
      '-c',
      `node scripts/check-links.mjs build / && node scripts/check-links.mjs build-subpath ${SUBPATH}`,
    ],
    after: BUILDS,
  },
  {name: 'byte budgets (first-load JS/CSS)', cmd: 'npm', args: ['run', '-s', 'test:budgets'], after: BUILDS},
  {name: 'browser tests', cmd: 'npm', args: ['run', '-s', 'test:e2e'], alone: true},
];

const SLOTS = Math.max(1, Number(process.env.TEST_PARALLEL ?? os.availableParallelism()));
const skipBuilds = process.env.SKIP_BUILD === '1';
const timings = [];
/** @type {Map<import('node:child_process').ChildProcess, Step>} */
const running = new Map();
const done = new Set(skipBuilds ? BUILDS : []);
const waiting = steps.filter((s) => !(s.build && skipBuilds));
for (const s of waiting) {
  for (const dep of s.after ?? []) {
    if (!steps.some((d) => d.name === dep))
      throw new Error(`test-all: "${s.name}" waits for unknown "${dep}".`);
  }
}

function fail(step, code, seconds) {
  for (const child of running.keys()) child.kill('SIGTERM');
  console.error(`\n✗ ${step.name} failed (exit ${code}) after ${seconds}s.`);
  console.error(timings.join('\n'));
  process.exit(1);
}

/** A step may start when what it needs has passed; an `alone` step also waits for all others. */
function ready(step) {
  if (!(step.after ?? []).every((d) => done.has(d))) return false;
  if (step.alone) return running.size === 0 && waiting.length === 1;
  return ![...running.values()].some((s) => s.alone);
}

function start(step) {
  const stream = step.alone === true;
  const startedAt = Date.now();
  console.log(stream ? `\n=== ${step.name} ===` : `--- started: ${step.name}`);
  const child = spawn(step.cmd, step.args, {
    env: {...process.env, ...(step.env ?? {})},
    stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  running.set(child, step);
  const chunks = [];
  child.stdout?.on('data', (c) => chunks.push(c));
  child.stderr?.on('data', (c) => chunks.push(c));
  child.on('close', (code, signal) => {
    running.delete(child);
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    if (!stream) {
      console.log(`\n=== ${step.name} ===`);
      process.stdout.write(Buffer.concat(chunks));
    }
    timings.push(`${step.name}: ${seconds}s`);
    if ((code ?? signal) !== 0) fail(step, code ?? signal, seconds);
    done.add(step.name);
    schedule();
  });
}

const startAll = Date.now();
function schedule() {
  if (waiting.length === 0 && running.size === 0) {
    const total = ((Date.now() - startAll) / 1000).toFixed(1);
    console.log(`\nAll checks passed in ${total}s.\n${timings.join('\n')}`);
    return;
  }
  for (let i = 0; i < waiting.length && running.size < SLOTS; ) {
    if (ready(waiting[i])) start(waiting.splice(i, 1)[0]);
    else i++;
  }
}
schedule();
