/**
 * Pure table logic in src/lib/models.ts: URL codec (unknown values ignored), filters, sorting,
 * derived release class and number formatting (the CSV export: tests/unit/dataset-export.test.ts).
 * Run: node --import tsx --test tests/unit/models.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {
  DEFAULT_STATE,
  filterModels,
  formatParams,
  formatSizes,
  isFiltered,
  organizationOptions,
  parseCompareIds,
  parseTableState,
  releaseClass,
  serializeTableState,
  sortModels,
  type TableState,
} from '../../src/lib/models';
import {MODEL_COMPONENT_TAG, modelComponentMarkdown} from '../../src/plugins/seo/modelMarkdown';

const orgIds = organizationOptions(models).map((o) => o.id);
const byId = (id: string) => models.find((m) => m.id === id)!;
const ids = (list: {id: string}[]) => list.map((m) => m.id);

test('parseTableState reads known values and ignores unknown ones', () => {
  const state = parseTableState(
    '?q=llama&level=open&license=restricted&osaid=does-not-meet&use=eu-company&org=meta&modality=image&sort=size&dir=desc',
    orgIds,
  );
  assert.deepEqual(state, {
    q: 'llama',
    level: 'open',
    license: 'restricted',
    osaid: 'does-not-meet',
    use: 'eu-company',
    org: 'meta',
    modality: 'image',
    sort: 'size',
    dir: 'desc',
  });
  const junk = parseTableState(
    '?level=mostly&license=<script>&osaid=sort-of&use=world-domination&org=nobody&modality=smell&sort=vibes&dir=up&x=1',
    orgIds,
  );
  assert.deepEqual(junk, DEFAULT_STATE);
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

test('filters: license kind, openness level, organisation, modality and text', () => {
  const osi = filterModels(models, {...DEFAULT_STATE, license: 'osi-approved'}, getLicense);
  assert.ok(osi.length > 5);
  assert.ok(osi.every((m) => getLicense(m.license)?.kind === 'osi-approved'));
  assert.ok(ids(osi).includes('gpt-oss-120b'));
  assert.ok(!ids(osi).includes('llama-2'));

  const closedWeights = ids(filterModels(models, {...DEFAULT_STATE, level: 'closed'}, getLicense));
  assert.ok(closedWeights.includes('chatgpt'));
  assert.ok(!closedWeights.includes('gpt-oss-20b'));

  // Invariant, not a hand-kept list: the filter returns exactly the records Meta made, in data order.
  const meta = ids(filterModels(models, {...DEFAULT_STATE, org: 'meta'}, getLicense));
  assert.deepEqual(meta, ids(models.filter((m) => /^Meta\b/.test(m.organization))));
  assert.ok(meta.includes('llama-2') && meta.includes('llama-4-maverick'));

  const audio = ids(filterModels(models, {...DEFAULT_STATE, modality: 'audio'}, getLicense));
  assert.ok(audio.includes('whisper'));

  const text = ids(filterModels(models, {...DEFAULT_STATE, q: '  GPT-OSS '}, getLicense));
  assert.deepEqual(text, ['gpt-2', 'gpt-oss-120b', 'gpt-oss-20b', 'gpt-oss-safeguard-120b']); // GPT-2's summary names gpt-oss
  assert.equal(filterModels(models, {...DEFAULT_STATE, q: 'zzzz-no-such-model'}, getLicense).length, 0);
});

test('sorting by name, date and size; undisclosed sizes always last', () => {
  const asc = sortModels(models, 'name', 'asc', getLicense);
  const names = asc.map((m) => m.name.toLowerCase());
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, 'en')),
  );
  const desc = sortModels(models, 'name', 'desc', getLicense);
  assert.equal(desc[0].id, asc.at(-1)!.id);

  // Sizes are compared by each record's largest total; ties keep data order. Checked as invariants
  // over the dataset so adding a record does not break the test.
  const largest = (m: (typeof models)[number]) => Math.max(...(m.parameters.sizes ?? []).map((x) => x.total));
  const bySizeDesc = sortModels(models, 'size', 'desc', getLicense);
  const disclosed = bySizeDesc.filter((m) => m.parameters.status === 'disclosed');
  assert.ok(disclosed.length > 2);
  disclosed.slice(1).forEach((m, i) => {
    const prev = disclosed[i];
    assert.ok(largest(prev) >= largest(m), `${prev.id} before ${m.id}`);
    if (largest(prev) === largest(m)) {
      assert.ok(models.indexOf(prev) < models.indexOf(m), `tie ${prev.id}/${m.id} keeps data order`);
    }
  });
  const last = bySizeDesc.at(-1)!;
  assert.notEqual(last.parameters.status, 'disclosed');
  const bySizeAsc = sortModels(models, 'size', 'asc', getLicense);
  assert.notEqual(bySizeAsc.at(-1)!.parameters.status, 'disclosed');
  assert.equal(bySizeAsc[0].id, 'bert'); // sorted by each record's largest size: BERT-Large 340M

  const byDate = sortModels(models, 'firstRelease', 'desc', getLicense);
  const newest = [...models]
    .map((m) => m.firstRelease)
    .sort()
    .at(-1);
  assert.equal(byDate[0].firstRelease, newest);
});

test('sorting by openness puts the most open records first when descending', () => {
  const list = sortModels(models, 'openness', 'desc', getLicense);
  assert.equal(releaseClass(list[0]), 'open-weights-code-data');
  assert.equal(releaseClass(list.at(-1)!), 'hosted-only');
});

test('releaseClass derives what is released from the ratings', () => {
  assert.equal(releaseClass(byId('olmo-2-32b')), 'open-weights-code-data');
  assert.equal(releaseClass(byId('gpt-oss-120b')), 'open-weights');
  assert.equal(releaseClass(byId('llama-1')), 'restricted-weights');
  assert.equal(releaseClass(byId('chatgpt')), 'hosted-only');
});

test('parameter formatting', () => {
  assert.equal(formatParams(117e9), '117B');
  assert.equal(formatParams(5.1e9), '5.1B');
  assert.equal(formatParams(124e6), '124M');
  assert.equal(formatSizes(byId('gpt-oss-120b')), '117B total, 5.1B active');
  assert.equal(formatSizes(byId('chatgpt')), 'Not disclosed');
});

test('parseCompareIds keeps 2–3 known ids and falls back otherwise', () => {
  const known = new Set(models.map((m) => m.id));
  const fallback = ['chatgpt', 'gpt-oss-120b'];
  assert.deepEqual(parseCompareIds('gpt-2,bert', known, fallback), ['gpt-2', 'bert']);
  assert.deepEqual(parseCompareIds('gpt-2,nope', known, fallback), fallback);
  assert.deepEqual(parseCompareIds('gpt-2,bert,t5,clip', known, fallback), ['gpt-2', 'bert', 't5']);
  assert.deepEqual(parseCompareIds(null, known, fallback), fallback);
});

test('modelComponentMarkdown renders the three data components as Markdown for llms-full.txt', () => {
  const url = (id: string) => `https://example.org/models/${id}/`;
  const compact = modelComponentMarkdown(
    '<OpennessScorecard model="chatgpt" compact />',
    models,
    getLicense,
    url,
  )!;
  assert.match(compact, /^ChatGPT: Weights: Closed; /);
  const card = modelComponentMarkdown('<OpennessScorecard model="gpt-oss-120b" />', models, getLicense, url)!;
  assert.match(card, /\| Training data \| Closed \| .*\[source\]\(https:\/\/arxiv\.org\/abs\/2508\.10925\)/);
  const cmp = modelComponentMarkdown(
    "<CompareModels ids={['chatgpt', 'gpt-oss-120b']} selectable={false} />",
    models,
    getLicense,
    url,
  )!;
  assert.match(cmp, /^\| \| \[ChatGPT\]\(https:\/\/example\.org\/models\/chatgpt\/\) \| \[gpt-oss-120b\]/);
  const table = modelComponentMarkdown(
    '<ModelTable kind={[\'open-weights-code-data\']} caption="Fully open" />',
    models,
    getLicense,
    url,
  )!;
  assert.match(table, /^Fully open:/);
  assert.match(table, /\[OLMo 2 32B\]/);
  assert.doesNotMatch(table, /ChatGPT/);
  assert.equal(modelComponentMarkdown('<SourceList />', models, getLicense, url), undefined);
  assert.throws(
    () => modelComponentMarkdown('<OpennessScorecard model="nope" />', models, getLicense, url),
    /nope/,
  );
  const tags = "a <ModelTable /> b <CompareModels ids={['gpt-2', 'bert']} /> c".match(MODEL_COMPONENT_TAG);
  assert.equal(tags?.length, 2);
});
