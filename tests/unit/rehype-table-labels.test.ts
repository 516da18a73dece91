/**
 * src/plugins/rehype-table-labels: Markdown tables compiled by MDX (with GFM, as Docusaurus does)
 * get data-label on body cells, the stacking class and table roles; narrow tables and tables
 * without a header row are left alone.
 * Run: node --import tsx --test tests/unit/rehype-table-labels.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import remarkGfm from 'remark-gfm';
import {parse} from 'node-html-parser';
import rehypeTableLabels, {STACK_CLASS, textOf} from '../../src/plugins/rehype-table-labels';

/**
 * A minimal JSX runtime for MDX's output: elements become HTML text, so the test reads exactly
 * the tags and attributes MDX would hand to React (className as class, other props as given).
 */
const Fragment = Symbol('Fragment');
type Props = Record<string, unknown> & {children?: unknown};
const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
function toHtml(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(toHtml).join('');
  if (typeof value === 'string' || typeof value === 'number') return escape(String(value));
  return String(value);
}
function jsx(type: string | symbol | ((p: Props) => unknown), props: Props): unknown {
  if (typeof type === 'function') return type(props);
  const inner = toHtml(props.children);
  if (type === Fragment) return {toString: () => inner};
  const attrs = Object.entries(props)
    .filter(([k, v]) => k !== 'children' && v !== undefined)
    .map(([k, v]) => ` ${k === 'className' ? 'class' : k}="${escape(String(v))}"`)
    .join('');
  return {toString: () => `<${String(type)}${attrs}>${inner}</${String(type)}>`};
}
const runtime = {jsx, jsxs: jsx, Fragment};

async function render(mdx: string, withPlugin = true): Promise<ReturnType<typeof parse>> {
  // Dynamic import: @mdx-js/mdx and its dependencies are ESM-only, and tests run as CommonJS.
  const {evaluate} = await import('@mdx-js/mdx');
  const {default: Content} = await evaluate(mdx, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: withPlugin ? [rehypeTableLabels] : [],
  });
  return parse(String(Content({})));
}

const WIDE = `
| Model | **License** kind | \`weights\` |
|---|---|---|
| BERT | Apache 2.0 | open |
| [GPT-2](https://example.org) | Modified *MIT* | open |
`;

test('every body cell of a wide table carries its column header as data-label', async () => {
  const root = await render(WIDE);
  const rows = root.querySelectorAll('tbody tr');
  assert.equal(rows.length, 2);
  for (const tr of rows) {
    const labels = tr.querySelectorAll('td').map((td) => td.getAttribute('data-label'));
    // Header text is taken from nested emphasis and code too, with whitespace collapsed.
    assert.deepEqual(labels, ['Model', 'License kind', 'weights']);
  }
  assert.equal(root.querySelectorAll('thead [data-label]').length, 0, 'header cells get no label');
});

test('a wide table gets the stacking class and the ARIA roles of its elements', async () => {
  const root = await render(WIDE);
  const table = root.querySelector('table')!;
  assert.ok(table.classList.contains(STACK_CLASS));
  assert.equal(table.getAttribute('role'), 'table');
  assert.deepEqual(
    root.querySelectorAll('thead, tbody').map((s) => s.getAttribute('role')),
    ['rowgroup', 'rowgroup'],
  );
  assert.ok(root.querySelectorAll('tr').every((tr) => tr.getAttribute('role') === 'row'));
  assert.ok(root.querySelectorAll('th').every((th) => th.getAttribute('role') === 'columnheader'));
  assert.ok(root.querySelectorAll('td').every((td) => td.getAttribute('role') === 'cell'));
});

test('without the plugin the same table has none of this (the test sees the plugin work)', async () => {
  const root = await render(WIDE, false);
  assert.equal(root.querySelectorAll('[data-label]').length, 0);
  assert.equal(root.querySelector('table')!.getAttribute('class'), undefined);
});

test('a two-column table is left as it is', async () => {
  const root = await render('| Term | Meaning |\n|---|---|\n| W | weights |\n');
  assert.equal(root.querySelectorAll('[data-label]').length, 0);
  assert.equal(root.querySelector('table')!.classList.contains(STACK_CLASS), false);
  assert.equal(root.querySelector('table')!.getAttribute('role'), undefined);
});

test('an empty header cell gives its column no label; other columns still get theirs', async () => {
  const root = await render('| | A | B |\n|---|---|---|\n| row | 1 | 2 |\n');
  const tds = root.querySelectorAll('tbody td');
  assert.deepEqual(
    tds.map((td) => td.getAttribute('data-label')),
    [undefined, 'A', 'B'],
  );
});

test('textOf reads text inside nested and MDX nodes', () => {
  const node = {
    type: 'element',
    children: [
      {type: 'text', value: 'Open '},
      {type: 'mdxJsxTextElement', children: [{type: 'text', value: 'weights'}]},
    ],
  };
  assert.equal(textOf(node), 'Open weights');
});
