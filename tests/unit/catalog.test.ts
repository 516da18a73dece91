/**
 * The model catalog's shape (issue #23): one folder per version or product under its maker (and
 * family) folder, listed by scripts/catalog-index.mjs, checked by the build's folder rules.
 * Run: node --import tsx --test tests/unit/catalog.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {GENERATED, renderIndex, scanCatalog} from '../../scripts/catalog-index.mjs';
import {catalogPlacements, catalogRedirects, families, modelRecords} from '../../src/data/models';
import {validateCatalogPlacement, validateModels} from '../../src/domain/validation/rules';
import {validateSources} from '../../src/domain/validation/validate';
import {modalitiesOf, type Modality} from '../../src/domain/types';
import {licenseRecords} from '../../src/data/licenses';
import {sources} from '../../src/data/sources';

test('every record sits in the folder its id, maker and family name', () => {
  assert.ok(catalogPlacements.length > 80, 'versions, products and families are all listed');
  assert.deepEqual(validateCatalogPlacement(catalogPlacements), []);
});

test('the folder rules name the file and say what to do', () => {
  const ok = {
    file: 'openai/gpt-oss/gpt-oss-120b/version.ts',
    kind: 'version',
    id: 'gpt-oss-120b',
    maker: 'openai',
    family: 'gpt-oss',
  } as const;
  assert.deepEqual(validateCatalogPlacement([ok]), []);
  const wrong = (over: object) => validateCatalogPlacement([{...ok, ...over}]);
  assert.match(
    wrong({id: 'gpt-oss-121b'})[0],
    /declares id "gpt-oss-121b" but sits in the folder "gpt-oss-120b"/,
  );
  assert.match(wrong({maker: 'meta'})[0], /declares maker "meta" but sits in the maker folder "openai"/);
  assert.match(wrong({family: undefined})[0], /sits in the family folder "gpt-oss" but declares no family/);
  assert.match(wrong({kind: 'product'})[0], /a product is declared in product\.ts/);
  assert.match(
    validateCatalogPlacement([
      {file: 'openai/gpt-5/version.ts', kind: 'version', id: 'gpt-5', maker: 'openai', family: 'gpt'},
    ])[0],
    /declares family "gpt" but sits directly in its maker's folder; move it into openai\/gpt\//,
  );
});

test('the generated index lists exactly the folders on disk', () => {
  const scan = scanCatalog();
  assert.deepEqual(scan.problems, []);
  assert.equal(readFileSync(GENERATED, 'utf8'), renderIndex(scan));
  assert.equal(scan.entries.length, modelRecords.length);
  assert.equal(scan.families.length, families.length);
});

test('the scan rejects a folder without a record file, a maker without maker.ts, and a repeated id', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
  const touch = (p: string) => {
    mkdirSync(path.dirname(path.join(dir, p)), {recursive: true});
    writeFileSync(path.join(dir, p), '');
  };
  try {
    touch('acme/maker.ts');
    touch('acme/rocket/family.ts');
    touch('acme/rocket/rocket-1/version.ts');
    touch('acme/rocket-1/product.ts');
    touch('acme/empty/notes.md');
    touch('acme/both/version.ts');
    touch('acme/both/product.ts');
    touch('nomaker/thing/version.ts');
    const {problems, entries, families: fams} = scanCatalog(dir);
    assert.deepEqual(
      entries.map((e: {id: string; kind: string}) => `${e.id}:${e.kind}`),
      ['rocket-1:version', 'rocket-1:product'],
    );
    assert.deepEqual(
      fams.map((f: {id: string}) => f.id),
      ['rocket'],
    );
    const text = problems.join('\n');
    assert.match(
      text,
      /acme\/both\/: a model folder needs exactly one of version\.ts or product\.ts \(found version\.ts and product\.ts\)/,
    );
    assert.match(
      text,
      /acme\/empty\/: a model folder needs exactly one of version\.ts or product\.ts \(found neither\)/,
    );
    assert.match(text, /nomaker\/: a maker's folder needs a maker\.ts/);
    assert.match(text, /the id "rocket-1" is also/);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test('one URL scheme: versions, products and families share /models/<id>/ with unique ids and titles', () => {
  const ids = [...modelRecords.map((m) => m.id), ...families.map((f) => f.id)];
  assert.equal(new Set(ids).size, ids.length, 'ids are unique across kinds');
  assert.ok(
    ids.every((id) => !id.endsWith('-family')),
    'no -family suffixes',
  );
  // Page titles are "Is <name> open source?" for all three kinds: names must differ.
  const names = [...modelRecords.map((m) => m.name), ...families.map((f) => f.name)].map((n) =>
    n.toLowerCase(),
  );
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  assert.deepEqual(repeated, []);
});

test('renamed pages keep their old URLs: former ids redirect unless the id now names the family', () => {
  const current = new Set([...modelRecords.map((m) => m.id), ...families.map((f) => f.id)]);
  for (const r of catalogRedirects) {
    assert.ok(!current.has(r.from), `${r.from} is a page again`);
    assert.ok(current.has(r.to), `${r.to} has no page`);
  }
  for (const old of ['claude-family', 'gemini-family', 'olmo-family'])
    assert.ok(
      catalogRedirects.some((r) => r.from === old),
      `${old} redirects`,
    );
  // The three records whose ids now name their family keep that URL: it shows the family page.
  for (const old of ['claude', 'gemini', 'olmo']) {
    assert.ok(
      families.some((f) => f.id === old),
      `${old} is the family page`,
    );
    assert.ok(
      modelRecords.some((m) => m.formerIds?.includes(old)),
      `a record remembers it was ${old}`,
    );
  }
});

test('products say which versions they run, and only products do', () => {
  const byId = new Map(modelRecords.map((m) => [m.id, m]));
  const products = modelRecords.filter((m) => m.kind === 'product');
  assert.deepEqual(products.map((p) => p.id).sort(), ['chatgpt', 'claude-app', 'gemini-app']);
  for (const p of products)
    for (const id of p.runs ?? []) assert.equal(byId.get(id)?.kind, 'version', `${p.id} runs ${id}`);
  assert.ok(modelRecords.filter((m) => m.kind === 'version').every((m) => m.runs === undefined));
});

test('npm run new-model plans a record (and a maker.ts for a new maker) full of TODOs the build rejects', async () => {
  const {plan} = await import('../../scripts/new-model.mjs');
  const existing = plan('openai/gpt-9');
  assert.deepEqual(existing.problems, []);
  assert.equal(existing.files.length, 1, 'openai/maker.ts exists already');
  assert.match(existing.files[0].path, /src\/data\/models\/openai\/gpt-9\/version\.ts$/);
  assert.match(existing.files[0].text, /defineVersion\(maker, \{\n {2}id: 'gpt-9',/);
  const fresh = plan('newco/newco-1', {product: true});
  assert.deepEqual(
    fresh.files.map((f: {path: string}) => path.relative(process.cwd(), f.path)),
    ['src/data/models/newco/maker.ts', 'src/data/models/newco/newco-1/product.ts'],
  );
  assert.match(fresh.files[1].text, /defineProduct\(maker/);
  assert.match(plan('openai/no-such-family/x').problems[0], /no-such-family\/family\.ts does not exist/);
  assert.match(plan('openai/gpt-oss/gpt-oss-120b').problems[0], /already exists/);
  assert.match(plan('OpenAI/x').problems[0], /not a kebab-case id/);
  assert.match(plan('x').problems[0], /usage/);
});

test('a TODO left in a record or a source fails the build, naming the field', () => {
  const m = {...modelRecords[0], summary: 'TODO'};
  assert.ok(
    validateModels([m], licenseRecords).includes(
      `models[${m.id}].summary: still "TODO" (a template from npm run new-model): fill it in`,
    ),
  );
  const s = {...sources[0], title: 'TODO'};
  assert.ok(validateSources([s]).some((p) => p.startsWith(`sources[${s.id}].title: still "TODO"`)));
});

test('inputs and outputs: modalities is their union in label order, and each kind of output is covered', () => {
  assert.deepEqual(modalitiesOf({inputs: ['audio', 'text'], outputs: ['text', 'embedding']}), [
    'text',
    'audio',
    'embedding',
  ]);
  for (const m of modelRecords) {
    assert.deepEqual(m.modalities, modalitiesOf(m), `${m.id}: modalities is computed, never written`);
    assert.ok(m.inputs.length > 0 && m.outputs.length > 0, `${m.id}: says what it takes in and makes`);
  }
  const makers = (kind: Modality) => modelRecords.filter((m) => m.outputs.includes(kind)).map((m) => m.id);
  assert.ok(makers('image').includes('flux-1-dev'), 'FLUX.1 [dev] makes images');
  assert.ok(
    makers('video').includes('veo-3') && makers('audio').includes('veo-3'),
    'Veo 3 makes video and sound',
  );
  assert.deepEqual(
    modelRecords.find((m) => m.id === 'whisper')?.inputs,
    ['audio'],
    'Whisper listens: speech in, text out',
  );
});
