/**
 * Navigation config (issue #14): the navbar and footer reach every destination once, and the
 * sidebar's categories never link to a page, so "Previous/Next" always moves.
 * The browser spec tests/e2e/navigation.spec.ts checks the built pages.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import config from '../../docusaurus.config';
import sidebars from '../../sidebars';

interface LinkItem {
  label?: string;
  to?: string;
  type?: string;
  items?: LinkItem[];
}

const themeConfig = config.themeConfig as {
  navbar: {items: LinkItem[]};
  footer: {links: Array<{title: string; items: LinkItem[]}>};
};

/** Every `to` in a list of items, dropdown children included. */
function targets(items: LinkItem[]): string[] {
  return items.flatMap((item) => [...(item.to ? [item.to] : []), ...targets(item.items ?? [])]);
}

const pageOf = (to: string) => to.split('#')[0];

interface SidebarNode {
  type?: string;
  label?: string;
  link?: unknown;
  items?: SidebarNode[];
}

function categories(items: unknown[]): SidebarNode[] {
  return (items as SidebarNode[]).flatMap((item) =>
    typeof item === 'object' && item.type === 'category' ? [item, ...categories(item.items ?? [])] : [],
  );
}

const allCategories = Object.values(sidebars).flatMap((s) => categories(s as unknown[]));

test('the navbar reaches the answer, the explorer, compare, both tools and the guide', () => {
  const all = targets(themeConfig.navbar.items);
  for (const path of ['/guide/is-chatgpt-open-source/', '/models/', '/calculator/', '/chooser/']) {
    assert.ok(all.includes(path), `navbar has no item for ${path}`);
  }
  assert.ok(
    all.some((to) => to.startsWith('/guide/open-source-vs-open-weights/#')),
    'navbar has a Compare item',
  );
  assert.ok(
    themeConfig.navbar.items.some((item) => item.type === 'dropdown' && item.label === 'Guide'),
    'navbar has the Guide menu',
  );
});

test('no two navbar items lead to the same page', () => {
  const pages = targets(themeConfig.navbar.items).map(pageOf);
  const repeated = pages.filter((p, i) => pages.indexOf(p) !== i);
  assert.deepEqual(repeated, []);
  assert.ok(
    !themeConfig.navbar.items.some((item) => item.type === 'docSidebar'),
    'a docSidebar item is highlighted on every docs page, beside the page’s own item',
  );
});

test('the footer lists every navbar destination', () => {
  const footer = new Set(themeConfig.footer.links.flatMap((column) => targets(column.items)));
  for (const to of targets(themeConfig.navbar.items)) assert.ok(footer.has(to), `footer lacks ${to}`);
});

test('no sidebar category links to a page, so Next on its first page cannot point to itself', () => {
  assert.ok(allCategories.length > 0, 'sidebars.ts has categories');
  for (const category of allCategories) {
    assert.equal(category.link, undefined, `category "${category.label}" has a link`);
  }
});

test('navbar labels differ from sidebar category labels (search breadcrumbs drop navbar labels)', () => {
  const navbarLabels = new Set(themeConfig.navbar.items.map((item) => item.label));
  for (const category of allCategories) {
    assert.ok(!navbarLabels.has(category.label), `"${category.label}" is both a navbar item and a category`);
  }
});
