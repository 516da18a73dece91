/**
 * rehype plugin for the docs: lets Markdown tables stack into one block per row on phones
 * (CSS in src/css/tables.css). For a table with a header row and at least MIN_COLUMNS columns it
 *  - copies each column's header text onto that column's body cells as `data-label`, which the
 *    stacked layout shows above the value;
 *  - adds the class `site-stack-table`, so tables with one or two columns are left alone;
 *  - adds the ARIA table roles the elements already have, because WebKit drops table semantics
 *    when CSS changes a table's `display`, and the stacked layout does that.
 * Registered in docusaurus.config.ts under the docs preset's `rehypePlugins`.
 */

/** Structural types for the few hast nodes this plugin reads; MDX nodes pass through as-is. */
interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
}

interface Element extends Node {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: Node[];
}

export const MIN_COLUMNS = 3;
export const STACK_CLASS = 'site-stack-table';

const ROLES: Record<string, string> = {
  table: 'table',
  thead: 'rowgroup',
  tbody: 'rowgroup',
  tfoot: 'rowgroup',
  tr: 'row',
};

function isElement(node: Node, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || (node as Element).tagName === tagName);
}

function childElements(node: Node, tagName?: string): Element[] {
  return (node.children ?? []).filter((c): c is Element => isElement(c, tagName));
}

/** Visible text of a node: text nodes, also inside links, emphasis, code and MDX elements. */
export function textOf(node: Node): string {
  if (node.type === 'text' && typeof node.value === 'string') return node.value;
  if (node.type === 'inlineCode' && typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function setRole(el: Element, role: string): void {
  el.properties = {...el.properties, role};
}

function addClass(el: Element, name: string): void {
  const existing = el.properties?.className;
  const list = Array.isArray(existing) ? existing : typeof existing === 'string' ? existing.split(/\s+/) : [];
  if (!list.includes(name)) el.properties = {...el.properties, className: [...list, name]};
}

function rows(section: Element | undefined): Element[] {
  return section ? childElements(section, 'tr') : [];
}

export function labelTable(table: Element): void {
  const thead = childElements(table, 'thead')[0];
  const headRow = rows(thead)[0];
  if (!headRow) return;
  const labels = childElements(headRow)
    .filter((c) => c.tagName === 'th' || c.tagName === 'td')
    .map((c) => textOf(c).replace(/\s+/g, ' ').trim());
  if (labels.length < MIN_COLUMNS) return;

  addClass(table, STACK_CLASS);
  setRole(table, ROLES.table);
  for (const section of childElements(table).filter((c) => c.tagName in ROLES && c.tagName !== 'tr')) {
    setRole(section, ROLES[section.tagName]);
    for (const tr of rows(section)) {
      setRole(tr, ROLES.tr);
      childElements(tr).forEach((cell, i) => {
        if (cell.tagName === 'th') {
          setRole(cell, section.tagName === 'thead' ? 'columnheader' : 'rowheader');
        } else if (cell.tagName === 'td') {
          setRole(cell, 'cell');
          if (section.tagName !== 'thead' && labels[i]) {
            cell.properties = {...cell.properties, dataLabel: labels[i]};
          }
        }
      });
    }
  }
}

function walk(node: Node): void {
  if (isElement(node, 'table')) labelTable(node);
  for (const child of node.children ?? []) walk(child);
}

/** The plugin: `rehypePlugins: [rehypeTableLabels]`. */
export default function rehypeTableLabels(): (tree: Node) => void {
  return (tree) => walk(tree);
}
