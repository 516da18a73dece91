/**
 * Pure table logic in src/lib/models.ts: URL codec (unknown values ignored), filters, sorting,
 * derived release class, number formatting and the Markdown of the data components. The logic is
 * tested on six hand-made records whose expected orders are written out; the live dataset is
 * tested by invariants only (every record renders, every sort is a permutation, undisclosed sizes
 * go last), so adding a model never breaks this file. CSV export: tests/unit/dataset-export.test.ts.
 * Run: node --import tsx --test tests/unit/models.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import type {Model} from '../../src/domain/types';
import {
  DEFAULT_STATE,
  filterModels,
  formatParams,
  formatSizes,
  isFiltered,
  largestSize,
  organizationOptions,
  parseCompareIds,
  parseTableState,
  RELEASE_CLASSES,
  releaseClass,
  serializeTableState,
  SORT_KEYS,
  sortModels,
  type TableState,
} from '../../src/lib/models';
import {MODEL_COMPONENT_TAG, modelComponentMarkdown} from '../../src/plugins/seo/modelMarkdown';
import {fixtureLicense, licenseLookup} from './license-fixtures';
import {
  ALL_OPEN,
  closedFixture,
  disclosed,
  fixtureModel,
  levelsWith,
  NOT_DISCLOSED,
  rating,
} from './model-fixtures';

/* ------------------------------------------------------------------------------ fixtures */

const LICENSES = [
  fixtureLicense({id: 'osi', name: 'OSI Fixture License', kind: 'osi-approved', terms: {}}),
  fixtureLicense({id: 'community', name: 'Community Fixture License', kind: 'restricted'}),
  fixtureLicense({id: 'hosted', name: 'Hosted Terms', kind: 'proprietary'}),
];
const lookup = licenseLookup(LICENSES);

/** Weights, code and data open; 32B; released the same month as EPSILON. */
const BETA = fixtureModel({
  id: 'beta-open',
  name: 'Beta',
  organization: 'Allen Lab',
  firstRelease: '2024-02',
  license: 'osi',
  parameters: disclosed(32e9),
  levels: ALL_OPEN,
});
/** Open weights without code or data; a mixture of experts; lower-case name; newest. */
const ALPHA = fixtureModel({
  id: 'alpha-weights',
  name: 'alpha',
  organization: 'Meta',
  firstRelease: '2025-08-05',
  license: 'osi',
  modalities: ['text', 'code'],
  parameters: disclosed([117e9, 5.1e9]),
  levels: levelsWith({trainingCode: 'closed', trainingData: 'closed'}),
});
ALPHA.openness.trainingData = rating('closed', {
  note: 'No data | no list',
  source: 'https://example.org/alpha-data',
  asOf: '2025-08',
});
/** Gated weights under a restricted license; two sizes, the largest 65B; same maker, other label. */
const GAMMA = fixtureModel({
  id: 'gamma-gated',
  name: 'Gamma',
  organization: 'Meta (FAIR)',
  firstRelease: '2023-02',
  license: 'community',
  inputs: ['text', 'image'],
  outputs: ['text'],
  modalities: ['text', 'image'],
  parameters: disclosed(7e9, 65e9),
  levels: levelsWith({
    weights: 'partial',
    license: 'partial',
    trainingCode: 'closed',
    trainingData: 'closed',
  }),
});
/** Hosted only; size not disclosed; its summary names Gamma. */
const DELTA = closedFixture({
  id: 'delta-hosted',
  name: 'Delta',
  organization: 'Closed Co',
  firstRelease: '2022-11',
  license: 'hosted',
  inputs: ['text'],
  outputs: ['text', 'audio'],
  modalities: ['text', 'audio'],
  summary: 'A chat app often compared with Gamma.',
});
/** Open weights and code, partial data; 65B like GAMMA (a size tie, later in data order). */
const EPSILON = fixtureModel({
  id: 'epsilon-open',
  name: 'epsilon',
  organization: 'Allen Lab',
  firstRelease: '2024-02',
  license: 'osi',
  parameters: disclosed(65e9),
  levels: levelsWith({trainingData: 'partial'}),
});
/** Sizes published but not recorded; only the weights rated. */
const ZETA = fixtureModel({
  id: 'zeta-unlisted',
  name: 'Zeta',
  organization: 'Closed Co',
  firstRelease: '2021-01',
  license: 'community',
  parameters: {...NOT_DISCLOSED, status: 'not-listed', note: 'Published, not recorded here.'},
  levels: {weights: 'partial'},
});

/** In data order (release order does not matter to the library). */
const FIXTURES: readonly Model[] = [BETA, ALPHA, GAMMA, DELTA, EPSILON, ZETA];
const ids = (list: readonly {id: string}[]) => list.map((m) => m.id);
const filtered = (state: Partial<TableState>) =>
  ids(filterModels(FIXTURES, {...DEFAULT_STATE, ...state}, lookup));
const sorted = (key: TableState['sort'], dir: TableState['dir']) =>
  ids(sortModels(FIXTURES, key, dir, lookup));
const orgIds = organizationOptions(FIXTURES).map((o) => o.id);

/* ------------------------------------------------------------------------------ URL codec */

test('organizationOptions: one option per maker label (the part before a parenthesis), by label', () => {
  assert.deepEqual(organizationOptions(FIXTURES), [
    {id: 'allen-lab', label: 'Allen Lab'},
    {id: 'closed-co', label: 'Closed Co'},
    {id: 'meta', label: 'Meta'},
  ]);
});

test('parseTableState reads known values and ignores unknown ones', () => {
  const state = parseTableState(
    '?q=llama&level=open&license=restricted&osaid=does-not-meet&use=eu-company&org=meta&takes=image&makes=video&sort=size&dir=desc',
    orgIds,
  );
  assert.deepEqual(state, {
    q: 'llama',
    level: 'open',
    license: 'restricted',
    osaid: 'does-not-meet',
    use: 'eu-company',
    org: 'meta',
    takes: 'image',
    makes: 'video',
    sort: 'size',
    dir: 'desc',
  });
  const junk = parseTableState(
    '?level=mostly&license=<script>&osaid=sort-of&use=world-domination&org=nobody&takes=smell&makes=noise&sort=vibes&dir=up&x=1',
    orgIds,
  );
  assert.deepEqual(junk, DEFAULT_STATE);
  assert.equal(parseTableState('?org=meta', []).org, null, 'an organisation not in the list is ignored');
});

test('the British spelling ?licence= is read as ?license= and rewritten', () => {
  assert.equal(parseTableState('?licence=osi-approved', orgIds).license, 'osi-approved');
  const search = serializeTableState(parseTableState('?licence=restricted', orgIds), 'licence=restricted');
  assert.equal(search, 'license=restricted');
});

test('serializeTableState drops defaults, keeps other parameters, and round-trips', () => {
  assert.equal(serializeTableState(DEFAULT_STATE), '');
  assert.equal(serializeTableState(DEFAULT_STATE, 'compare=a,b'), 'compare=a%2Cb');
  const state: TableState = {
    ...DEFAULT_STATE,
    q: 'gpt oss',
    license: 'osi-approved',
    sort: 'name',
    dir: 'desc',
  };
  const search = serializeTableState(state, 'level=closed&keep=1');
  assert.match(search, /keep=1/);
  assert.doesNotMatch(search, /level=/);
  assert.deepEqual(parseTableState(search, orgIds), state);
  assert.equal(isFiltered(state), true);
  assert.equal(isFiltered(DEFAULT_STATE), false);
});

/* --------------------------------------------------------------------------------- filters */

test('filters: license kind, openness level (the weights rating), organisation, inputs and outputs', () => {
  assert.deepEqual(filtered({license: 'osi-approved'}), ['beta-open', 'alpha-weights', 'epsilon-open']);
  assert.deepEqual(filtered({license: 'proprietary'}), ['delta-hosted']);
  assert.deepEqual(filtered({level: 'open'}), ['beta-open', 'alpha-weights', 'epsilon-open']);
  assert.deepEqual(filtered({level: 'partial'}), ['gamma-gated', 'zeta-unlisted']);
  assert.deepEqual(filtered({level: 'closed'}), ['delta-hosted']);
  assert.deepEqual(filtered({org: 'meta'}), ['alpha-weights', 'gamma-gated'], '"Meta" and "Meta (FAIR)"');
  assert.deepEqual(filtered({makes: 'audio'}), ['delta-hosted'], 'makes reads outputs');
  assert.deepEqual(filtered({takes: 'audio'}), [], 'delta speaks but does not listen');
  assert.deepEqual(filtered({takes: 'image'}), ['gamma-gated'], 'takes reads inputs');
  assert.deepEqual(filtered({makes: 'image'}), [], 'gamma reads images but makes text');
  assert.deepEqual(filtered({takes: 'text', makes: 'audio'}), ['delta-hosted'], 'both combine');
  assert.deepEqual(filtered({license: 'osi-approved', org: 'meta'}), ['alpha-weights'], 'filters combine');
  assert.deepEqual(filtered({}), ids(FIXTURES), 'no filter keeps every record in data order');
});

test('text search: case-insensitive and trimmed, over id, name, maker, summary and license name', () => {
  assert.deepEqual(filtered({q: '  GAMMA '}), ['gamma-gated', 'delta-hosted'], "Delta's summary names Gamma");
  assert.deepEqual(filtered({q: 'allen'}), ['beta-open', 'epsilon-open']);
  assert.deepEqual(filtered({q: 'community fixture'}), ['gamma-gated', 'zeta-unlisted'], 'license name');
  assert.deepEqual(filtered({q: 'zeta-unl'}), ['zeta-unlisted'], 'id');
  assert.deepEqual(filtered({q: 'zzzz-no-such-model'}), []);
});

test('a record whose license is missing is kept unless a license filter asks for a kind', () => {
  const orphan = fixtureModel({id: 'orphan', license: 'no-such-license'});
  const list = filterModels([orphan], {...DEFAULT_STATE, q: 'no-such-license'}, lookup);
  assert.deepEqual(ids(list), ['orphan'], 'the raw id is searched when there is no record');
  assert.deepEqual(ids(filterModels([orphan], {...DEFAULT_STATE, license: 'osi-approved'}, lookup)), []);
  assert.deepEqual(ids(filterModels([orphan], {...DEFAULT_STATE, osaid: 'cannot-tell'}, lookup)), ['orphan']);
});

/* --------------------------------------------------------------------------------- sorting */

test('sorting by name ignores case; descending is the exact reverse', () => {
  const asc = ['alpha-weights', 'beta-open', 'delta-hosted', 'epsilon-open', 'gamma-gated', 'zeta-unlisted'];
  assert.deepEqual(sorted('name', 'asc'), asc);
  assert.deepEqual(sorted('name', 'desc'), [...asc].reverse());
});

test('sorting by size uses the largest size; ties keep data order; undisclosed and unlisted last', () => {
  assert.equal(largestSize(GAMMA), 65e9);
  assert.equal(largestSize(DELTA), undefined);
  assert.equal(largestSize(ZETA), undefined);
  assert.deepEqual(sorted('size', 'desc'), [
    'alpha-weights',
    'gamma-gated',
    'epsilon-open',
    'beta-open',
    'delta-hosted',
    'zeta-unlisted',
  ]);
  assert.deepEqual(sorted('size', 'asc'), [
    'beta-open',
    'gamma-gated',
    'epsilon-open',
    'alpha-weights',
    'delta-hosted',
    'zeta-unlisted',
  ]);
});

test('sorting by first release compares partial dates; same month keeps data order', () => {
  const desc = ['alpha-weights', 'beta-open', 'epsilon-open', 'gamma-gated', 'delta-hosted', 'zeta-unlisted'];
  assert.deepEqual(sorted('firstRelease', 'desc'), desc);
  assert.deepEqual(sorted('firstRelease', 'asc'), [
    'zeta-unlisted',
    'delta-hosted',
    'gamma-gated',
    'beta-open',
    'epsilon-open',
    'alpha-weights',
  ]);
  assert.deepEqual(sorted(DEFAULT_STATE.sort, DEFAULT_STATE.dir), desc, 'the default order is newest first');
});

test('sorting by openness: what is released first, then the finer score', () => {
  assert.deepEqual(sorted('openness', 'desc'), [
    'beta-open', // weights, code and data
    'epsilon-open', // open weights, more open than alpha
    'alpha-weights',
    'gamma-gated', // restricted weights
    'zeta-unlisted',
    'delta-hosted', // hosted only
  ]);
});

test('sorting by license kind and by organisation', () => {
  assert.deepEqual(sorted('license', 'asc'), [
    'beta-open',
    'alpha-weights',
    'epsilon-open', // OSI-approved
    'gamma-gated',
    'zeta-unlisted', // restricted
    'delta-hosted', // proprietary
  ]);
  assert.deepEqual(sorted('organization', 'asc'), [
    'beta-open',
    'epsilon-open', // Allen Lab
    'delta-hosted',
    'zeta-unlisted', // Closed Co
    'alpha-weights', // Meta
    'gamma-gated', // Meta (FAIR)
  ]);
});

test('a record whose license is missing sorts last by license in both directions', () => {
  const orphan = fixtureModel({id: 'orphan', license: 'no-such-license'});
  for (const dir of ['asc', 'desc'] as const) {
    assert.equal(sortModels([orphan, BETA, GAMMA], 'license', dir, lookup).at(-1)?.id, 'orphan', dir);
  }
});

/* ----------------------------------------------------------------- release class, formatting */

test('releaseClass derives what is released from the weights, code and data ratings', () => {
  assert.equal(releaseClass(BETA), 'open-weights-code-data');
  assert.equal(releaseClass(ALPHA), 'open-weights');
  assert.equal(releaseClass(EPSILON), 'open-weights', 'partial data is not released data');
  assert.equal(releaseClass(GAMMA), 'restricted-weights');
  assert.equal(releaseClass(DELTA), 'hosted-only');
  assert.equal(releaseClass(fixtureModel({levels: {}})), 'hosted-only', 'unrated weights are not released');
});

test('parameter formatting', () => {
  assert.equal(formatParams(117e9), '117B');
  assert.equal(formatParams(5.1e9), '5.1B');
  assert.equal(formatParams(124e6), '124M');
  assert.equal(formatParams(1.5e12), '1.5T');
  assert.equal(formatParams(950), '950');
  assert.equal(formatSizes(ALPHA), '117B total, 5.1B active');
  assert.equal(formatSizes(GAMMA), '7B; 65B');
  assert.equal(formatSizes(DELTA), 'Not disclosed');
  assert.equal(formatSizes(ZETA), 'Not listed');
  const named = fixtureModel({parameters: disclosed([109e9, 17e9])});
  named.parameters.sizes![0].name = 'Scout';
  assert.equal(formatSizes(named), 'Scout 109B total, 17B active');
});

test('parseCompareIds keeps 2–3 known ids and falls back otherwise', () => {
  const known = new Set(ids(FIXTURES));
  const fallback = ['delta-hosted', 'beta-open'];
  assert.deepEqual(parseCompareIds('alpha-weights,gamma-gated', known, fallback), [
    'alpha-weights',
    'gamma-gated',
  ]);
  assert.deepEqual(parseCompareIds('alpha-weights,nope', known, fallback), fallback);
  assert.deepEqual(
    parseCompareIds('alpha-weights,alpha-weights', known, fallback),
    fallback,
    'no duplicates',
  );
  assert.deepEqual(parseCompareIds(' alpha-weights , gamma-gated ', known, fallback), [
    'alpha-weights',
    'gamma-gated',
  ]);
  assert.deepEqual(parseCompareIds('alpha-weights,beta-open,gamma-gated,zeta-unlisted', known, fallback), [
    'alpha-weights',
    'beta-open',
    'gamma-gated',
  ]);
  assert.deepEqual(parseCompareIds(null, known, fallback), fallback);
});

/* -------------------------------------------------------------------- Markdown (llms-full.txt) */

const url = (id: string) => `https://example.org/models/${id}/`;
const md = (tag: string) => modelComponentMarkdown(tag, FIXTURES, lookup, url);

test('modelComponentMarkdown: a compact scorecard is one line of ratings with a link', () => {
  const line = md('<OpennessScorecard model="delta-hosted" compact />')!;
  assert.match(line, /^Delta: Weights: Closed; /);
  assert.match(line, /Hosted API: Open/);
  assert.doesNotMatch(line, /Paper/, 'unrated dimensions are left out of the compact line');
  assert.ok(line.endsWith(`([sources](${url('delta-hosted')}))`));
});

test('modelComponentMarkdown: a full scorecard has a row per dimension with note, source and date', () => {
  const card = md('<OpennessScorecard model="alpha-weights" />')!;
  assert.match(
    card,
    /^Openness of alpha \(\[details\]\(https:\/\/example\.org\/models\/alpha-weights\/\)\):/,
  );
  assert.match(
    card,
    /^\| Training data \| Closed \| No data \\\| no list \[source\]\(https:\/\/example\.org\/alpha-data\), 2025-08 \|$/m,
    'a pipe in a note is escaped',
  );
  assert.match(
    md('<OpennessScorecard model="zeta-unlisted" />')!,
    /^\| Paper \/ report \| Not rated \| \|$/m,
  );
});

test('modelComponentMarkdown: a comparison has a column per model, in the order given', () => {
  const cmp = md("<CompareModels ids={['delta-hosted', 'alpha-weights']} selectable={false} />")!;
  assert.match(cmp, /^\| \| \[Delta\]\(https:\/\/example\.org\/models\/delta-hosted\/\) \| \[alpha\]\(/);
  assert.match(cmp, /^\| What is released \| Hosted only \| Open weights \|$/m);
  assert.match(cmp, /^\| Parameters \| Not disclosed \| 117B total, 5\.1B active \|$/m);
  assert.match(cmp, /^\| License \| Hosted Terms \| OSI Fixture License \|$/m);
});

test('modelComponentMarkdown: a table filtered by release class, with its caption', () => {
  const table = md('<ModelTable kind={[\'open-weights-code-data\']} caption="Fully open" />')!;
  assert.match(table, /^Fully open:/);
  assert.match(
    table,
    /\[Beta\]\(https:\/\/example\.org\/models\/beta-open\/\) \| Allen Lab \| 2024-02 \| 32B \|/,
  );
  assert.doesNotMatch(table, /Delta|alpha/);
  const byIds = md("<ModelTable ids={['zeta-unlisted', 'gamma-gated']} />")!;
  assert.match(byIds, /^Models compared:/);
  assert.ok(byIds.indexOf('[Zeta]') < byIds.indexOf('[Gamma]'), 'the order given is kept');
  assert.equal(md('<ModelTable />')!.split('\n').length, 4 + FIXTURES.length, 'no filter: every record');
});

test('modelComponentMarkdown: other tags give nothing; an unknown id throws naming it', () => {
  assert.equal(md('<SourceList />'), undefined);
  assert.throws(() => md('<OpennessScorecard model="nope" />'), /nope/);
  assert.throws(() => md("<CompareModels ids={['beta-open', 'gone']} />"), /"gone"/);
  const tags = "a <ModelTable /> b <CompareModels ids={['x', 'y']} /> c <Cite id='z' />".match(
    MODEL_COMPONENT_TAG,
  );
  assert.equal(tags?.length, 2);
});

/* ------------------------------------------------------------- the live dataset, by invariants */

test('live dataset: every record renders a table row, a scorecard and a comparison column', () => {
  assert.ok(models.length > 0);
  const table = modelComponentMarkdown('<ModelTable />', models, getLicense, url)!;
  for (const m of models) {
    assert.ok(table.includes(`](${url(m.id)})`), `${m.id} has a row`);
    assert.ok(formatSizes(m).length > 0, m.id);
    assert.ok(releaseClass(m) in RELEASE_CLASSES, m.id);
    assert.ok(modelComponentMarkdown(`<OpennessScorecard model="${m.id}" />`, models, getLicense, url), m.id);
  }
  assert.equal(table.split('\n').length, 4 + models.length, 'one row per record, no more');
  const pair = `<CompareModels ids={['${models[0].id}', '${models.at(-1)!.id}']} />`;
  assert.match(modelComponentMarkdown(pair, models, getLicense, url)!, /^\| \| \[/);
});

test('live dataset: every organisation has a filter option, and filtering by it finds the record', () => {
  const options = organizationOptions(models).map((o) => o.id);
  assert.equal(new Set(options).size, options.length, 'option ids are unique');
  const state = parseTableState('', options);
  assert.deepEqual(filterModels(models, state, getLicense), [...models], 'the default state hides nothing');
  for (const org of options) {
    const found = filterModels(models, {...DEFAULT_STATE, org}, getLicense);
    assert.ok(found.length > 0, `${org} finds its records`);
  }
  const total = options.reduce(
    (n, org) => n + filterModels(models, {...DEFAULT_STATE, org}, getLicense).length,
    0,
  );
  assert.equal(total, models.length, 'every record is under exactly one organisation');
});

test('live dataset: every sort is a permutation, and records without a size come last', () => {
  const all = ids(models).sort();
  for (const key of SORT_KEYS) {
    for (const dir of ['asc', 'desc'] as const) {
      const list = sortModels(models, key, dir, getLicense);
      assert.deepEqual(ids(list).sort(), all, `${key} ${dir} keeps every record once`);
      if (key === 'size') {
        const firstUnsized = list.findIndex((m) => largestSize(m) === undefined);
        if (firstUnsized >= 0)
          assert.ok(
            list.slice(firstUnsized).every((m) => largestSize(m) === undefined),
            `${dir}: unsized last`,
          );
      }
    }
  }
});
