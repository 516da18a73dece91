/**
 * `npm run test:budgets`: the byte guard (issues #7 and #11). For one page of each type (landing,
 * plain docs page, docs page with a data widget, model explorer, model page, tool page, search
 * page) it loads the BUILT site in Chromium, served gzip-compressed on 127.0.0.1, and adds up every
 * script and stylesheet the page fetches before it has hydrated and the network is idle (entry
 * scripts *and* route chunks), plus what it prefetches while idle. The totals (gzip) are compared
 * with the ceilings in scripts/budgets.json, and each is reported as a ratio of the blank
 * Docusaurus template's page measured the same way.
 *
 *   --dir <folder> --base <path>   measure another build (default build/, base "/")
 *   --update                       re-record the ceilings from build/ with 10 % headroom
 *                                  (on purpose, in the commit that explains the growth)
 *   --template <folder>            record the template's numbers from a built template
 *                                  (`npm run bench` creates one in .bench/peer/build)
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser} from '@playwright/test';
import {launchBrowser, measureFirstLoad} from './bench/measure';
import {formatBytes} from './bench/lib';
import {
  PAGE_TYPES,
  TEMPLATE_PATHS,
  comparePageBudgets,
  compareTemplateRatios,
  describePageMiss,
  recordPageBudgets,
  templateRatio,
  type LoadBytes,
  type PageBudgetsFile,
  type PageType,
  type TemplatePage,
} from './bench/pageTypes';

export const BUDGETS_FILE = path.join(__dirname, 'budgets.json');
const HEADROOM = 0.1;
const PREFETCH_HEADROOM = 0.5;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Gzip bytes of one page load, with the largest files for the log. */
async function measure(browser: Browser, url: string): Promise<{bytes: LoadBytes; top: string}> {
  const load = await measureFirstLoad(browser, url);
  const prefetch = load.prefetched.reduce((sum, f) => sum + f.gzip, 0);
  const top = load.files
    .filter((f) => f.kind === 'js')
    .slice(0, 3)
    .map((f) => `${path.basename(f.url)} ${formatBytes(f.gzip)}`)
    .join(', ');
  return {bytes: {js: load.bytes.js.gzip, css: load.bytes.css.gzip, prefetch}, top};
}

async function withServer<T>(dir: string, base: string, fn: (url: string) => Promise<T>): Promise<T> {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the site first (npm run build).`);
  }
  const {startStaticServer} = (await import('./serve-static.mjs')) as {
    startStaticServer: (o: {dir: string; base: string; port: number; gzip: boolean}) => Promise<{
      url: string;
      close: () => Promise<void>;
    }>;
  };
  const server = await startStaticServer({dir, base, port: 0, gzip: true});
  try {
    return await fn(server.url);
  } finally {
    await server.close();
  }
}

async function main(): Promise<number> {
  const root = process.cwd();
  const file = JSON.parse(fs.readFileSync(BUDGETS_FILE, 'utf8')) as PageBudgetsFile;
  const browser = await launchBrowser();
  try {
    const templateDir = arg('template');
    if (templateDir) {
      const template = {} as Record<TemplatePage, LoadBytes>;
      await withServer(path.resolve(root, templateDir), '/', async (url) => {
        for (const [name, page] of Object.entries(TEMPLATE_PATHS) as [TemplatePage, string][]) {
          template[name] = (await measure(browser, url + page)).bytes;
          console.log(`  template ${name} page: ${JSON.stringify(template[name])}`);
        }
      });
      const version = JSON.parse(
        fs.readFileSync(path.join(root, 'node_modules/@docusaurus/core/package.json'), 'utf8'),
      ).version as string;
      file.template = {docusaurus: version, recorded: new Date().toISOString().slice(0, 10), ...template};
      fs.writeFileSync(BUDGETS_FILE, JSON.stringify(file, null, 2) + '\n');
      console.log(`Recorded the template's bytes in ${path.relative(root, BUDGETS_FILE)}.`);
      return 0;
    }

    const dir = path.resolve(root, arg('dir') ?? 'build');
    const measured: Partial<Record<PageType, LoadBytes>> = {};
    console.log(`Bytes each page type loads (gzip), ${path.relative(root, dir)}/ in Chromium:`);
    await withServer(dir, arg('base') ?? '/', async (url) => {
      for (const [type, {path: page}] of Object.entries(PAGE_TYPES) as [PageType, {path: string}][]) {
        const {bytes, top} = await measure(browser, url + page);
        measured[type] = bytes;
        const ratio = templateRatio(type, bytes, file.template);
        console.log(
          `  ${type} (/${page}): JS ${formatBytes(bytes.js)}${ratio ? ` = ${ratio}` : ''}, ` +
            `CSS ${formatBytes(bytes.css)}, idle prefetch ${formatBytes(bytes.prefetch)}` +
            `${templateRatio(type, bytes, file.template, 'prefetch') ? ` (${templateRatio(type, bytes, file.template, 'prefetch')})` : ''}` +
            `\n      largest scripts: ${top}`,
        );
      }
    });

    if (process.argv.includes('--update')) {
      file.headroom = HEADROOM;
      file.prefetchHeadroom = PREFETCH_HEADROOM;
      file.pages = recordPageBudgets(measured, HEADROOM, PREFETCH_HEADROOM);
      fs.writeFileSync(BUDGETS_FILE, JSON.stringify(file, null, 2) + '\n');
      console.log(
        `Recorded ceilings (+${HEADROOM * 100} %, idle prefetch +${PREFETCH_HEADROOM * 100} %) in ${path.relative(root, BUDGETS_FILE)}.`,
      );
      return 0;
    }

    const misses = comparePageBudgets(measured, file.pages);
    for (const miss of misses) console.error(`✗ ${describePageMiss(miss)}`);
    const ratioMisses = compareTemplateRatios(measured, file.template);
    for (const m of ratioMisses.filter((r) => r.kind === 'js')) {
      console.log(
        `  target not yet met: ${m.type} JS is ${m.ratio.toFixed(2)}× the template's (goal ≤ ${m.limit}×)`,
      );
    }
    const prefetchMisses = ratioMisses.filter((r) => r.kind === 'prefetch');
    for (const m of prefetchMisses) {
      console.error(`✗ ${m.type}: idle prefetch is ${m.ratio.toFixed(2)}× the template's, over ${m.limit}×`);
    }
    if (prefetchMisses.length > 0) {
      console.error(
        '\nA page prefetches more than twice what the blank template does while idle. Links load ' +
          'route code on intent (src/clientModules/prefetchOnIntent.ts); check what else prefetches.',
      );
      return 1;
    }
    if (misses.length > 0) {
      console.error(
        `\n${misses.length} byte budget(s) exceeded (${path.relative(root, BUDGETS_FILE)}). Make the new code ` +
          'smaller or load it only where it is shown (style guide §7). If the growth is deliberate, ' +
          're-record with `npm run test:budgets -- --update` and say why in the commit.',
      );
      return 1;
    }
    console.log(`✓ ${Object.keys(measured).length} page types within their byte budgets.`);
    return 0;
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`✗ ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
