/**
 * The citation remark plugin (src/plugins/cite/): numbering by first use, reused numbers, the page
 * source list, callout sources, one marker per single-source table row, and a build failure that
 * names the file and the id for an unknown source. Runs on fixture records, and once on the real
 * docs to check that every page resolves.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import {PAGE_SOURCES_ID, transformCitations, type MdNode} from '../../src/plugins/cite';
import type {Source} from '../../src/domain/types';

const fixtures: Source[] = [
  {
    id: 'alpha',
    title: 'Alpha paper',
    publisher: 'Alpha Lab',
    url: 'https://a.example/',
    published: '2025-08-05',
    kind: 'primary',
    topic: 'models',
  },
  {
    id: 'beta',
    title: 'Beta news',
    publisher: 'Beta Times',
    url: 'https://b.example/',
    asOf: '2026-06',
    kind: 'secondary',
    topic: 'models',
  },
  {
    id: 'gamma',
    title: 'Gamma card',
    publisher: 'Gamma Org',
    url: 'https://g.example/',
    published: '2024',
    kind: 'primary',
    topic: 'models',
  },
];
const lookup = (id: string) => fixtures.find((s) => s.id === id);

function parse(mdx: string): MdNode {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as unknown as MdNode;
}

function run(mdx: string, file = '/site/docs/page.mdx'): MdNode {
  const tree = parse(mdx);
  transformCitations(tree, file, {getSource: lookup});
  return tree;
}

function all(node: MdNode, pred: (n: MdNode) => boolean, out: MdNode[] = []): MdNode[] {
  if (pred(node)) out.push(node);
  for (const c of node.children ?? []) all(c, pred, out);
  return out;
}

const attrs = (node: MdNode): Record<string, string | null> =>
  Object.fromEntries(
    (node.attributes ?? []).map((a) => [
      a.name ?? '',
      typeof a.value === 'string' || a.value === null ? a.value : '{expr}',
    ]),
  );

const markers = (tree: MdNode) => all(tree, (n) => n.name === 'Cite').map(attrs);
const listed = (tree: MdNode) => all(tree, (n) => n.name === 'PageSource').map(attrs);

test('markers are numbered by first use and a source cited again reuses its number', () => {
  const tree = run(
    'One <Cite id="beta" />. Two <Cite id="alpha" />.\n\nThree <Cite id="beta" /> and <Cite id="gamma" />.\n',
  );
  assert.deepEqual(
    markers(tree).map((m) => [m.id, m.n]),
    [
      ['beta', '1'],
      ['alpha', '2'],
      ['beta', '1'],
      ['gamma', '3'],
    ],
  );
  // Only the first marker of a source carries the anchor the list links back to.
  assert.deepEqual(
    markers(tree).map((m) => 'first' in m),
    [true, true, false, true],
  );
});

test('markers carry the resolved record: publisher, title, url, formatted date, kind', () => {
  const [beta, alpha] = markers(run('A <Cite id="beta" /> B <Cite id="alpha" />'));
  assert.equal(beta.publisher, 'Beta Times');
  assert.equal(beta.title, 'Beta news');
  assert.equal(beta.url, 'https://b.example/');
  assert.equal(beta.date, 'as of June 2026');
  assert.equal(beta.kind, 'secondary');
  assert.equal(alpha.date, '5 August 2025');
});

test('the page source list follows the markers, in number order, after a "Sources on this page" heading', () => {
  const tree = run(
    'x <Cite id="gamma" /> y <Cite id="alpha" /> z <Cite id="gamma" /> w <Cite id="beta" />\n\n## Last {/* #last */}\n\nEnd.\n',
  );
  assert.deepEqual(
    listed(tree).map((e) => [e.n, e.id, e.publisher]),
    [
      ['1', 'gamma', 'Gamma Org'],
      ['2', 'alpha', 'Alpha Lab'],
      ['3', 'beta', 'Beta Times'],
    ],
  );
  const [heading, list] = tree.children!.slice(-2);
  assert.equal(heading.type, 'heading');
  assert.equal(heading.depth, 2);
  assert.equal((heading.data?.hProperties as Record<string, string>).id, PAGE_SOURCES_ID);
  assert.equal(list.name, 'PageSources');
});

test('a page without citations gets no source list', () => {
  const tree = run('Plain text.\n');
  assert.equal(listed(tree).length, 0);
  assert.equal(all(tree, (n) => n.type === 'heading').length, 0);
});

test('the space before a marker is removed so it sits against the word', () => {
  const tree = run('Claim <Cite id="alpha" /> <Cite id="beta" />.\n');
  const paragraph = tree.children![0];
  assert.deepEqual(
    paragraph.children!.map((c) => (c.type === 'text' ? c.value : c.name)),
    ['Claim', 'Cite', '', 'Cite', '.'],
  );
});

test('an unknown id fails with the file and the id in the message', () => {
  assert.throws(
    () =>
      run(
        'Fine <Cite id="alpha" />, planted <Cite id="no-such-source" />.\n',
        path.join(process.cwd(), 'docs/x/planted.mdx'),
      ),
    (err: Error) => {
      assert.match(err.message, /docs\/x\/planted\.mdx/);
      assert.match(err.message, /<Cite id="no-such-source" \/> names no source/);
      return true;
    },
  );
});

test('an unknown source on a callout fails the same way', () => {
  assert.throws(
    () => run('<Myth claim="c" source="nope">\nText.\n</Myth>\n'),
    /page\.mdx: <Cite id="nope" \/> names no source/,
  );
});

test('a <Cite> without an id, or with an expression id, fails naming the file', () => {
  assert.throws(() => run('Text <Cite />.\n'), /page\.mdx: <Cite \/> without an id/);
  assert.throws(() => run('Text <Cite id={x} />.\n'), /page\.mdx: <Cite id=…> must be a plain string/);
});

test('Myth and KeyFigure sources become numbered markers in reading order', () => {
  const tree = run(
    'Intro <Cite id="gamma" />.\n\n<Myth claim="A claim." source="alpha">\nCorrection with <Cite id="beta" /> inside.\n</Myth>\n\n<KeyFigure value="4" label="Months" source="gamma" />\n',
  );
  assert.deepEqual(
    markers(tree).map((m) => [m.id, m.n]),
    [
      ['gamma', '1'],
      ['beta', '2'],
      ['alpha', '3'],
      ['gamma', '1'],
    ],
  );
  const myth = all(tree, (n) => n.name === 'Myth')[0];
  assert.equal(attrs(myth).source, undefined, 'the source attribute is consumed');
  const lastParagraph = myth.children!.at(-1)!;
  assert.equal(lastParagraph.type, 'paragraph');
  assert.equal(lastParagraph.children!.at(-1)!.name, 'Cite', 'the Myth marker ends its last paragraph');
  const figure = all(tree, (n) => n.name === 'KeyFigure')[0];
  assert.equal(attrs(figure).source, undefined);
  assert.equal(figure.children![0].name, 'Cite');
});

test('a table row whose markers all name one source keeps one marker, at the row end', () => {
  const tree = run(
    [
      '| Model | License | Note |',
      '|---|---|---|',
      '| A <Cite id="alpha" /> | MIT <Cite id="alpha" /> | fine <Cite id="alpha" /> |',
      '| B | Apache <Cite id="alpha" /> | other <Cite id="beta" /> |',
      '',
    ].join('\n'),
  );
  const rows = all(tree, (n) => n.type === 'tableRow');
  const idsIn = (row: MdNode) => all(row, (n) => n.name === 'Cite').map((c) => attrs(c).id);
  assert.deepEqual(idsIn(rows[1]), ['alpha']);
  const lastCell = rows[1].children!.at(-1)!;
  assert.equal(all(lastCell, (n) => n.name === 'Cite').length, 1, 'the kept marker is in the last cell');
  assert.deepEqual(idsIn(rows[2]), ['alpha', 'beta'], 'rows with two sources keep both');
});

test('the same source twice in a row collapses to one marker', () => {
  const tree = run('Claim <Cite id="alpha" /> <Cite id="alpha" /> and <Cite id="beta" />.\n');
  assert.deepEqual(
    markers(tree).map((m) => m.id),
    ['alpha', 'beta'],
  );
});

test('citations in a partial are refused with an explanation', () => {
  assert.throws(
    () => run('Text <Cite id="alpha" />.\n', '/site/docs/_partials/_short.mdx'),
    /_short\.mdx: citations in a partial are not supported/,
  );
  assert.doesNotThrow(() => run('No citations.\n', '/site/docs/_partials/_short.mdx'));
});

test('every docs page resolves against the real source records, and each list matches its markers', () => {
  const root = path.join(process.cwd(), 'docs');
  const files = fs
    .readdirSync(root, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.join(root, f));
  assert.ok(files.length > 10, `found ${files.length} docs`);
  let cited = 0;
  for (const file of files) {
    const raw = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const tree = parse(raw);
    transformCitations(tree, file);
    const seen = new Map<string, string>();
    for (const m of markers(tree)) if (!seen.has(m.id!)) seen.set(m.id!, m.n!);
    assert.deepEqual(
      listed(tree).map((e) => [e.id, e.n]),
      [...seen.entries()],
      `${file}: list and markers agree`,
    );
    if (seen.size > 0) cited += 1;
  }
  assert.ok(cited > 10, `${cited} pages cite sources`);
});
