/**
 * Pure builders behind the site's discoverability: JSON-LD blocks, the BreadcrumbList
 * trailing-slash fix, FAQ extraction from built HTML, robots.txt, llms.txt and the MDX→Markdown
 * conversion for llms-full.txt, and the heading "copy link" URL.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  applyTrailingSlash,
  buildFaqPage,
  buildTechArticle,
  buildWebSite,
  fixBreadcrumbList,
  isoDay,
  serializeJsonLd,
  siteHome,
  type SiteInfo,
} from '../../src/lib/jsonld';
import {addFaqJsonLd, extractFaq} from '../../src/plugins/seo/faq';
import {buildRobotsTxt} from '../../src/plugins/seo/robots';
import {buildLlmsFullTxt, buildLlmsTxt, mdxToMarkdown, stripFrontMatter} from '../../src/plugins/seo/llms';
import {sectionUrl} from '../../src/theme/Heading/copyLink';

const SITE: SiteInfo = {
  url: 'https://example.github.io',
  baseUrl: '/some-repo/',
  title: 'Open or Closed?',
  description: 'A sourced field guide.',
  language: 'en',
};

test('siteHome joins origin and baseUrl with one slash', () => {
  assert.equal(siteHome(SITE), 'https://example.github.io/some-repo/');
  assert.equal(siteHome({url: 'https://x.io/', baseUrl: '/'}), 'https://x.io/');
});

test('WebSite has a SearchAction on <baseUrl>search/?q=', () => {
  const site = buildWebSite(SITE);
  assert.equal(site['@context'], 'https://schema.org');
  assert.equal(site['@type'], 'WebSite');
  assert.equal(site.url, 'https://example.github.io/some-repo/');
  assert.equal(
    site.potentialAction.target.urlTemplate,
    'https://example.github.io/some-repo/search/?q={search_term_string}',
  );
  assert.equal(site.potentialAction['query-input'], 'required name=search_term_string');
});

test('TechArticle carries headline, date, canonical URL and the project as publisher', () => {
  const url = 'https://example.github.io/some-repo/guide/faq/';
  const article = buildTechArticle(SITE, {
    title: 'FAQ',
    description: 'Answers.',
    url,
    lastUpdated: Date.UTC(2026, 10, 23),
    image: 'https://example.github.io/some-repo/img/social/reference.png',
    keywords: ['a', 'b'],
  });
  assert.equal(article['@type'], 'TechArticle');
  assert.equal(article.headline, 'FAQ');
  assert.equal(article.url, url);
  assert.equal(article.dateModified, '2026-11-23');
  assert.equal(article.inLanguage, 'en');
  assert.equal(article.keywords, 'a, b');
  assert.equal(article.isPartOf['@id'], 'https://example.github.io/some-repo/#website');
  assert.equal(article.publisher.name, 'Open or Closed?');
  assert.deepEqual(article.author, article.publisher);
});

test('TechArticle leaves out dateModified when there is no valid date', () => {
  const article = buildTechArticle(SITE, {title: 't', description: 'd', url: 'https://x/'});
  assert.equal('dateModified' in article, false);
  assert.equal(isoDay('not a date'), undefined);
  assert.equal(isoDay(null), undefined);
  assert.equal(isoDay('2026-11-23T00:00:00.000Z'), '2026-11-23');
});

test('FAQPage lists every question with its answer', () => {
  const faq = buildFaqPage('https://x/faq/', [
    {question: 'Q1?', answer: 'A1.'},
    {question: 'Q2?', answer: 'A2.'},
  ]);
  assert.equal(faq['@type'], 'FAQPage');
  assert.equal(faq.mainEntity.length, 2);
  assert.deepEqual(faq.mainEntity[1], {
    '@type': 'Question',
    name: 'Q2?',
    acceptedAnswer: {'@type': 'Answer', text: 'A2.'},
  });
});

test('applyTrailingSlash adds or removes the slash on page URLs only', () => {
  assert.equal(applyTrailingSlash('https://x.io/guide/faq', true), 'https://x.io/guide/faq/');
  assert.equal(applyTrailingSlash('https://x.io/guide/faq/', true), 'https://x.io/guide/faq/');
  assert.equal(applyTrailingSlash('/guide/faq#q', true), '/guide/faq/#q');
  assert.equal(applyTrailingSlash('/guide/faq?x=1', true), '/guide/faq/?x=1');
  assert.equal(applyTrailingSlash('https://x.io/img/card.png', true), 'https://x.io/img/card.png');
  assert.equal(applyTrailingSlash('https://x.io/guide/faq/', false), 'https://x.io/guide/faq');
  assert.equal(applyTrailingSlash('https://x.io/', false), 'https://x.io/');
  assert.equal(applyTrailingSlash('/guide/faq', undefined), '/guide/faq');
});

test('fixBreadcrumbList gives every item the trailing slash and keeps the rest', () => {
  const list = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      {'@type': 'ListItem', position: 1, name: 'Guide', item: 'https://x.io/guide/intro'},
      {'@type': 'ListItem', position: 2, name: 'FAQ', item: 'https://x.io/guide/faq'},
    ],
  };
  const fixed = fixBreadcrumbList(list, true);
  assert.deepEqual(
    fixed.itemListElement.map((i) => i.item),
    ['https://x.io/guide/intro/', 'https://x.io/guide/faq/'],
  );
  assert.equal(fixed.itemListElement[1].name, 'FAQ');
  assert.equal(list.itemListElement[0].item, 'https://x.io/guide/intro', 'input is not mutated');
});

test('serializeJsonLd cannot close the script element', () => {
  const text = serializeJsonLd({text: '</script><script>alert(1)</script>'});
  assert.equal(text.includes('</script'), false);
  assert.deepEqual(JSON.parse(text), {text: '</script><script>alert(1)</script>'});
});

const FAQ_HTML = `<html><head><title>FAQ</title></head><body><article>
<div class="theme-doc-markdown markdown"><header><h1>FAQ</h1></header><p>Intro, not an answer.</p>
<h2 class="anchor" id="q-one">Is it open?<a href="#q-one" class="hash-link" aria-label="Direct link">&#8203;</a></h2>
<p>No. It is closed<sup class="cite" data-cite="gpt4" data-search-ignore>&#8288;<a href="#cite-gpt4"><span aria-hidden="true">[1]</span><span class="sr-only">Source 1: OpenAI, A report</span></a><span class="pop">[1] OpenAI: <a href="https://a.example/">A report</a>, 15 March 2023.</span></sup>.</p>
<ul><li>One &amp; two</li></ul>
<h2 class="anchor" id="q-two">Can I run it?</h2><p>Not   locally.</p>
<h2 class="anchor" id="sources-on-this-page" data-search-ignore data-page-sources>Sources on this page</h2>
<ol data-page-sources><li id="cite-gpt4">OpenAI: <a href="https://a.example/">A report</a>, 15 March 2023.</li></ol>
</div></article></body></html>`;

test('extractFaq reads questions and the visible text of their answers, without markers or the source list', () => {
  const items = extractFaq(FAQ_HTML);
  assert.deepEqual(items, [
    {question: 'Is it open?', answer: 'No. It is closed.\n\nOne & two'},
    {question: 'Can I run it?', answer: 'Not locally.'},
  ]);
});

test('addFaqJsonLd inserts one parseable FAQPage block into <head>', () => {
  const {html, count} = addFaqJsonLd(FAQ_HTML, 'https://x.io/guide/faq/', 'faq/index.html');
  assert.equal(count, 2);
  const match = /<script type="application\/ld\+json">(.*?)<\/script><\/head>/.exec(html);
  assert.ok(match, 'script at the end of head');
  const data = JSON.parse(match[1]);
  assert.equal(data['@type'], 'FAQPage');
  assert.equal(data.mainEntity[0].acceptedAnswer.text.startsWith('No. It is closed'), true);
});

test('addFaqJsonLd fails on a page without questions or with an empty answer', () => {
  assert.throws(() => addFaqJsonLd('<html><head></head><body></body></html>', 'u', 'f.html'), /no <h2 id>/);
  const empty = '<head></head><div class="theme-doc-markdown"><h2 id="a">Q?</h2></div>';
  assert.throws(() => addFaqJsonLd(empty, 'u', 'f.html'), /without an answer: "Q\?"/);
});

test('robots.txt points at the absolute sitemap URL', () => {
  assert.equal(
    buildRobotsTxt('https://x.io/some-repo/sitemap.xml'),
    'User-agent: *\nAllow: /\n\nSitemap: https://x.io/some-repo/sitemap.xml\n',
  );
  assert.throws(() => buildRobotsTxt('/sitemap.xml'), /absolute/);
});

const CTX = {
  cite: (id: string) => `[Pub ${id}, 2025](https://src.example/${id})`,
  link: (href: string) => `https://x.io/guide/${href.replace('../', '').replace('.mdx', '/')}`,
  component: (name: string) => (name === 'SourceList' ? '- a source' : undefined),
};

test('mdxToMarkdown strips MDX and keeps the text', () => {
  const mdx = [
    "import SourceList from '@site/src/components/SourceList';",
    '',
    'Intro <Cite id="osi-osd" /> and [a page](../openai/gpt-oss.mdx#license).',
    '',
    '## What is closed {/* #what-is-closed */}',
    '',
    '<Verdict title="Short answer">',
    'It is closed.',
    '</Verdict>',
    '',
    '<Myth claim="It is open." source="s1">',
    'It is not.',
    '</Myth>',
    '',
    '<KeyFigure value="$1" label="per token" source="s2" />',
    '',
    ':::warning[Prices change]',
    'Check the date.',
    ':::',
    '',
    '```bash',
    'echo "<Cite id=\\"kept\\" />"',
    '```',
    '',
    '<SourceList />',
  ].join('\n');
  const md = mdxToMarkdown(mdx, CTX);
  assert.match(
    md,
    /^Intro \[Pub osi-osd, 2025\]\(https:\/\/src\.example\/osi-osd\) and \[a page\]\(https:\/\/x\.io\/guide\/openai\/gpt-oss\/#license\)\./,
  );
  assert.match(md, /^## What is closed$/m);
  assert.match(md, /\*\*Short answer:\*\* It is closed\./);
  assert.match(
    md,
    /\*\*Common claim \(corrected below\):\*\* It is open\.\n\n\*\*What the sources say:\*\* It is not\. \[Pub s1/,
  );
  assert.match(md, /\*\*Key figure: \$1\.\*\* per token \[Pub s2/);
  assert.match(md, /\*\*Warning: Prices change\*\*\n\nCheck the date\./);
  assert.match(md, /echo "<Cite id=\\"kept\\" \/>"/, 'code blocks are verbatim');
  assert.match(md, /- a source$/);
  assert.doesNotMatch(md, /^import|\{\/\*|:::|<\/?(Verdict|Myth)/m);
});

test('mdxToMarkdown names the price dataset with its version and date', () => {
  const md = mdxToMarkdown('Prices come from <PriceDataset />, curated from vendor pages.', CTX);
  assert.match(
    md,
    /\[@pydantic\/genai-prices \d+\.\d+\.\d+\]\(https:\/\/www\.npmjs\.com\/[^)]+\) \(published \d{4}-\d{2}-\d{2}\)/,
  );
});

test('mdxToMarkdown fails on an unknown component', () => {
  assert.throws(() => mdxToMarkdown('Text <Chart data="x" /> more', CTX), /unconverted MDX "<Chart/);
});

test('stripFrontMatter removes only the leading YAML block', () => {
  assert.equal(stripFrontMatter('---\ntitle: x\n---\nBody\n---\n'), 'Body\n---\n');
});

test('llms.txt follows the convention: H1, blockquote, sections of links', () => {
  const site = {title: 'Open or Closed?', summary: 'A guide.', home: 'https://x.io/'};
  const sections = [
    {title: 'The answer', pages: [{title: 'Is it open?', description: 'No.', url: 'https://x.io/guide/a/'}]},
    {title: 'Reference', pages: [{title: 'FAQ', description: 'Answers.', url: 'https://x.io/guide/faq/'}]},
  ];
  const txt = buildLlmsTxt(site, sections);
  const lines = txt.split('\n');
  assert.equal(lines[0], '# Open or Closed?');
  assert.equal(lines[2], '> A guide.');
  assert.match(
    txt,
    /## The answer\n\n- \[Is it open\?\]\(https:\/\/x\.io\/guide\/a\/\): No\.\n\n## Reference\n\n/,
  );
  const full = buildLlmsFullTxt(site, [
    {
      title: 'The answer',
      pages: [{...sections[0].pages[0], markdown: 'Body text.', lastUpdated: '2026-11-23'}],
    },
  ]);
  assert.match(
    full,
    /^# Is it open\?\n\nURL: https:\/\/x\.io\/guide\/a\/\nSection: The answer\nLast updated: 2026-11-23/m,
  );
  assert.match(full, /Body text\.\n$/);
});

test('the copy-link URL is the page URL without its query, plus the heading id', () => {
  assert.equal(
    sectionUrl({origin: 'https://x.io', pathname: '/some-repo/guide/faq/'}, 'what-is-closed'),
    'https://x.io/some-repo/guide/faq/#what-is-closed',
  );
});
