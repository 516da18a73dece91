/**
 * The citation rule (scripts/lib/citations.ts): a planted uncited figure, date, license or openness
 * claim is caught with its file and line; cited, exempt and non-claim blocks pass.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {claimKind, describeCitationMiss, findUncitedClaims} from '../../scripts/lib/citations';

const page = (body: string) =>
  `---\ntitle: "T"\nlast_update:\n  date: 2026-11-27\n---\n\nimport X from 'y';\n\n${body}\n`;

test('claimKind spots figures, dates, licenses and openness claims, not model names or versions', () => {
  assert.equal(claimKind('It costs $5 per million tokens.'), 'figure');
  assert.equal(claimKind('It has 117B parameters.'), 'figure');
  assert.equal(claimKind('About 27% of tokens.'), 'figure');
  assert.equal(claimKind('Released in August 2025.'), 'date');
  assert.equal(claimKind('The weights are under Apache 2.0.'), 'license');
  assert.equal(claimKind('ChatGPT is not open source.'), 'openness claim');
  assert.equal(claimKind('Try gpt-oss-120b or Llama 3.1 or GPT-5.5 or Qwen3.'), '');
  assert.equal(claimKind('See [the page](../x/2025-notes.mdx#a-2024).'), '');
});

test('a planted uncited figure fails, naming the file, the line and why', () => {
  const misses = findUncitedClaims(
    'docs/x.mdx',
    page('Intro without facts.\n\nGPT-5.5 costs $5 per million input tokens.'),
  );
  assert.equal(misses.length, 1);
  assert.equal(misses[0].line, 11);
  assert.equal(misses[0].because, 'figure');
  assert.match(
    describeCitationMiss(misses[0]),
    /^docs\/x\.mdx:11: paragraph states a figure without a <Cite>/,
  );
});

test('the same claim with a citation in its paragraph, item or row passes', () => {
  const body = [
    'GPT-5.5 costs $5 per million input tokens,',
    'according to the price list <Cite id="p" />.',
    '',
    '- Released in 2025 <Cite id="a" />.',
    '',
    '| Model | License |',
    '| --- | --- |',
    '| gpt-oss | Apache 2.0 <Cite id="b" /> |',
  ].join('\n');
  assert.deepEqual(findUncitedClaims('x.mdx', page(body)), []);
});

test('each uncited list item and table row is its own miss; header rows are not claims', () => {
  const body = [
    '- Released in 2025.',
    '- Cited in 2024 <Cite id="a" />.',
    '',
    '| Year 2020 | B |',
    '| --- | --- |',
    '| 2021 | MIT |',
  ].join('\n');
  const misses = findUncitedClaims('x.mdx', page(body));
  assert.deepEqual(
    misses.map((m) => [m.kind, m.line]),
    [
      ['list item', 9],
      ['table row', 14],
    ],
  );
});

test('exempt: code, Myth with a source, own-arithmetic admonitions, cross-references', () => {
  const body = [
    '```bash',
    'echo "costs $5 in 2025"',
    '```',
    '',
    '<Myth claim="X is open source." source="s">',
    'It was released under MIT in 2024.',
    '</Myth>',
    '',
    ':::note[Our arithmetic]',
    '10 million tokens at $5 per million is $50.',
    ':::',
    '',
    '- [gpt-oss](../openai/gpt-oss.mdx): what OpenAI released in 2025.',
  ].join('\n');
  assert.deepEqual(findUncitedClaims('x.mdx', page(body)), []);
});

test('an ordinary admonition is not exempt', () => {
  const misses = findUncitedClaims('x.mdx', page(':::note[Tip]\nLlama 4 came out in 2025.\n:::'));
  assert.equal(misses.length, 1);
});

/** Every .mdx file under docs/, partials included, as repo-relative paths. */
function docsPages(dir = 'docs'): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return docsPages(full);
    return entry.name.endsWith('.mdx') ? [full] : [];
  });
}

test('every page in docs/ passes the citation rule', () => {
  const pages = docsPages();
  assert.ok(pages.length >= 15, `expected the guide's pages under docs/, found ${pages.length}`);
  const misses = pages.flatMap((file) => findUncitedClaims(file, fs.readFileSync(file, 'utf8')));
  assert.equal(
    misses.length,
    0,
    `claims without a <Cite> (cite a source, or mark the guide's own arithmetic or assumption):\n${misses
      .map(describeCitationMiss)
      .join('\n')}`,
  );
});

test('a real page with a planted uncited figure fails at the planted line', () => {
  const file = 'docs/decide/costs.mdx';
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  assert.deepEqual(findUncitedClaims(file, lines.join('\n')), []);
  const at = lines.length;
  const planted = [...lines, '', 'A hosted model costs $0.42 per million tokens.'].join('\n');
  const misses = findUncitedClaims(file, planted);
  assert.equal(misses.length, 1);
  assert.equal(misses[0].line, at + 2);
  assert.match(
    describeCitationMiss(misses[0]),
    new RegExp(`^docs/decide/costs\\.mdx:${at + 2}: paragraph states a figure`),
  );
});
