/**
 * The license section (issue #24 §5): the plugin's routes over the real terms library (every
 * document gets a page, every matrix cell links an anchor that exists on its document's page, an
 * unread document is flagged), and the prop builders and the matrix's filter and sort on fixtures
 * (src/lib/licensesPages.ts).
 * Run: node --import tsx --test tests/unit/licenses-pages.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {LoadContext, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import termsPlugin, {MATRIX_DATA, termsInput} from '../../src/plugins/terms';
import {DOCUMENTS, isUnread} from '../../src/data/terms';
import type {ClauseStatus, Clauses, ResolvedDocument} from '../../src/domain/terms';
import {
  DEFAULT_MATRIX_STATE,
  NO_PROVIDER,
  TOPICS,
  cellHref,
  documentPageProps,
  firstSentence,
  matrixRows,
  matrixView,
  nameWithProvider,
  parseMatrixState,
  serializeMatrixState,
  type DocumentInput,
  type DocumentPageProps,
  type LicensesMatrixData,
  type LicensesPageProps,
  type RowFacts,
} from '../../src/lib/licensesPages';

/* ------------------------------------------------------------------ the plugin, on the real data */

/** Runs the plugin as Docusaurus would and returns the routes it adds and the data it writes. */
async function build(baseUrl: string) {
  const routes: RouteConfig[] = [];
  const data = new Map<string, string>();
  const plugin = termsPlugin({baseUrl} as LoadContext);
  const content = await plugin.loadContent?.();
  const actions = {
    addRoute: (r: RouteConfig) => routes.push(r),
    createData: async (name: string, text: string) => {
      data.set(name, text);
      return name;
    },
    setGlobalData: () => assert.fail('the terms plugin must not set global data (it ships to every page)'),
  } as unknown as PluginContentLoadedActions;
  await plugin.contentLoaded?.({content, actions, allContent: {}} as never);
  return {routes, data};
}

const built = build('/');

test('the matrix page and one page per document, every document of the library', async () => {
  const {routes} = await built;
  assert.ok(DOCUMENTS.length > 50, `only ${DOCUMENTS.length} documents`);
  const paths = routes.map((r) => r.path);
  assert.equal(new Set(paths).size, paths.length, 'duplicate route');
  assert.ok(paths.includes('/licenses/'), 'no /licenses/ route');
  for (const doc of DOCUMENTS) {
    const route = routes.find((r) => r.path === `/licenses/${doc.id}/`);
    assert.ok(route, `no page for document ${doc.id}`);
    assert.equal(route.component, '@site/src/components/DocumentPage/index.tsx');
    assert.equal((route.props as unknown as DocumentPageProps).document.id, doc.id);
  }
  assert.equal(routes.length, DOCUMENTS.length + 1);
});

test('routes follow the base URL', async () => {
  const {routes} = await build('/some-repo/');
  assert.ok(routes.every((r) => r.path.startsWith('/some-repo/licenses/')));
});

test('every cell of the matrix links an anchor that exists on its document’s page', async () => {
  const {routes, data} = await built;
  const {rows} = JSON.parse(data.get(MATRIX_DATA)!) as LicensesMatrixData;
  assert.equal(rows.length, DOCUMENTS.length, 'a row per document');
  const pageOf = new Map(routes.map((r) => [r.path, r.props as unknown as DocumentPageProps]));
  let links = 0;
  for (const row of rows) {
    assert.equal(row.cells.length, TOPICS.length, `${row.id}: a cell per topic`);
    row.cells.forEach((status, i) => {
      const topic = TOPICS[i];
      const [path, anchor] = cellHref(row.id, topic).split('#');
      const page = pageOf.get(path);
      assert.ok(page, `${row.id}: the cell for ${topic.id} links ${path}, which is not a page`);
      const clause = page.clauses.find((c) => c.anchor === anchor);
      if (status === null) {
        assert.equal(clause, undefined, `${row.id}: "not addressed" cell for ${topic.id}, but a clause`);
        assert.ok(
          page.notAddressed.includes(topic.label),
          `${row.id}: ${topic.label} not listed as not addressed`,
        );
        return;
      }
      links += 1;
      assert.ok(clause, `${row.id}: the cell for ${topic.id} links #${anchor}, which its page does not have`);
      assert.equal(clause.status, status, `${row.id}.${topic.id}: the cell and the page disagree`);
    });
  }
  assert.ok(links > 500, `only ${links} cell links`);
});

test('clause anchors are unique and never clash with the pages’ section ids', () => {
  const anchors = TOPICS.map((t) => t.anchor);
  assert.equal(new Set(anchors).size, anchors.length);
  for (const id of ['clauses', 'versions', 'models', 'how-to-read', 'matrix']) {
    assert.ok(!anchors.includes(id), `topic anchor "${id}" clashes with a section heading`);
  }
  for (const a of anchors) assert.match(a, /^[a-z]+(-[a-z]+)*$/);
});

test('an unread document is flagged on its page and in the matrix, with its reason', async () => {
  const {routes, data} = await built;
  const {rows} = JSON.parse(data.get(MATRIX_DATA)!) as LicensesMatrixData;
  const unread = DOCUMENTS.filter(isUnread);
  assert.ok(unread.length > 0, 'the library has unread documents to flag');
  for (const doc of DOCUMENTS) {
    const page = routes.find((r) => r.path === `/licenses/${doc.id}/`)!.props as unknown as DocumentPageProps;
    const row = rows.find((r) => r.id === doc.id)!;
    if (isUnread(doc)) {
      assert.equal(page.unread, doc.unread, `${doc.id}: the page gives the reason`);
      assert.ok(row.unread, `${doc.id}: flagged in the matrix`);
      // An unread text is never said not to address a topic: its notes' gaps are "not checked".
      assert.deepEqual(page.notAddressed, []);
      assert.ok(row.cells.every((c) => c !== null));
    } else {
      assert.equal(page.unread, null, `${doc.id} was read`);
      assert.equal(row.unread, false);
    }
  }
  const summary = routes.find((r) => r.path === '/licenses/')!.props as unknown as LicensesPageProps;
  assert.equal(summary.unread, unread.length);
  assert.equal(summary.read + summary.unread, DOCUMENTS.length);
  assert.equal(summary.rows.length, DOCUMENTS.length);
});

test('titles are unique, and every page names its versions oldest first with a pinned https URL', async () => {
  const {routes} = await built;
  const pages = routes
    .filter((r) => r.path !== '/licenses/')
    .map((r) => r.props as unknown as DocumentPageProps);
  const titles = pages.map((p) => p.title);
  assert.equal(new Set(titles).size, titles.length, 'two document pages share a title');
  for (const p of pages) {
    assert.ok(p.description.length > 50, `${p.document.id}: description too short`);
    assert.ok(p.versions.length > 0);
    assert.ok(p.versions.at(-1)!.current);
    assert.equal(p.versions.filter((v) => v.current).length, 1);
    for (let i = 1; i < p.versions.length; i++) assert.ok(p.versions[i - 1].date <= p.versions[i].date);
    for (const v of p.versions) assert.match(v.url, /^https:\/\//);
  }
});

test('a document that replaced another links it, and the earlier one links back', async () => {
  const {routes} = await built;
  const page = (id: string) =>
    routes.find((r) => r.path === `/licenses/${id}/`)!.props as unknown as DocumentPageProps;
  const withFollows = DOCUMENTS.filter((d) => d.follows);
  assert.ok(withFollows.length > 0);
  for (const d of withFollows) {
    assert.equal(page(d.id).follows?.id, d.follows);
    assert.ok(
      page(d.follows!).followedBy.some((l) => l.id === d.id),
      `${d.follows} does not link ${d.id}`,
    );
  }
});

test('models under a document: those released under it and those reaching it through a channel', async () => {
  const {routes} = await built;
  const input = termsInput();
  const page = (id: string) =>
    routes.find((r) => r.path === `/licenses/${id}/`)!.props as unknown as DocumentPageProps;
  for (const model of input.models) {
    const docs = new Set([model.license, ...input.channelsOf(model.id).flatMap((c) => c.documents)]);
    for (const id of docs) {
      if (!DOCUMENTS.some((d) => d.id === id)) continue; // "proprietary" is a record, not a document
      const listed = page(id).models.flatMap((g) => g.models.map((m) => m.id));
      assert.ok(listed.includes(model.id), `${model.id} is missing from /licenses/${id}/`);
    }
  }
});

/* ------------------------------------------------------------------ builders, on fixtures */

const PIN = {
  url: 'https://github.com/o/r/blob/0123456789012345678901234567890123456789/LICENSE',
  pin: 'commit',
  readOn: '2026-12-07',
} as const;
const c = (status: ClauseStatus) => ({status, section: '§1', note: `${status}.`});
function doc(id: string, clauses: Clauses, extra: Partial<ResolvedDocument> = {}): ResolvedDocument {
  return {
    id,
    name: `Doc ${id}`,
    kind: 'license',
    audience: 'weights',
    url: 'https://example.org/t',
    summary: 'It allows things. It forbids others.',
    versions: [{date: '2026-01-01', source: PIN, clauses}],
    ...extra,
  };
}

function fixtureInput(documents: ResolvedDocument[], unread: Record<string, string> = {}): DocumentInput {
  return {
    documents,
    makerName: (id) => ({acme: 'Acme'})[id],
    unreadReason: (d) => unread[d.id],
    channels: [{id: 'acme-api', name: 'Acme API', documents: ['terms']}],
    models: [
      {id: 'm1', name: 'Model One', license: 'lic'},
      {id: 'm2', name: 'Model Two', license: 'other'},
    ],
    channelsOf: (id) =>
      id === 'm1'
        ? [
            {
              id: 'weights:lic',
              kind: 'weights',
              name: 'Downloaded weights, under Doc lic',
              documents: ['lic', 'aup'],
            },
          ]
        : [{id: 'acme-api', kind: 'api', name: 'Acme API', documents: ['terms', 'aup']}],
  };
}

test('a page lists the current clauses in topic order, the rest as not addressed, and the policy it names', () => {
  const lic = doc('lic', {
    derivatives: c('yes'),
    commercialUse: c('conditional'),
    acceptableUsePolicy: {...c('yes'), policy: 'aup'},
    regionExclusion: {...c('yes'), regions: ['Nowhere'], appliesTo: 'multimodal'},
  });
  const aup = doc(
    'aup',
    {acceptableUsePolicy: c('yes')},
    {kind: 'usage-policy', provider: 'acme', name: 'Usage Policy'},
  );
  const props = documentPageProps(lic, fixtureInput([lic, aup]));
  assert.deepEqual(
    props.clauses.map((x) => x.topic),
    ['commercialUse', 'derivatives', 'acceptableUsePolicy', 'regionExclusion'],
  );
  assert.deepEqual(props.clauses[2].policy, {id: 'aup', name: 'Usage Policy'});
  assert.deepEqual(props.clauses[3].details, ['Regions (for its multimodal models): Nowhere.']);
  assert.equal(props.notAddressed.length, TOPICS.length - 4);
  assert.equal(props.unread, null);
  assert.deepEqual(
    props.models.map((g) => [g.id, g.models.map((m) => m.id)]),
    [['license', ['m1']]],
  );
  const policy = documentPageProps(aup, fixtureInput([lic, aup]));
  assert.deepEqual(policy.namedBy, [{id: 'lic', name: 'Doc lic'}]);
  assert.equal(policy.title, 'Usage Policy (Acme): what it allows, clause by clause');
  // Reached through a download (the license names it) and through the API channel.
  assert.deepEqual(
    policy.models.map((g) => [g.label, g.models.map((m) => m.name)]),
    [
      ['Downloaded weights, under Doc lic', ['Model One']],
      ['Acme API', ['Model Two']],
    ],
  );
});

test('an unread document: its reason, and every topic its notes leave out is "not checked"', () => {
  const lic = doc('lic', {commercialUse: c('yes')});
  const input = fixtureInput([lic], {lic: 'Its text is out of reach.'});
  const props = documentPageProps(lic, input);
  assert.equal(props.unread, 'Its text is out of reach.');
  assert.equal(props.clauses.length, TOPICS.length);
  assert.ok(props.clauses.slice(1).every((x) => x.status === 'not-checked'));
  const [row] = matrixRows(input);
  assert.equal(row.unread, true);
  assert.deepEqual(row.cells.slice(0, 2), ['yes', 'not-checked']);
});

test('versions: oldest first, the last current; earlier ones list what was read then', () => {
  const lic = doc(
    'lic',
    {},
    {
      versions: [
        {date: '2025-01-01', label: 'v1', source: PIN, clauses: {commercialUse: c('no')}},
        {
          date: '2026-01-01',
          source: {...PIN, pin: 'open-terms-archive'},
          changes: 'Opened up.',
          clauses: {commercialUse: c('yes')},
        },
      ],
    },
  );
  const props = documentPageProps(lic, fixtureInput([lic]));
  assert.deepEqual(
    props.versions.map((v) => [v.date, v.current, v.read.map((r) => `${r.label}: ${r.status}`)]),
    [
      ['2025-01-01', false, ['Commercial use: no']],
      ['2026-01-01', true, []],
    ],
  );
  assert.equal(props.versions[1].changes, 'Opened up.');
  assert.ok(props.openTermsArchive);
  assert.equal(props.clauses[0].status, 'yes', 'answers come from the current version');
});

test('names and descriptions', () => {
  assert.equal(nameWithProvider('Usage Policy', 'Anthropic'), 'Usage Policy (Anthropic)');
  assert.equal(nameWithProvider('Mistral AI Usage Policy', 'Mistral AI'), 'Mistral AI Usage Policy');
  assert.equal(nameWithProvider('MIT License', null), 'MIT License');
  assert.equal(nameWithProvider('The CogVideoX License', 'Z.ai (Zhipu AI)'), 'The CogVideoX License (Z.ai)');
  assert.equal(nameWithProvider('Tencent Hunyuan License', 'Tencent (Hunyuan)'), 'Tencent Hunyuan License');
  assert.equal(firstSentence('One. Two.'), 'One.');
  assert.equal(firstSentence('a '.repeat(200), 20).length <= 20, true);
});

/* ------------------------------------------------------------------ filter and sort */

const facts: RowFacts[] = [
  {id: 'b', name: 'Beta terms', kind: 'terms-of-service', provider: 'acme', date: '2026-05-01'},
  {id: 'a', name: 'alpha license', kind: 'license', provider: 'acme', date: '2024-01'},
  {id: 'm', name: 'MIT', kind: 'license', provider: NO_PROVIDER, date: '2026-04-13'},
  {id: 'p', name: 'Policy', kind: 'usage-policy', provider: 'zed', date: '2025-02-02'},
];

test('the default order groups by kind, general licenses first, then provider and name', () => {
  assert.deepEqual(matrixView(facts, DEFAULT_MATRIX_STATE).order, ['m', 'a', 'b', 'p']);
});

test('sort by name (case-insensitive) or by date (newest first on the first click)', () => {
  assert.deepEqual(matrixView(facts, {...DEFAULT_MATRIX_STATE, sort: 'name', dir: 'asc'}).order, [
    'a',
    'b',
    'm',
    'p',
  ]);
  assert.deepEqual(matrixView(facts, {...DEFAULT_MATRIX_STATE, sort: 'date', dir: 'desc'}).order, [
    'b',
    'm',
    'p',
    'a',
  ]);
  assert.deepEqual(matrixView(facts, {...DEFAULT_MATRIX_STATE, sort: 'kind', dir: 'desc'}).order, [
    'p',
    'b',
    'm',
    'a',
  ]);
});

test('filter by kind and provider, and "no provider" for general licenses', () => {
  const shown = (s: Partial<typeof DEFAULT_MATRIX_STATE>) =>
    [...matrixView(facts, {...DEFAULT_MATRIX_STATE, ...s}).shown].sort();
  assert.deepEqual(shown({kind: 'license'}), ['a', 'm']);
  assert.deepEqual(shown({provider: 'acme'}), ['a', 'b']);
  assert.deepEqual(shown({kind: 'license', provider: NO_PROVIDER}), ['m']);
  assert.deepEqual(shown({kind: 'usage-policy', provider: 'acme'}), []);
  assert.equal(matrixView(facts, DEFAULT_MATRIX_STATE).shown.size, facts.length);
});

test('URL state: parsed against known values, serialised without defaults, other parameters kept', () => {
  const providers = ['acme', NO_PROVIDER];
  assert.deepEqual(parseMatrixState('', providers), DEFAULT_MATRIX_STATE);
  assert.deepEqual(parseMatrixState('?kind=license&provider=acme&sort=date', providers), {
    kind: 'license',
    provider: 'acme',
    sort: 'date',
    dir: 'desc',
  });
  assert.deepEqual(
    parseMatrixState('?kind=nope&provider=evil&sort=drop&dir=sideways', providers),
    DEFAULT_MATRIX_STATE,
  );
  assert.equal(serializeMatrixState(DEFAULT_MATRIX_STATE, '?docusaurus-theme=dark'), 'docusaurus-theme=dark');
  const state = {kind: 'usage-policy', provider: 'acme', sort: 'name', dir: 'asc'} as const;
  const search = serializeMatrixState(state, '?kind=license&x=1');
  assert.equal(search, 'x=1&kind=usage-policy&provider=acme&sort=name&dir=asc');
  assert.deepEqual(parseMatrixState(search, providers), state);
});
