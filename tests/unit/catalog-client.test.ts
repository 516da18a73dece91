/**
 * The browser reads the catalog, licenses and sources from build-time JSON (src/lib/catalogClient.ts,
 * src/lib/sourcesClient.ts), swapped in for the real modules by the dataset plugin: so every name a
 * component imports from those modules must exist in the swap, and the swap must catch exactly
 * the components' requests (not the data modules' own imports of each other).
 * Run: node --import tsx --test tests/unit/catalog-client.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {CATALOG_MODULES, SOURCE_MODULES} from '../../src/plugins/dataset';

const ROOT = path.join(__dirname, '..', '..');
const UI = ['src/components', 'src/theme', 'src/pages', 'src/lib', 'src/clientModules'];

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/** Value imports (not `import type`) from the site's code: [file, names, request]. */
function valueImports(): Array<[string, string[], string]> {
  const out: Array<[string, string[], string]> = [];
  for (const file of UI.flatMap(files)) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\b)\{([^}]*)\}\s+from\s+'([^']+)';/gm)) {
      const names = m[1]
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && !n.startsWith('type '))
        .map((n) => n.split(/\s+as\s+/)[0]);
      out.push([file, names, m[2]]);
    }
  }
  return out;
}

test('the swap catches the components’ requests and leaves the data modules’ own imports alone', () => {
  for (const r of [
    '@site/src/data/models',
    '@site/src/data/licenses',
    '../../data/models',
    '../data/licenses/index',
  ])
    assert.ok(CATALOG_MODULES.test(r), r);
  for (const r of ['@site/src/data/sources', '../../data/sources', '../../src/data/sources/index.ts'])
    assert.ok(SOURCE_MODULES.test(r), r);
  for (const r of [
    '../models',
    './models',
    '../licenses',
    '../sources',
    './topics',
    '../sources/topics',
    '@site/src/data/prices',
  ])
    assert.ok(!CATALOG_MODULES.test(r) && !SOURCE_MODULES.test(r), r);
});

/** The names a module exports (it imports build-time JSON, so it is read, not run, here). */
function exportsOf(file: string): Set<string> {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return new Set([...text.matchAll(/^export (?:const|function|let) (\w+)/gm)].map((m) => m[1]));
}

test('every name the site’s code imports from a swapped module exists in its browser version', () => {
  const catalogClient = exportsOf('src/lib/catalogClient.ts');
  const sourcesClient = exportsOf('src/lib/sourcesClient.ts');
  const missing: string[] = [];
  let checked = 0;
  for (const [file, names, request] of valueImports()) {
    const swap = CATALOG_MODULES.test(request)
      ? catalogClient
      : SOURCE_MODULES.test(request)
        ? sourcesClient
        : null;
    if (!swap) continue;
    checked++;
    for (const n of names) if (!swap.has(n)) missing.push(`${file}: ${n} from ${request}`);
  }
  assert.ok(checked >= 5, `found the components that read the catalog (${checked})`);
  assert.deepEqual(missing, []);
});
