/**
 * The published dataset (src/plugins/dataset/export.ts): /data/models.json validates against the
 * JSON Schema generated from the zod schema, a broken record fails it, the version falls back
 * without git, the CSV carries the verdict columns, and CITATION.cff is valid enough to cite.
 * Run: node --import tsx --test tests/unit/dataset-export.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
// ajv 6 (JSON Schema draft-07) comes with @docusaurus/core; it is not a direct dependency.
import Ajv from 'ajv';
import {parse as parseYaml} from 'yaml';
import {z} from 'zod';
import {models, tools} from '../../src/data/models';
import {getLicense, licenses} from '../../src/data/licenses';
import {modelVerdicts} from '../../src/domain/verdicts';
import {
  CSV_COLUMNS,
  buildDatasetJson,
  csvEscape,
  datasetJsonSchema,
  datasetVersion,
  modelsToCsv,
  publishedDatasetSchema,
} from '../../src/plugins/dataset/export';
import {DATASET_LICENSE} from '../../src/plugins/dataset';
import {DEFAULT_ORGANIZATION, DEFAULT_PROJECT, resolveDeployConfig} from '../../src/lib/siteConfig';
import {DATASET_AUTHOR, DATASET_TITLE, datasetCitations} from '../../src/lib/citation';

const ROOT = path.join(__dirname, '..', '..');
const SCHEMA_ID = 'https://example.org/data/models.schema.json';
const pageUrl = (id: string) => `https://example.org/models/${id}/`;

function dataset() {
  // Round-trip through JSON text, as a reader of /data/models.json gets it.
  const built = buildDatasetJson(
    {models, licenses, tools, getLicense},
    {
      title: 'Test dataset',
      homepage: 'https://example.org/models/',
      schemaUrl: SCHEMA_ID,
      license: DATASET_LICENSE,
      version: datasetVersion(ROOT),
      pageUrl,
    },
  );
  return JSON.parse(JSON.stringify(built)) as Record<string, unknown> & {models: Record<string, unknown>[]};
}

function validator() {
  const ajv = new Ajv({allErrors: true});
  return ajv.compile(datasetJsonSchema(SCHEMA_ID));
}

test('the JSON Schema is generated from the zod schema and validates the real dataset', () => {
  const schema = datasetJsonSchema(SCHEMA_ID);
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(schema.$id, SCHEMA_ID);
  // Same shape as zod's own conversion: nothing hand-written drifts from the validator.
  const {$id, title, ...generated} = schema;
  assert.ok($id && title);
  assert.deepEqual(generated, z.toJSONSchema(publishedDatasetSchema, {target: 'draft-7', io: 'output'}));

  const data = dataset();
  const validate = validator();
  assert.equal(validate(data), true, JSON.stringify(validate.errors, null, 2));
  assert.equal(publishedDatasetSchema.safeParse(data).success, true, 'zod accepts it too');
  assert.equal(data.models.length, models.length);
});

test('a planted invalid record fails both the JSON Schema and the zod schema', () => {
  const validate = validator();
  const cases: Array<[string, (d: ReturnType<typeof dataset>) => void]> = [
    ['unknown verdict', (d) => ((d.models[0].verdicts as Record<string, unknown>).openSourceAI = 'maybe')],
    ['score over 100', (d) => ((d.models[0].verdicts as Record<string, unknown>).opennessScore = 101)],
    ['missing license', (d) => delete d.models[1].license],
    ['extra field', (d) => (d.models[2].rumour = 'leaked')],
    ['bad commit', (d) => ((d.version as Record<string, unknown>).commit = 'HEAD')],
  ];
  for (const [what, plant] of cases) {
    const d = dataset();
    plant(d);
    assert.equal(validate(d), false, `JSON Schema rejects: ${what}`);
    assert.equal(publishedDatasetSchema.safeParse(d).success, false, `zod rejects: ${what}`);
  }
});

test('every model carries its verdicts and page, and the file its version', () => {
  const data = dataset();
  assert.equal(data.models.length, models.length, 'one entry per record');
  for (const record of models) {
    const entry = data.models.find((m) => m.id === record.id);
    assert.ok(entry, `${record.id} is exported`);
    const v = modelVerdicts(record, getLicense(record.license)!);
    assert.deepEqual(
      entry.verdicts,
      {
        openSourceAI: v.osaid.verdict,
        openSourceAIMissing: v.osaid.missing,
        mofClassEstimated: v.mof.cls,
        openWeights: v.openWeights,
        opennessScore: v.score.score,
        opennessScoreRated: v.score.rated,
        opennessScoreOf: v.score.of,
      },
      record.id,
    );
    assert.equal(entry.page, pageUrl(record.id), record.id);
  }
  const version = data.version as {commit: string | null; date: string; from: string};
  assert.equal(version.from, 'git', 'this test runs in a git checkout');
  assert.match(version.commit!, /^[0-9a-f]{40}$/);
  assert.ok(!Number.isNaN(Date.parse(version.date)));
});

test('datasetVersion falls back to the build time outside a git checkout', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'no-git-'));
  const now = new Date('2026-01-02T03:04:05Z');
  assert.deepEqual(datasetVersion(dir, now), {commit: null, date: now.toISOString(), from: 'build-time'});
});

/** Minimal RFC 4180 reader for the test: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

test('CSV export: header, one row per model, escaping and verdict columns matching the verdicts', () => {
  assert.equal(csvEscape('a,b'), '"a,b"');
  assert.equal(csvEscape('say "hi"'), '"say ""hi"""');
  const csv = modelsToCsv(models, getLicense, pageUrl);
  const [header, ...rows] = parseCsv(csv);
  assert.deepEqual(header, [...CSV_COLUMNS]);
  assert.equal(new Set(CSV_COLUMNS).size, CSV_COLUMNS.length, 'CSV column names are unique');
  assert.equal(rows.length, models.length);
  for (const col of ['openSourceAIVerdict', 'openWeights', 'mofClassEstimated', 'opennessScore']) {
    assert.ok(header.includes(col), `column ${col}`);
  }
  const at = (row: string[], col: string) => row[header.indexOf(col)];
  for (const m of models) {
    const row = rows.find((r) => r[0] === m.id)!;
    assert.equal(row.length, header.length, `${m.id}: one value per column`);
    const v = modelVerdicts(m, getLicense(m.license)!);
    assert.equal(at(row, 'openSourceAIVerdict'), v.osaid.verdict, m.id);
    assert.equal(at(row, 'openWeights'), v.openWeights, m.id);
    assert.equal(at(row, 'mofClassEstimated'), v.mof.cls, m.id);
    assert.equal(at(row, 'opennessScore'), v.score.score === null ? '' : String(v.score.score), m.id);
    assert.equal(at(row, 'opennessScoreRated'), `${v.score.rated}/${v.score.of}`, m.id);
    assert.equal(at(row, 'page'), pageUrl(m.id));
    assert.equal(at(row, 'kind'), m.kind, m.id);
    assert.equal(at(row, 'maker'), m.maker, m.id);
    assert.equal(at(row, 'family'), m.family ?? '', m.id);
  }
  for (const m of models) {
    const row = rows.find((r) => r[0] === m.id);
    assert.ok(row, `${m.id} has a CSV row`);
    assert.equal(at(row, 'license'), m.license, m.id);
    assert.equal(at(row, 'licenseKind'), getLicense(m.license)!.kind, m.id);
  }
});

test('CITATION.cff parses as CFF 1.2.0 with the keys a citation needs', () => {
  const cff = parseYaml(readFileSync(path.join(ROOT, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;
  assert.equal(cff['cff-version'], '1.2.0');
  for (const key of ['message', 'title', 'authors', 'version', 'date-released', 'url', 'type']) {
    assert.ok(cff[key] !== undefined && cff[key] !== '', `CITATION.cff has ${key}`);
  }
  assert.equal(cff.type, 'dataset');
  const authors = cff.authors as Array<Record<string, string>>;
  assert.ok(
    Array.isArray(authors) && authors.length > 0 && authors.every((a) => a.name || a['family-names']),
  );
  assert.match(String(cff['date-released']), /^\d{4}-\d{2}-\d{2}$/);
  assert.match(String(cff.url), /^https:\/\//);
  // The URL of the default deployment (src/lib/siteConfig.ts); update both when the repository moves.
  const deploy = resolveDeployConfig({GITHUB_REPOSITORY: `${DEFAULT_ORGANIZATION}/${DEFAULT_PROJECT}`});
  assert.equal(cff.url, `${deploy.url}${deploy.baseUrl}models/`);
  assert.equal(cff['repository-code'], `https://github.com/${DEFAULT_ORGANIZATION}/${DEFAULT_PROJECT}`);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {version: string};
  assert.equal(cff.version, pkg.version, 'version follows package.json');
  // No LICENSE file in the repository: the citation must not claim one.
  let hasLicenseFile = true;
  try {
    readFileSync(path.join(ROOT, 'LICENSE'));
  } catch {
    hasLicenseFile = false;
  }
  assert.equal(cff.license !== undefined, hasLicenseFile, 'license key only when a LICENSE file exists');
});

test('"Cite this dataset" cites the same title and authors as CITATION.cff, with the version', () => {
  const cff = parseYaml(readFileSync(path.join(ROOT, 'CITATION.cff'), 'utf8')) as {
    title: string;
    authors: Array<{name: string}>;
  };
  assert.equal(cff.title, DATASET_TITLE);
  assert.equal(cff.authors[0].name, DATASET_AUTHOR);
  const commit = 'a'.repeat(40);
  const url = 'https://example.org/models/';
  const withGit = datasetCitations({url, commit, date: '2026-11-27T17:50:54+00:00'});
  assert.equal(
    withGit.text,
    `${DATASET_AUTHOR}. (2026). ${DATASET_TITLE} (version aaaaaaa, 2026-11-27) [Data set]. ${url}`,
  );
  assert.match(withGit.bibtex, /^@misc\{open_or_closed_dataset_2026,$/m);
  assert.match(withGit.bibtex, new RegExp(`commit ${commit}`));
  assert.match(withGit.bibtex, /howpublished = \{\\url\{https:\/\/example\.org\/models\/\}\}/);
  const noGit = datasetCitations({url, commit: null, date: '2026-01-02T03:04:05.000Z'});
  assert.match(noGit.text, /\(built 2026-01-02\)/);
  assert.doesNotMatch(noGit.bibtex, /commit/);
});
