/**
 * One home per URL (issue #11 §1): every https URL appears once in the TypeScript under src/data/.
 * Evidence, license terms, price presets and change logs cite source records by id, so a URL lives
 * only in its record in src/data/sources/. The scan reads every `.ts` file under src/data/ with no
 * exception. The JSON files there are third-party snapshots read as data, not written by us, and
 * are not scanned: the price dataset (src/data/generated/genai-prices.json, @pydantic/genai-prices)
 * and the pinned tracker exports (src/data/trackers/*.json, see its NOTICE.md).
 * Run: node --import tsx --test tests/unit/data-urls.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {sources} from '../../src/data/sources';
import {SOURCE_URLS} from '../../src/data/sources/urls';
import {DATA_SOURCE_URLS} from '../../src/data/sources/urls-data';
import {modelRecords, toolRecords} from '../../src/data/models';
import {E} from '../../src/data/models/evidence';
import {licenseRecords} from '../../src/data/licenses';
import {sourceRefs} from '../../src/plugins/dataset/validate';

const ROOT = path.join(__dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory()
      ? tsFiles(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** https URLs (template strings with `${…}` are patterns, not URLs) and where each occurs. */
function urlsIn(files: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    text.split('\n').forEach((line, i) => {
      for (const [url] of line.matchAll(/https:\/\/[^\s'"`<>)]+/g)) {
        if (url.includes('$')) continue;
        const clean = url.replace(/[.,;:]+$/, '');
        const at = `${path.relative(ROOT, file)}:${i + 1}`;
        seen.set(clean, [...(seen.get(clean) ?? []), at]);
      }
    });
  }
  return seen;
}

function duplicates(files: string[]): string[] {
  return [...urlsIn(files)]
    .filter(([, at]) => at.length > 1)
    .map(([url, at]) => `${url} at ${at.join(', ')}`);
}

test('no https URL appears twice in the TypeScript under src/data/', () => {
  const files = tsFiles(path.join(ROOT, 'src', 'data'));
  assert.ok(files.length > 20, 'the scan finds the data files');
  assert.ok(urlsIn(files).size > 300, 'and the URLs in them');
  assert.deepEqual(duplicates(files), []);
});

test('the URL maps hold exactly one URL per source record', () => {
  const ids = new Set(sources.map((s) => s.id));
  assert.deepEqual(
    Object.keys(SOURCE_URLS).filter((id) => !ids.has(id)),
    [],
    'every URL belongs to a record',
  );
  assert.ok(sources.every((s) => s.url === SOURCE_URLS[s.id as keyof typeof SOURCE_URLS]));
  // The data map (shipped with every model widget) holds only sources the data itself cites.
  const cited = new Set<string>([
    ...[...modelRecords, ...toolRecords].flatMap((r) => sourceRefs(r).map(([, id]) => id)),
    ...licenseRecords.flatMap((l) => (l.source ? [l.source] : [])),
    ...Object.values(E).map((e) => e.source),
  ]);
  assert.deepEqual(
    Object.keys(DATA_SOURCE_URLS).filter((id) => !cited.has(id)),
    [],
    'move sources no data record cites to src/data/sources/urls.ts',
  );
});

test('the scan reports a planted duplicate with both places', () => {
  const files = tsFiles(path.join(ROOT, 'tests', 'fixtures', 'data-urls-dup'));
  assert.deepEqual(duplicates(files), [
    'https://example.org/report at tests/fixtures/data-urls-dup/a.ts:2, tests/fixtures/data-urls-dup/b.ts:2',
  ]);
});
