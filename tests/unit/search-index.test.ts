/**
 * What the search index reads (issue #26): a guide page becomes one record per h2 section, a model
 * page carries its filters and answer as metadata, a tool page its keywords; hidden tags never
 * reach the served HTML (they are written only into the copy Pagefind reads).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {guideRecords, htmlForIndex, pageFacts, withoutIgnored} from '../../src/plugins/search/pagefind';
import {models} from '../../src/data/models';

const doc = (body: string) =>
  `<html><head><meta name="keywords" content="a, b"></head><body><nav>menu</nav><article>` +
  `<div class="theme-doc-markdown markdown"><header><h1>Page title</h1></header>${body}</div>` +
  `<footer class="theme-doc-footer">Edit</footer></article></body></html>`;

test('a guide page is one record per h2 section, with its introduction under the page URL', () => {
  const html = doc(
    '<p>Intro words.</p><h2 class="anchor" id="llama">The Llama family &amp; its licenses<a class="hash-link" href="#llama">\u200b</a></h2>' +
      '<p>Llama text.</p><h3 id="sub">Sub</h3><p>More.</p><h2 id="other">Other</h2><p>Other text.</p>',
  );
  const facts = pageFacts('guide/x/', true)!;
  const records = guideRecords('guide/x/', html, facts);
  assert.deepEqual(
    records.map((r) => r.url),
    ['/guide/x/', '/guide/x/#llama', '/guide/x/#other'],
  );
  const [intro, llama, other] = records.map((r) => r.html);
  assert.match(intro, /<h1>Page title<\/h1><p>Intro words\.<\/p><\/main>/);
  assert.match(
    llama,
    /<h1>The Llama family &amp; its licenses<\/h1><p>Llama text\.<\/p><h3 id="sub">Sub<\/h3><p>More\.<\/p><\/main>/,
  );
  assert.match(llama, /data-pagefind-meta="page:Page title"/);
  assert.match(llama, /data-pagefind-meta="title:The Llama family &amp; its licenses"/);
  assert.doesNotMatch(other, /Edit|menu/, 'the footer and navigation stay out');
  assert.match(other, /data-pagefind-filter="kind:Guide"/);
});

test('a model page carries its kind, outputs, verdict, license kind and maker as filters, its answer as metadata', () => {
  const flux = models.find((m) => m.id === 'flux-1-dev')!;
  const facts = pageFacts('models/flux-1-dev/', false)!;
  assert.equal(facts.kind, 'Model');
  assert.deepEqual(facts.filters.makes, ['Image']);
  assert.deepEqual(facts.filters.maker, [flux.organization]);
  assert.match(facts.meta.answer, /FLUX\.1 \[dev\] Non-Commercial/);
  const html = htmlForIndex(
    '<html><body><main class="m"><h1>Is FLUX open source?</h1></main></body></html>',
    facts,
    false,
  );
  assert.match(html, /<main data-pagefind-body class="m">/);
  assert.match(html, /data-pagefind-filter="makes:Image"/);
  assert.ok(!pageFacts('search/', false), 'the search page is not indexed');
});

test('a tool page indexes its keywords; a page without its content root fails', () => {
  const facts = pageFacts('chooser/', false)!;
  const html = htmlForIndex(
    '<html><head><meta data-rh=true name=keywords content="chooser, which model should I use"/></head><body><main><h1>Which should I use?</h1></main></body></html>',
    facts,
    false,
  );
  // The keywords are indexed as heavy words, and carried as metadata for the re-ranker.
  assert.match(html, /<p data-pagefind-weight="5">chooser, which model should I use<\/p><h1>/);
  assert.match(
    html,
    /<main data-pagefind-body>[^]*data-pagefind-meta="keywords:chooser, which model should I use"/,
  );
  // Filters and metadata sit inside the indexed root (Pagefind reads none in an ignored element).
  assert.doesNotMatch(html, /data-pagefind-ignore/);
  assert.throws(() => htmlForIndex('<html><body></body></html>', facts, false), /no <main> to index/);
});

test('parts marked data-search-ignore are cut whole, even when a guide page is split at their h2s', () => {
  const html = doc(
    '<p>Intro.</p><div data-search-ignore=""><div><section><h2 id="a">A</h2><ul><li>x</ul></section></div>' +
      '<section><h2 id="b">B</h2><p>y</section></div><h2 id="c">C</h2><p>Kept.</p>',
  );
  assert.equal(withoutIgnored('<p>a<div data-search-ignore><div>b</div>c</div>d</p>'), '<p>ad</p>');
  const records = guideRecords('guide/x/', html, pageFacts('guide/x/', true)!);
  assert.deepEqual(
    records.map((r) => r.url),
    ['/guide/x/', '/guide/x/#c'],
  );
  assert.doesNotMatch(records.map((r) => r.html).join(''), /<h2 id="a"|<li>x/);
  assert.throws(() => withoutIgnored('<div data-search-ignore><div>never closed</div>'), /no end tag/);
});
