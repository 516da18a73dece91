/**
 * `npm run test:budgets`: the fast, non-flaky byte guard (issue #7). For the landing page and one
 * docs page it reads the BUILT HTML, sums the bytes (raw and gzip) of the scripts and stylesheets
 * that page loads at first load, and compares them with the ceilings in scripts/budgets.json.
 * Bytes, not times, so it gives the same answer on any machine.
 *
 * Checks build/ (base "/") and, when it exists, build-subpath/ (base "/some-repo/").
 *   --dir <folder> --base <path>   check one build only
 *   --update                       re-record the budgets from build/ with 10 % headroom
 *                                  (do this on purpose, in the same commit that explains the growth)
 */
import fs from 'node:fs';
import path from 'node:path';
import {measureBuiltPage} from './bench/builtAssets';
import {
  compareByteBudgets,
  describeMiss,
  formatBytes,
  pageLabel,
  recordBudgets,
  type BudgetsFile,
  type PageBytes,
} from './bench/lib';

export const BUDGETS_FILE = path.join(__dirname, 'budgets.json');
export const BUDGET_PAGES = ['', 'guide/is-chatgpt-open-source/'];
const HEADROOM = 0.1;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function measureAll(dir: string, base: string): Record<string, PageBytes> {
  const out: Record<string, PageBytes> = {};
  for (const page of BUDGET_PAGES) {
    const m = measureBuiltPage(dir, base, page);
    out[page] = m.bytes;
    const line = (k: 'js' | 'css') =>
      `${k.toUpperCase()} ${formatBytes(m.bytes[k].raw)} raw / ${formatBytes(m.bytes[k].gzip)} gzip ` +
      `(${m.files[k].length} files)`;
    console.log(`  ${pageLabel(page)}: ${line('js')}; ${line('css')}`);
  }
  return out;
}

function main(): number {
  const root = process.cwd();
  if (process.argv.includes('--update')) {
    const dir = arg('dir') ?? 'build';
    console.log(`Recording byte budgets from ${dir}/ with ${HEADROOM * 100}% headroom:`);
    const measured = measureAll(path.resolve(root, dir), arg('base') ?? '/');
    const file: BudgetsFile = {
      note:
        'First-load JS/CSS bytes (raw and gzip level 9) named by the built HTML, with headroom. ' +
        'Checked by npm run test:budgets; re-record with `npm run test:budgets -- --update`.',
      headroom: HEADROOM,
      pages: recordBudgets(measured, HEADROOM),
    };
    fs.writeFileSync(BUDGETS_FILE, JSON.stringify(file, null, 2) + '\n');
    console.log(`Wrote ${path.relative(root, BUDGETS_FILE)}.`);
    return 0;
  }

  const budgets = JSON.parse(fs.readFileSync(BUDGETS_FILE, 'utf8')) as BudgetsFile;
  const targets: {dir: string; base: string}[] = [];
  if (arg('dir')) targets.push({dir: arg('dir')!, base: arg('base') ?? '/'});
  else {
    targets.push({dir: 'build', base: '/'});
    if (fs.existsSync(path.join(root, 'build-subpath', 'index.html'))) {
      targets.push({dir: 'build-subpath', base: '/some-repo/'});
    }
  }

  let failures = 0;
  let checked = 0;
  for (const {dir, base} of targets) {
    console.log(`First-load bytes in ${dir}/ (base ${base}):`);
    let measured: Record<string, PageBytes>;
    try {
      measured = measureAll(path.resolve(root, dir), base);
    } catch (error) {
      console.error(`✗ ${(error as Error).message}`);
      failures++;
      continue;
    }
    checked += Object.keys(measured).length;
    for (const miss of compareByteBudgets(measured, budgets.pages)) {
      failures++;
      console.error(`✗ ${dir}/ ${describeMiss(miss)}`);
    }
  }
  if (checked === 0) {
    console.error('✗ No page was measured.');
    return 1;
  }
  if (failures > 0) {
    console.error(
      `\n${failures} byte budget(s) exceeded (budgets: ${path.relative(root, BUDGETS_FILE)}).\n` +
        'Make the new code smaller or load it lazily (React.lazy / BrowserOnly, see style guide §7). ' +
        'If the growth is deliberate, re-record with `npm run test:budgets -- --update` and say why in the commit.',
    );
    return 1;
  }
  console.log(`✓ ${checked} page measurements within their byte budgets.`);
  return 0;
}

if (require.main === module) process.exit(main());
