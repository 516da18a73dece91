/**
 * The search re-ranker (src/lib/searchRank.ts, issue #26 §4): one fixture per signal, each with
 * candidates Pagefind ranked the wrong way round, and a check that without the signal the order
 * would not change.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {phraseMatch, queryWords, rerank, words, type RankCandidate} from '../../src/lib/searchRank';
import {pagefindQuery, withHighlight} from '../../src/lib/searchQuery';

const urls = (q: string, cs: RankCandidate[]) => rerank(q, cs).map((c) => c.url);

test('words: lower case, accents folded, plurals singular, "gpt-oss" and "3.1" kept whole', () => {
  assert.deepEqual(words('Is Tülu 3.1 gpt-oss Licenses?'), ['is', 'tulu', '3.1', 'gpt-oss', 'license']);
  assert.deepEqual(queryWords('which model should I use'), ['model']);
  assert.deepEqual(queryWords('is it'), ['is', 'it'], 'a query of filler only is kept as typed');
});

test('the query as typed in a title, heading or keyword lifts that page above a higher Pagefind score', () => {
  const chooser = {
    score: 0.5,
    url: '/chooser/',
    title: 'Which should I use?',
    keywords: 'chooser, which model should I use',
  };
  const explorer = {score: 1, url: '/models/', title: 'Model explorer'};
  assert.equal(phraseMatch(words('which model should I use'), chooser), true);
  assert.deepEqual(urls('which model should I use', [explorer, chooser]), ['/chooser/', '/models/']);
  assert.deepEqual(urls('model', [explorer, chooser]), ['/models/', '/chooser/']);
});

test('a page whose slug is the question outranks a product page with the same title', () => {
  const product = {score: 1, url: '/models/chatgpt/', title: 'Is ChatGPT open source?'};
  const guide = {score: 0.9, url: '/guide/is-chatgpt-open-source/', title: 'Is ChatGPT open source?'};
  assert.deepEqual(urls('is chatgpt open source', [product, guide]), [guide.url, product.url]);
});

test('the closer heading wins among sections that hold the same words', () => {
  const osi = {
    score: 1,
    url: '/guide/open-source/#osi',
    title: 'What does open source mean?',
    section: 'Who decides: OSI and the Open Source Definition',
  };
  const osaid = {
    score: 0.999,
    url: '/guide/open-source-vs-open-weights/#osaid',
    title: 'Open source AI vs open weights',
    section: 'The OSI Open Source AI Definition',
  };
  assert.deepEqual(urls('OSI definition', [osi, osaid]), [osaid.url, osi.url]);
});

test('version pages step back behind their family page unless the query names the version', () => {
  const v1 = {score: 1, url: '/models/llama-1/', title: 'Is LLaMA (1) open source?'};
  const v3 = {score: 1, url: '/models/llama-3/', title: 'Is Llama 3 open source?'};
  const family = {score: 0.7, url: '/models/llama/', title: 'Is Llama open source?'};
  assert.equal(urls('llama', [v1, v3, family])[0], family.url);
  assert.equal(urls('llama 3', [v1, v3, family])[0], v3.url);
});

test('lists of everything (sources, glossary, changes) count half', () => {
  const sources = {score: 1, url: '/guide/sources/#topic-gpt-oss', title: 'Sources', section: 'gpt-oss'};
  const guide = {score: 0.9, url: '/guide/gpt-oss/', title: "gpt-oss: OpenAI's open-weight models"};
  assert.deepEqual(urls('gpt-oss', [sources, guide]), [guide.url, sources.url]);
});

test('equal scores keep Pagefind’s order, and URLs with ?highlight= rank by their path', () => {
  const a = {score: 1, url: '/guide/a/?highlight=x#s', title: 'A', section: 'x'};
  const b = {score: 1, url: '/guide/b/?highlight=x#s', title: 'B', section: 'x'};
  assert.deepEqual(urls('x', [a, b]), [a.url, b.url]);
  assert.deepEqual(urls('x', [b, a]), [b.url, a.url]);
});

test('result links highlight the topic words only', () => {
  assert.equal(
    withHighlight('/guide/x/?highlight=is&highlight=llama#faq', ['llama', 'open']),
    '/guide/x/?highlight=llama&highlight=open#faq',
  );
});

test('Pagefind is asked for the rarer words only: filler and words on every page cost an index chunk each', () => {
  assert.equal(pagefindQuery('is chatgpt open source'), 'chatgpt');
  assert.equal(pagefindQuery('cost of self-hosting'), 'cost self-hosting');
  assert.equal(pagefindQuery('open weights'), 'open weights', 'nothing rarer: the topic words');
  assert.equal(pagefindQuery('is it'), 'is it', 'nothing but filler: as typed');
});

test('the rubric words every model page rates are site-wide too: "olmo training data" asks for "olmo"', () => {
  assert.equal(pagefindQuery('olmo training data'), 'olmo');
  assert.equal(pagefindQuery('training data'), 'training data', 'nothing rarer: asked as typed');
});
