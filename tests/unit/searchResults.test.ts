import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  SEARCH_DOC_TYPE as T,
  destinationOf,
  dropNavbarCrumbs,
  interleaveModelPages,
  markTrees,
  mergeDuplicateResults,
  modelPageMatcher,
  type SearchDoc,
  type SearchHit,
} from '../../src/lib/searchResults';
import searchResultsPlugin, {isUpstreamImport, UPSTREAM_REQUEST} from '../../src/plugins/search';

const page: SearchDoc = {i: 1, t: 'Open alternatives to ChatGPT', u: '/guide/open-alternatives/'};
const other: SearchDoc = {i: 50, t: 'FAQ', u: '/guide/faq/'};

function hit(type: number, document: SearchDoc, onPage: SearchDoc | false = page): SearchHit {
  return {document, type, page: type === T.Title ? false : onPage};
}

const heading = hit(T.Heading, {i: 2, t: 'The Llama family and its licenses', u: page.u, h: '#llama', p: 1});
const content = hit(T.Content, {
  i: 3,
  t: "Meta's LLaMA was offered case by case to researchers",
  s: 'The Llama family and its licenses',
  u: page.u,
  h: '#llama',
  p: 1,
});

test('a heading and the text under it become one result, with the excerpt, in the heading’s place', () => {
  const faqHeading = hit(
    T.Heading,
    {i: 51, t: 'Is Llama open source?', u: other.u, h: '#is-llama', p: 50},
    other,
  );
  const merged = mergeDuplicateResults([heading, faqHeading, content]);
  assert.deepEqual(
    merged.map((h) => h.document.i),
    [3, 51],
  );
  assert.equal(merged[0].type, T.Content, 'the kept result carries the section text');
  assert.equal(destinationOf(merged[0]), '/guide/open-alternatives/#llama');
});

test('a page’s title, description and keywords hits become one result', () => {
  const title = hit(T.Title, page);
  const keywords = hit(T.Keywords, {i: 4, t: 'llama license, open weights', s: page.t, u: page.u, p: 1});
  const description = hit(T.Description, {
    i: 5,
    t: 'Llama, DeepSeek, Qwen and more',
    s: page.t,
    u: page.u,
    p: 1,
  });
  const merged = mergeDuplicateResults([title, keywords, description, heading]);
  assert.deepEqual(
    merged.map((h) => h.document.i),
    [5, 2],
  );
});

test('the first of two hits without an excerpt wins, and distinct destinations are all kept', () => {
  const title = hit(T.Title, page);
  const keywords = hit(T.Keywords, {i: 4, t: 'llama license', s: page.t, u: page.u, p: 1});
  assert.deepEqual(
    mergeDuplicateResults([title, keywords]).map((h) => h.document.i),
    [1],
  );
  const distinct = [heading, hit(T.Heading, {i: 9, t: 'DeepSeek', u: page.u, h: '#deepseek', p: 1})];
  assert.equal(mergeDuplicateResults(distinct).length, 2);
  assert.deepEqual(mergeDuplicateResults([]), []);
});

test('no destination appears twice after merging, whatever the mix', () => {
  const hits: SearchHit[] = [];
  for (let i = 0; i < 40; i += 1) {
    const type = [T.Title, T.Heading, T.Description, T.Keywords, T.Content][i % 5];
    const hash = type === T.Heading || type === T.Content ? `#s${i % 3}` : undefined;
    hits.push(hit(type, {i: 100 + i, t: `t${i}`, u: `/p${i % 4}/`, h: hash, p: 1}));
  }
  const merged = mergeDuplicateResults(hits);
  const destinations = merged.map(destinationOf);
  assert.equal(new Set(destinations).size, destinations.length);
  assert.equal(merged.length, new Set(hits.map(destinationOf)).size);
});

test('tree flags are recomputed: sections nest under their page’s own result, the last one closes it', () => {
  const title = hit(T.Title, page);
  const stale = {...hit(T.Heading, {i: 8, t: 'Qwen', u: page.u, h: '#qwen', p: 1}), isInterOfTree: true};
  const trees = markTrees([
    title,
    heading,
    stale,
    hit(T.Heading, {i: 52, t: 'x', u: other.u, h: '#x', p: 50}, other),
  ]);
  assert.equal(trees[0].isInterOfTree ?? trees[0].isLastOfTree, undefined, 'the page result is the root');
  assert.equal(trees[1].isInterOfTree, true);
  assert.equal(trees[2].isLastOfTree, true);
  assert.equal(trees[2].isInterOfTree, undefined, 'a stale flag from the plugin is dropped');
  assert.equal(
    trees[3].isInterOfTree ?? trees[3].isLastOfTree,
    undefined,
    'no root for that page: not nested',
  );
  assert.equal(stale.isInterOfTree, true, 'inputs are not mutated');
});

test('the bundler swap targets only the search plugin’s own import', () => {
  const ctx = '/x/node_modules/@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar';
  assert.equal(isUpstreamImport('../searchByWorker', ctx), true);
  assert.equal(isUpstreamImport('../searchByWorker', '/x/src/components/Foo'), false);
  assert.equal(isUpstreamImport('./searchByWorker', ctx), false);
  assert.equal(
    UPSTREAM_REQUEST.test('@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker'),
    false,
  );
  const plugin = searchResultsPlugin();
  // Each replacement the plugin registers, tried on the requests it must (and must not) catch.
  const requests = [
    {request: '../searchByWorker', context: ctx},
    {request: '../searchByWorker', context: '/x/src/components/Foo'},
    {request: '/x/node_modules/mark.js/dist/mark.js', context: '/x/.docusaurus/search'},
    {request: 'site-search-mark', context: '/x/src/plugins/search'},
  ];
  const results = requests.map((r) => ({...r}));
  class FakeReplacementPlugin {
    constructor(re: RegExp, fn: (d: {request: string; context: string}) => void) {
      for (const data of results) if (re.test(data.request)) fn(data);
    }
  }
  const utils = {
    currentBundler: {name: 'rspack', instance: {NormalModuleReplacementPlugin: FakeReplacementPlugin}},
  };
  // @ts-expect-error: a minimal stand-in for the bundler utilities the plugin uses.
  const config = plugin.configureWebpack?.({}, false, utils, undefined) as {
    resolve: {alias: Record<string, string>};
  };
  assert.match(results[0].request, /src[\\/]plugins[\\/]search[\\/]searchByWorker\.ts$/);
  assert.equal(results[1].request, '../searchByWorker', 'another module with that name is left alone');
  // mark.js's main file becomes the lazy stand-in, which loads the real one through an alias.
  assert.match(results[2].request, /src[\\/]plugins[\\/]search[\\/]lazyMark\.ts$/);
  assert.equal(results[3].request, 'site-search-mark', 'the alias itself is not swapped');
  const markFile = config.resolve.alias['site-search-mark$'];
  assert.match(markFile, /mark\.js[\\/]dist[\\/]mark\.es6\.js$/);
  assert.ok(fs.existsSync(markFile), `${markFile} exists`);
});

test('a navbar label at the start of a breadcrumb is dropped; sidebar sections stay', () => {
  const crumbed = {...page, b: ['Compare', 'What "open" means']};
  const title = hit(T.Title, crumbed);
  const section = {...heading, page: crumbed};
  const plain = hit(T.Title, {...other, b: ['Reference']});
  const out = dropNavbarCrumbs([title, section, plain], ['The answer', 'Compare', 'Models']);
  assert.deepEqual(out[0].document.b, ['What "open" means']);
  assert.deepEqual(out[1].page && out[1].page.b, ['What "open" means']);
  assert.deepEqual(out[2].document.b, ['Reference']);
  assert.deepEqual(crumbed.b, ['Compare', 'What "open" means'], 'inputs are not mutated');
});

test('at most one model page (or max) comes before the first guide result; none is dropped', () => {
  const isModel = modelPageMatcher('/some-repo/');
  const model = (i: number, id: string) =>
    hit(T.Title, {i, t: `Is ${id} open source?`, u: `/some-repo/models/${id}/`});
  const faq = hit(T.Heading, {
    i: 90,
    t: 'Is Llama open source?',
    u: '/some-repo/guide/faq/',
    h: '#is-llama',
    p: 50,
  });
  const hits = [model(1, 'llama-1'), model(2, 'llama-2'), model(3, 'llama-3'), model(4, 'llama-4'), faq];
  const out = interleaveModelPages(hits, isModel);
  assert.deepEqual(
    out.map((h) => h.document.i),
    [1, 90, 2, 3, 4],
  );
  assert.equal(out.length, hits.length);
  assert.deepEqual(
    interleaveModelPages(hits, isModel, 2).map((h) => h.document.i),
    [1, 2, 90, 3, 4],
  );
  // Already fine: unchanged order.
  const fine = [model(1, 'llama-1'), faq, model(2, 'llama-2'), model(3, 'llama-3')];
  assert.deepEqual(
    interleaveModelPages(fine, isModel).map((h) => h.document.i),
    [1, 90, 2, 3],
  );
  // Only model pages: unchanged.
  assert.deepEqual(
    interleaveModelPages(hits.slice(0, 4), isModel).map((h) => h.document.i),
    [1, 2, 3, 4],
  );
  // The explorer itself and other routes are not model pages.
  assert.equal(isModel('/some-repo/models/'), false);
  assert.equal(isModel('/some-repo/models/kimi-k2/'), true);
  assert.equal(isModel('/models/kimi-k2/'), false, 'outside the base URL');
  assert.equal(modelPageMatcher('/')('/models/olmo-2-32b/'), true);
});
