/**
 * One home per URL (issue #11 §1): every https URL appears once in the TypeScript under src/data/.
 * Evidence, license terms, price presets and change logs cite source records by id, so a URL lives
 * only in its record: in src/data/sources/, or in the maker, family or model folder under
 * src/data/models/ whose records cite it. The scan reads every `.ts` file under src/data/ with no
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
import {modelRecords} from '../../src/data/models';
import {entries, familyFiles, makers} from '../../src/data/models/catalog.generated';
import type {Model} from '../../src/domain/types';
import {sourceRefs} from '../../src/domain/validation/validate';

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

test('a source in a maker, family or model folder is cited by a record in that folder', () => {
  const idsIn = (records: readonly Model[]) =>
    new Set(
      records.flatMap((r) => [
        ...sourceRefs(r).map(([, id]) => id),
        ...(r.osiValidation ? [r.osiValidation.source] : []),
      ]),
    );
  const problems: string[] = [];
  for (const {file, record} of entries) {
    const cited = idsIn([record]);
    for (const s of record.sources)
      if (!cited.has(s.id)) problems.push(`${file}: ${s.id} is not cited by ${record.id}`);
  }
  for (const {def: f} of familyFiles) {
    const cited = idsIn(modelRecords.filter((m) => m.family === f.id));
    for (const s of f.sources)
      if (!cited.has(s.id)) problems.push(`family ${f.id}: ${s.id} is cited by none of its versions`);
  }
  for (const m of makers) {
    const cited = idsIn(modelRecords.filter((r) => r.maker === m.id));
    for (const s of m.sources)
      if (!cited.has(s.id)) problems.push(`maker ${m.id}: ${s.id} is cited by none of its models`);
  }
  assert.deepEqual(problems, []);
  // Every source id is unique across topic files and the catalog's folders.
  const ids = sources.map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('the scan reports a planted duplicate with both places', () => {
  const files = tsFiles(path.join(ROOT, 'tests', 'fixtures', 'data-urls-dup'));
  assert.deepEqual(duplicates(files), [
    'https://example.org/report at tests/fixtures/data-urls-dup/a.ts:2, tests/fixtures/data-urls-dup/b.ts:2',
  ]);
});
