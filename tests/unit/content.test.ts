/**
 * Content rules for every docs page: front matter for search results, explicit and unique heading
 * ids (stable deep links), every page in the sidebar, no empty sections, https-only external
 * links, no placeholder text.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import sidebars from '../../sidebars';

const DOCS = path.join(__dirname, '..', '..', 'docs');

function listDocs(dir = DOCS): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : listDocs(full);
    return /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_') ? [full] : [];
  });
}

interface Doc {
  id: string;
  file: string;
  front: Record<string, unknown>;
  body: string;
}

function readDoc(file: string): Doc {
  const raw = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  assert.ok(match, `${file}: no front matter`);
  return {
    id: path.relative(DOCS, file).replace(/\.mdx?$/, ''),
    file: path.relative(process.cwd(), file),
    front: parse(match[1]) as Record<string, unknown>,
    body: raw.slice(match[0].length),
  };
}

/** The body with fenced code blocks blanked out, so `# comment` lines in code are not headings. */
function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
}

const docs = listDocs().map(readDoc);

const HEADING = /^(#{2,6})\s+(.*)$/;
const ID_COMMENT = /\{\/\*\s*#([A-Za-z0-9_-]+)\s*\*\/\}\s*$/;

test('there are docs to check', () => {
  assert.ok(docs.length >= 18, `expected at least 18 pages, found ${docs.length}`);
});

for (const doc of docs) {
  test(`${doc.file}: front matter for search results`, () => {
    for (const field of ['title', 'description', 'slug', 'keywords']) {
      assert.ok(doc.front[field], `${doc.file}: front matter "${field}" is missing`);
    }
    const description = String(doc.front.description);
    assert.ok(
      description.length >= 50 && description.length <= 200,
      `${doc.file}: description should be 50–200 characters for search results (has ${description.length})`,
    );
    assert.ok(
      Array.isArray(doc.front.keywords) && doc.front.keywords.length > 0,
      `${doc.file}: keywords list`,
    );
    assert.match(String(doc.front.slug), /^\/[a-z0-9-]+$/, `${doc.file}: slug must be /kebab-case`);
    const lastUpdate = doc.front.last_update as {date?: string} | undefined;
    assert.ok(lastUpdate?.date, `${doc.file}: last_update.date (the date the page was last verified)`);
  });

  test(`${doc.file}: every heading has an explicit, unique id`, () => {
    const seen = new Set<string>();
    const lines = withoutCode(doc.body).split('\n');
    lines.forEach((line, i) => {
      const heading = HEADING.exec(line);
      if (!heading) return;
      const id = ID_COMMENT.exec(heading[2]);
      assert.ok(id, `${doc.file}:${i + 1}: heading "${heading[2]}" needs an id: add {/* #some-id */}`);
      assert.ok(!seen.has(id[1]), `${doc.file}:${i + 1}: heading id "${id[1]}" is used twice on this page`);
      seen.add(id[1]);
    });
  });

  test(`${doc.file}: no empty sections`, () => {
    const lines = withoutCode(doc.body).split('\n');
    const headings = lines.flatMap((line, i) => {
      const h = HEADING.exec(line);
      return h ? [{i, level: h[1].length, text: h[2]}] : [];
    });
    headings.forEach((h, k) => {
      const next = headings[k + 1];
      const end = next ? next.i : lines.length;
      const content = lines
        .slice(h.i + 1, end)
        .join('\n')
        .trim();
      const nestsDeeper = next !== undefined && next.level > h.level;
      assert.ok(content.length > 0 || nestsDeeper, `${doc.file}:${h.i + 1}: section "${h.text}" is empty`);
    });
  });

  test(`${doc.file}: external links use https`, () => {
    const insecure = doc.body.match(/\]\(http:\/\/[^)]*\)|href="http:\/\/[^"]*"|<http:\/\/[^>]*>/g) ?? [];
    assert.deepEqual(insecure, [], `${doc.file}: use https links`);
  });

  test(`${doc.file}: no placeholder text`, () => {
    const found =
      doc.body.match(/\b(TODO|TBD|FIXME|lorem ipsum|coming soon)\b|^Draft\.$|being written/gim) ?? [];
    assert.deepEqual(found, [], `${doc.file}: remove placeholder text`);
  });
}

function sidebarDocIds(items: unknown): string[] {
  if (typeof items === 'string') return [items];
  if (Array.isArray(items)) return items.flatMap(sidebarDocIds);
  if (items && typeof items === 'object') {
    const item = items as {type?: string; id?: string; items?: unknown};
    if (item.type === 'doc' && item.id) return [item.id];
    if (item.items) return sidebarDocIds(item.items);
  }
  return [];
}

test('every docs page is in the sidebar, and the sidebar names no missing page', () => {
  const inSidebar = new Set(Object.values(sidebars).flatMap(sidebarDocIds));
  const ids = docs.map((d) => d.id);
  for (const id of ids) assert.ok(inSidebar.has(id), `docs/${id} is not reachable from sidebars.ts`);
  for (const id of inSidebar)
    assert.ok(ids.includes(id), `sidebars.ts names docs/${id}, which does not exist`);
});

test('slugs are unique', () => {
  const slugs = docs.map((d) => String(d.front.slug));
  assert.equal(new Set(slugs).size, slugs.length, `duplicate slugs: ${slugs.join(', ')}`);
});
