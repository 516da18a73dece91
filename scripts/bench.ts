/**
 * `npm run bench`: the performance benchmark of issue #7.
 *
 * 1. Builds our site at the root base URL (skip with --no-build) and the peer: Docusaurus's own
 *    classic TypeScript template at the same version, created in .bench/peer and reused by later
 *    runs (--fresh-peer recreates it; creating it needs the npm registry).
 * 2. Serves both production builds gzip-compressed on 127.0.0.1 (scripts/serve-static.mjs).
 * 3. Runs Lighthouse (mobile emulation, default simulated throttling) on every page of our
 *    sitemap.xml and on the peer's landing page and /docs/intro/, --runs times each (default 3),
 *    interleaving the sites so that machine noise hits both alike (the peer pages are measured again
 *    after every 5 of our pages, so they get more samples), and keeps the medians.
 * 4. Loads each page once in Chromium (Playwright) and sums the JS and CSS it fetches until the
 *    network is idle, raw and gzip.
 * 5. Prints a table with ours/peer ratios and writes .bench/results.json.
 *
 * Options: --runs N   --pages a,b (paths relative to the base URL; "/" = landing page)
 *          --no-build   --fresh-peer   --check (enforce the budgets; exit 1 listing each miss)
 *          --out file (default .bench/results.json)
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own (tests/e2e/browser.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buildSite, ensurePeer, sitemapPages} from './bench/peer';
import {chromiumPath, launchBrowser, measureFirstLoad, runLighthouse, startChromium} from './bench/measure';
import type {LighthouseRun} from './bench/measure';
import {
  checkBenchBudgets,
  formatTable,
  median,
  normalizePageArg,
  pageLabel,
  type PageResult,
} from './bench/lib';

const ROOT = path.resolve(__dirname, '..');
const BENCH_DIR = path.join(ROOT, '.bench');
/** Our docs page that the first-load JS budget compares with the peer's docs page. */
export const OUR_DOCS_PAGE = 'guide/is-chatgpt-open-source/';
export const PEER_PAGES = ['', 'docs/intro/'];

interface Options {
  runs: number;
  pages: string[] | undefined;
  build: boolean;
  freshPeer: boolean;
  check: boolean;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(get('runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer (got ${runs}).`);
  const pagesArg = get('pages');
  return {
    runs,
    pages: pagesArg === undefined ? undefined : pagesArg.split(',').map(normalizePageArg),
    build: !argv.includes('--no-build'),
    freshPeer: argv.includes('--fresh-peer'),
    check: argv.includes('--check'),
    out: path.resolve(ROOT, get('out') ?? '.bench/results.json'),
  };
}

function docusaurusVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return pkg.dependencies['@docusaurus/core'];
}

/**
 * A round visits the peer pages before every PEER_EVERY pages of ours and once more at the end, so
 * the peer is sampled across the whole round: load on a shared machine changes within minutes, and
 * a peer measured only at the start would be compared with ours under different load.
 */
const PEER_EVERY = 5;

function roundOrder<T extends {site: 'ours' | 'peer'}>(targets: T[], every: number): T[] {
  const peers = targets.filter((t) => t.site === 'peer');
  const ours = targets.filter((t) => t.site === 'ours');
  const order: T[] = [];
  ours.forEach((t, i) => {
    if (i % every === 0) order.push(...peers);
    order.push(t);
  });
  order.push(...peers);
  return order;
}

interface Target {
  site: 'ours' | 'peer';
  page: string;
  url: string;
  runs: LighthouseRun[];
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const version = docusaurusVersion();
  const ourBuild = path.join(ROOT, 'build');
  const peerDir = ensurePeer(BENCH_DIR, version, opts.freshPeer);
  const peerBuild = path.join(peerDir, 'build');
  const buildSeconds: Record<string, number> = {};
  if (opts.build || !fs.existsSync(path.join(ourBuild, 'index.html'))) {
    buildSeconds.ours = buildSite(ROOT, {BASE_URL: '/'});
  }
  if (opts.build || opts.freshPeer || !fs.existsSync(path.join(peerBuild, 'index.html'))) {
    buildSeconds.peer = buildSite(peerDir);
  }

  const allPages = sitemapPages(ourBuild);
  const pages = opts.pages ?? allPages;
  const unknown = pages.filter((p) => !allPages.includes(p));
  if (unknown.length) {
    throw new Error(`Not in build/sitemap.xml: ${unknown.map(pageLabel).join(', ')}.`);
  }
  if (pages.length === 0) throw new Error('No pages to measure.');

  const {startStaticServer} = await import('./serve-static.mjs');
  const ours = await startStaticServer({dir: ourBuild, base: '/', port: 0, gzip: true});
  const peer = await startStaticServer({dir: peerBuild, base: '/', port: 0, gzip: true});
  const targets: Target[] = [
    ...PEER_PAGES.map((page) => ({site: 'peer' as const, page, url: peer.url + page, runs: []})),
    ...pages.map((page) => ({site: 'ours' as const, page, url: ours.url + page, runs: []})),
  ];
  console.log(
    `\nLighthouse: ${targets.length} pages × ${opts.runs} runs (mobile, simulated throttling), ` +
      `Chromium ${chromiumPath(false)}.`,
  );
  const results: PageResult[] = [];
  try {
    for (let run = 1; run <= opts.runs; run++) {
      // A fresh browser each round; every round visits every page of both sites, so noise is shared.
      let chrome = await startChromium();
      try {
        for (const t of roundOrder(targets, PEER_EVERY)) {
          const started = Date.now();
          let r: LighthouseRun;
          try {
            r = await runLighthouse(t.url, chrome.port);
          } catch (error) {
            // One retry in a fresh browser: a busy machine occasionally drops the DevTools connection.
            console.log(`  retrying ${t.url} once after: ${(error as Error).message}`);
            await chrome.stop();
            chrome = await startChromium();
            r = await runLighthouse(t.url, chrome.port);
          }
          t.runs.push(r);
          console.log(
            `  run ${run}/${opts.runs} ${t.site.padEnd(4)} ${pageLabel(t.page).padEnd(48)} perf ${r.performance} ` +
              `a11y ${r.accessibility} bp ${r.bestPractices} seo ${r.seo} LCP ${Math.round(r.lcpMs)} ms ` +
              `TBT ${Math.round(r.tbtMs)} ms (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          );
        }
      } finally {
        await chrome.stop();
      }
    }

    console.log('\nFirst-load JS/CSS from a real browser load…');
    const browser = await launchBrowser();
    try {
      for (const t of targets) {
        const load = await measureFirstLoad(browser, t.url);
        const m = (f: (r: LighthouseRun) => number) => median(t.runs.map(f));
        results.push({
          site: t.site,
          page: t.page,
          url: t.url,
          runs: t.runs.length,
          performance: m((r) => r.performance),
          accessibility: m((r) => r.accessibility),
          bestPractices: m((r) => r.bestPractices),
          seo: m((r) => r.seo),
          lcpMs: m((r) => r.lcpMs),
          tbtMs: m((r) => r.tbtMs),
          cls: m((r) => r.cls),
          transferBytes: m((r) => r.transferBytes),
          firstLoad: load.bytes,
          failingAudits: [...new Set(t.runs.flatMap((r) => r.failingAudits))].sort(),
          auditDetails: Object.assign({}, ...t.runs.map((r) => r.auditDetails)) as Record<string, string[]>,
          firstLoadFiles: load.files,
        });
      }
    } finally {
      await browser.close();
    }
  } finally {
    await ours.close();
    await peer.close();
  }

  const peerLanding = results.find((r) => r.site === 'peer' && r.page === '')!;
  const peerDocs = results.find((r) => r.site === 'peer' && r.page === PEER_PAGES[1])!;
  const ourResults = results.filter((r) => r.site === 'ours');
  console.log(
    `\nMedians of ${opts.runs} run(s); sizes in KB (1024 bytes); peer = Docusaurus ${version} template.\n`,
  );
  console.log(formatTable([peerLanding, peerDocs, ...ourResults], peerLanding, peerDocs));

  const audits = [...new Set(ourResults.flatMap((r) => r.failingAudits))].sort();
  if (audits.length) {
    console.log('\nFailing accessibility / best-practices / SEO audits on our pages:');
    for (const a of audits) {
      const where = ourResults.filter((r) => r.failingAudits.includes(a)).map((r) => pageLabel(r.page));
      console.log(
        `  ${a}: ${where.length} page(s) (${where.slice(0, 4).join(', ')}${where.length > 4 ? ', …' : ''})`,
      );
      const examples = [...new Set(ourResults.flatMap((r) => r.auditDetails?.[a] ?? []))].slice(0, 3);
      for (const e of examples) console.log(`      e.g. ${e.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }

  const misses = checkBenchBudgets({ours: ourResults, peerLanding, peerDocs, oursDocsPage: OUR_DOCS_PAGE});
  fs.mkdirSync(path.dirname(opts.out), {recursive: true});
  fs.writeFileSync(
    opts.out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        docusaurus: version,
        runs: opts.runs,
        chromium: chromiumPath(false),
        machine: {cpus: os.cpus().length, node: process.version},
        buildSeconds,
        peer: {landing: peerLanding, docs: peerDocs},
        pages: ourResults,
        budgetMisses: misses,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nWrote ${path.relative(ROOT, opts.out)}.`);

  if (misses.length === 0) {
    console.log('✓ Every performance budget of issue #7 is met.');
    return 0;
  }
  const log = opts.check ? console.error : console.log;
  log(`\n${opts.check ? '✗' : '!'} ${misses.length} budget miss(es):`);
  for (const miss of misses) log(`  - ${miss}`);
  return opts.check ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
