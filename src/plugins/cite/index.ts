/**
 * remark plugin: resolves citations at build time, so a docs page ships only the sources it shows.
 *
 * For every MDX file of the docs plugin it
 *  1. turns the `source="id"` attribute of <Myth> and <KeyFigure> into a <Cite id> child (Myth: at
 *     the end of its last paragraph; KeyFigure: after its label), so every citation is a <Cite>;
 *  2. drops repeated markers: the same source cited twice in a row (only spaces between), and, in a
 *     table row whose every marker names one source, all but the row's last marker;
 *  3. numbers the <Cite> elements in reading order (first use gets the next number, a source cited
 *     again reuses its number), removes the space before each marker and passes the record as
 *     string props: n, publisher, title, url, date, kind, and `first` on the first marker;
 *  4. appends a "Sources on this page" heading and a <PageSources> list with one <PageSource> per
 *     source in number order.
 * An unknown or missing id throws, naming the file and the id, which fails the build.
 *
 * Numbering is per compiled file. A partial (`_name.mdx`, imported into pages) would restart the
 * numbers inside the page that imports it, so citations in partials are refused with a message.
 */
import path from 'node:path';
import {getSource} from '../../data/sources';
import type {Source} from '../../domain/types';
import {formatSourceDate} from '../../domain/dates';

/** Id of the generated heading; the list entries are #cite-<id>, the first markers #cite-ref-<id>. */
export const PAGE_SOURCES_ID = 'sources-on-this-page';
export const PAGE_SOURCES_TITLE = 'Sources on this page';

/* Minimal mdast/MDX node shapes: only what this plugin reads and writes. */
interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | {type: string; value: string};
}

export interface MdNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: MdNode[];
  value?: string;
  depth?: number;
  data?: Record<string, unknown>;
}

export interface CiteOptions {
  /** Source lookup; defaults to the site's records in src/data/sources/. */
  getSource?: (id: string) => Source | undefined;
}

/** One resolved source, as passed to <Cite> and <PageSource>. */
export interface ResolvedCitation {
  n: number;
  id: string;
  publisher: string;
  title: string;
  url: string;
  /** "5 August 2025", "as of June 2026" or "" (see formatSourceDate). */
  date: string;
  kind: Source['kind'];
}

const isJsx = (node: MdNode): boolean =>
  node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
const isCite = (node: MdNode): boolean => isJsx(node) && node.name === 'Cite';

function stringAttr(node: MdNode, name: string, where: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (typeof attr.value !== 'string') {
    throw new Error(
      `${where}: <${node.name} ${name}=…> must be a plain string (${name}="source-id"), not an expression.`,
    );
  }
  return attr.value;
}

const attr = (name: string, value: string): JsxAttribute => ({type: 'mdxJsxAttribute', name, value});

function citeNode(id: string): MdNode {
  return {type: 'mdxJsxTextElement', name: 'Cite', attributes: [attr('id', id)], children: []};
}

function walk(
  node: MdNode,
  visit: (node: MdNode, parent: MdNode | undefined) => void,
  parent?: MdNode,
): void {
  visit(node, parent);
  // Copy: visitors may replace children.
  for (const child of [...(node.children ?? [])]) walk(child, visit, node);
}

const isBlank = (node: MdNode | undefined): boolean =>
  node !== undefined && node.type === 'text' && /^[ \t]*$/.test(node.value ?? '');

/** Step 1: <Myth source> and <KeyFigure source> become <Cite> children. */
function moveCalloutSources(tree: MdNode, where: string): void {
  walk(tree, (node) => {
    if (!isJsx(node) || (node.name !== 'Myth' && node.name !== 'KeyFigure')) return;
    const id = stringAttr(node, 'source', where);
    if (id === undefined) return;
    node.attributes = node.attributes?.filter((a) => a.name !== 'source');
    const cite = citeNode(id);
    const children = (node.children ??= []);
    if (node.name === 'KeyFigure') {
      children.push(cite);
      return;
    }
    const last = children.at(-1);
    if (last?.type === 'paragraph') {
      (last.children ??= []).push(cite);
    } else {
      children.push({type: 'paragraph', children: [cite]});
    }
  });
}

function citeId(node: MdNode, where: string): string {
  const id = stringAttr(node, 'id', where);
  if (!id) throw new Error(`${where}: <Cite /> without an id. Write <Cite id="source-id" />.`);
  return id;
}

/** Step 2: one marker where the same source is cited twice in a row, or once per table row. */
function dropRepeatedMarkers(tree: MdNode, where: string): void {
  // Same id twice in a row within one parent (only blank text between): keep the second.
  walk(tree, (node) => {
    const children = node.children;
    if (!children) return;
    for (let i = 0; i < children.length; i += 1) {
      if (!isCite(children[i])) continue;
      let j = i + 1;
      while (isBlank(children[j])) j += 1;
      if (
        j < children.length &&
        isCite(children[j]) &&
        citeId(children[j], where) === citeId(children[i], where)
      ) {
        children.splice(i, j - i);
        i -= 1;
      }
    }
  });
  walk(tree, (row) => {
    if (row.type !== 'tableRow') return;
    const found: {node: MdNode; parent: MdNode}[] = [];
    walk(row, (node, parent) => {
      if (isCite(node) && parent) found.push({node, parent});
    });
    if (found.length < 2) return;
    const ids = new Set(found.map((f) => citeId(f.node, where)));
    if (ids.size !== 1) return;
    for (const {node, parent} of found.slice(0, -1)) {
      parent.children = parent.children!.filter((c) => c !== node);
    }
  });
}

/** Resolves and numbers every <Cite> in `tree` in reading order; returns the page's sources. */
export function numberCitations(tree: MdNode, where: string, lookup = getSource): ResolvedCitation[] {
  const byId = new Map<string, ResolvedCitation>();
  walk(tree, (node, parent) => {
    if (!isCite(node)) return;
    const id = citeId(node, where);
    const source = lookup(id);
    if (!source) {
      throw new Error(
        `${where}: <Cite id="${id}" /> names no source. Add a record with id "${id}" to a file in ` +
          'src/data/sources/, or fix the id.',
      );
    }
    let resolved = byId.get(id);
    const first = resolved === undefined;
    if (!resolved) {
      resolved = {
        n: byId.size + 1,
        id,
        publisher: source.publisher,
        title: source.title,
        url: source.url,
        date: formatSourceDate(source),
        kind: source.kind,
      };
      byId.set(id, resolved);
    }
    node.attributes = [
      attr('id', id),
      attr('n', String(resolved.n)),
      attr('publisher', resolved.publisher),
      attr('title', resolved.title),
      attr('url', resolved.url),
      attr('date', resolved.date),
      attr('kind', resolved.kind),
      ...(first ? [{type: 'mdxJsxAttribute' as const, name: 'first', value: null}] : []),
    ];
    // The marker sits against the word it supports: "text [1]" becomes "text[1]".
    const siblings = parent?.children ?? [];
    const before = siblings[siblings.indexOf(node) - 1];
    if (before?.type === 'text' && before.value !== undefined)
      before.value = before.value.replace(/[ \t]+$/, '');
  });
  return [...byId.values()];
}

/** The heading and list appended to a page that cites anything. */
export function pageSourcesNodes(citations: readonly ResolvedCitation[]): MdNode[] {
  return [
    {
      type: 'heading',
      depth: 2,
      children: [{type: 'text', value: PAGE_SOURCES_TITLE}],
      // The headings plugin keeps an id set here; search skips [data-search-ignore].
      data: {hProperties: {id: PAGE_SOURCES_ID, 'data-search-ignore': 'true', 'data-page-sources': 'true'}},
    },
    {
      type: 'mdxJsxFlowElement',
      name: 'PageSources',
      attributes: [],
      children: citations.map((c) => ({
        type: 'mdxJsxFlowElement',
        name: 'PageSource',
        attributes: [
          attr('id', c.id),
          attr('n', String(c.n)),
          attr('publisher', c.publisher),
          attr('title', c.title),
          attr('url', c.url),
          attr('date', c.date),
          attr('kind', c.kind),
        ],
        children: [],
      })),
    },
  ];
}

function countCites(tree: MdNode): number {
  let count = 0;
  walk(tree, (node) => {
    if (isCite(node)) count += 1;
  });
  return count;
}

/** The transform applied to one file; exported for tests. */
export function transformCitations(
  tree: MdNode,
  filePath: string | undefined,
  options: CiteOptions = {},
): void {
  const where = filePath ? path.relative(process.cwd(), filePath) || filePath : 'an MDX file';
  moveCalloutSources(tree, where);
  if (filePath && path.basename(filePath).startsWith('_') && countCites(tree) > 0) {
    throw new Error(
      `${where}: citations in a partial are not supported: numbers are per page, and a partial is ` +
        'compiled on its own. Move the <Cite> into the page, or pass the text without citations.',
    );
  }
  dropRepeatedMarkers(tree, where);
  const citations = numberCitations(tree, where, options.getSource ?? getSource);
  if (citations.length > 0) (tree.children ??= []).push(...pageSourcesNodes(citations));
}

/** The remark plugin (register in the docs preset's beforeDefaultRemarkPlugins). */
export default function remarkCite(options: CiteOptions = {}) {
  return (tree: MdNode, file: {path?: string}): void => transformCitations(tree, file.path, options);
}
