/**
 * `npm run bench:search`: what a reader's first search costs (issue #26 §5), in a fresh browser on
 * the landing page of build/: the bytes the server sends (gzip, as scripts/serve-static.mjs serves
 * them; the search engine runs in a worker, so the server is where every byte is seen) from
 * focusing the box to the first results shown, and the time from typing the query to the results.
 * Median of --runs runs (default 5) for each query. Then the same on a copy of the site with every
 * model page indexed twice (the index of twice the pages), to show how both grow.
 * --check fails (exit 1) when a first query's median passes FIRST_QUERY_BUDGET.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {chromiumPath} from './bench/measure';
import {CHROMIUM_ARGS} from '../tests/e2e/browser';
import {median} from './bench/lib';
import {SEARCH_BUNDLE_DIR, writeSearchIndex} from '../src/plugins/search/pagefind';

const ROOT = path.resolve(__dirname, '..');
/** Issue #26: a first query downloads at most 150 KB gzip. */
export const FIRST_QUERY_BUDGET = 150 * 1024;
const QUERIES = ['llama license', 'is chatgpt open source', 'cost of self-hosting', 'flux'];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** Serves `dir` at / and counts the bytes of every response body. */
async function countingServer(
  dir: string,
): Promise<{url: string; bytes: () => number; reset: () => void; close: () => Promise<void>}> {
  const {createStaticServer} = await import('./serve-static.mjs');
  const server: http.Server = createStaticServer({dir, base: '/', gzip: true});
  let bytes = 0;
  // The body goes out in one res.end(body) (headers are set with writeHead, so getHeader cannot
  // see its length): count what is passed to it.
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.end = ((...args: unknown[]) => {
      const [chunk] = args;
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) bytes += Buffer.byteLength(chunk);
      return end(...args);
    }) as typeof res.end;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const {port} = server.address() as {port: number};
  return {
    url: `http://127.0.0.1:${port}/`,
    bytes: () => bytes,
    reset: () => {
      bytes = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Sample {
  bytes: number;
  ms: number;
}

async function firstQuery(
  url: string,
  query: string,
  server: Awaited<ReturnType<typeof countingServer>>,
): Promise<Sample> {
  const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
    await page.waitForLoadState('networkidle');
    server.reset();
    const input = page.locator('input.navbar__search-input');
    await input.focus();
    const started = Date.now();
    await input.fill(query);
    await page.locator('[role="listbox"] [data-hit-title]').first().waitFor({state: 'visible'});
    const ms = Date.now() - started;
    await page.waitForLoadState('networkidle');
    return {bytes: server.bytes(), ms};
  } finally {
    await browser.close();
  }
}

async function measure(dir: string, runs: number): Promise<Record<string, {bytes: number; ms: number}>> {
  const server = await countingServer(dir);
  const out: Record<string, {bytes: number; ms: number}> = {};
  try {
    for (const query of QUERIES) {
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await firstQuery(server.url, query, server));
      out[query] = {bytes: median(samples.map((s) => s.bytes)), ms: median(samples.map((s) => s.ms))};
    }
  } finally {
    await server.close();
  }
  return out;
}

/** A copy of build/ whose index holds every model page twice (under a second URL). */
async function doubledCopy(build: string): Promise<{dir: string; pages: number}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  fs.cpSync(build, dir, {recursive: true});
  const pages = new Map<string, string>();
  for (const rel of fs.readdirSync(dir, {recursive: true}) as string[]) {
    if (!rel.endsWith('index.html')) continue;
    const file = path.join(dir, rel);
    pages.set(file, fs.readFileSync(file, 'utf8'));
    const model = /^models\/([a-z0-9-]+)\/index\.html$/.exec(rel.split(path.sep).join('/'));
    if (model) {
      const twin = path.join(dir, 'models', `${model[1]}-twin`, 'index.html');
      pages.set(twin, fs.readFileSync(file, 'utf8'));
    }
  }
  fs.rmSync(path.join(dir, SEARCH_BUNDLE_DIR), {recursive: true, force: true});
  const isDoc = (rel: string) => rel.startsWith('guide/');
  const stats = await writeSearchIndex(dir, pages, isDoc, ROOT);
  return {dir, pages: stats.pages};
}

function dirBytes(dir: string): number {
  return (fs.readdirSync(dir, {recursive: true}) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile())
    .reduce((n, f) => n + fs.statSync(f).size, 0);
}

async function main(): Promise<number> {
  const build = path.join(ROOT, arg('dir', 'build'));
  const runs = Number(arg('runs', '5'));
  if (!fs.existsSync(path.join(build, SEARCH_BUNDLE_DIR))) {
    console.error(`${build}/${SEARCH_BUNDLE_DIR} is missing: run "npm run build" first.`);
    return 1;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Search index on disk: ${kb(dirBytes(path.join(build, SEARCH_BUNDLE_DIR)))}`);
  const once = await measure(build, runs);
  const doubled = await doubledCopy(build);
  let twice: Record<string, {bytes: number; ms: number}>;
  try {
    console.log(
      `Doubled copy: ${doubled.pages} index records, index ${kb(dirBytes(path.join(doubled.dir, SEARCH_BUNDLE_DIR)))}`,
    );
    twice = await measure(doubled.dir, runs);
  } finally {
    fs.rmSync(doubled.dir, {recursive: true, force: true});
  }
  console.log(
    `\nFirst query from the landing page, fresh browser, median of ${runs} (gzip bytes sent; ms to results):`,
  );
  const misses: string[] = [];
  for (const q of QUERIES) {
    const a = once[q];
    const b = twice[q];
    console.log(
      `  ${q.padEnd(24)} ${kb(a.bytes).padStart(9)} ${String(a.ms).padStart(5)} ms   doubled: ${kb(b.bytes).padStart(9)} (${(b.bytes / a.bytes).toFixed(2)}×) ${String(b.ms).padStart(5)} ms`,
    );
    if (a.bytes > FIRST_QUERY_BUDGET) misses.push(`"${q}": ${kb(a.bytes)} > ${kb(FIRST_QUERY_BUDGET)}`);
  }
  fs.mkdirSync(path.join(ROOT, '.bench'), {recursive: true});
  fs.writeFileSync(
    path.join(ROOT, '.bench', 'search.json'),
    `${JSON.stringify({once, twice, runs}, null, 2)}\n`,
  );
  if (misses.length > 0) {
    console.log(`\n${process.argv.includes('--check') ? '✗' : '!'} over budget: ${misses.join('; ')}`);
    return process.argv.includes('--check') ? 1 : 0;
  }
  console.log(`\n✓ Every first query is within ${kb(FIRST_QUERY_BUDGET)}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
