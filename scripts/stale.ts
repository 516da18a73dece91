/**
 * npm run stale [-- --months 6]: lists sources, model evidence, licenses, tools and price presets
 * whose as-of date is older than six months, oldest first, with the pages where each is used.
 * It always exits 0: it is a to-do list for maintainers, not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {sources} from '../src/data/sources';
import {models, tools} from '../src/data/models';
import {licenses} from '../src/data/licenses';
import {PRICE_PRESETS} from '../src/data/prices';
import {citationsByPage, formatReport, staleItems, type DatedItem} from './lib/stale';

const ROOT = path.join(__dirname, '..');
const monthsArg = process.argv.indexOf('--months');
const months = monthsArg > 0 ? Number(process.argv[monthsArg + 1]) : 6;

/** Each docs page's route (/guide/<slug>/) and text. */
function docsPages(): {route: string; text: string}[] {
  const out: {route: string; text: string}[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        const front = /^---\n([\s\S]*?)\n---/.exec(text);
        const slug =
          (front ? (parse(front[1]) as {slug?: string}).slug : undefined) ??
          `/${entry.name.replace(/\.mdx?$/, '')}`;
        out.push({route: `/guide${slug.replace(/\/?$/, '/')}`, text});
      }
    }
  };
  walk(path.join(ROOT, 'docs'));
  return out;
}

const cited = citationsByPage(docsPages());
const items: DatedItem[] = [];
// A source with only a publication date is a fixed document (a paper, a dated post): it cannot go
// stale. A living page (README, license, price list) carries the date it was checked: `asOf`.
for (const s of sources) {
  if (s.asOf) items.push({what: `source ${s.id}`, date: s.asOf, usedOn: cited.get(s.id) ?? []});
}
for (const m of models) {
  const page = `/models/${m.id}/`;
  for (const [dimension, rating] of Object.entries(m.openness)) {
    if (rating) items.push({what: `model ${m.id}: ${dimension}`, date: rating.asOf, usedOn: [page]});
  }
  items.push({what: `model ${m.id}: parameters`, date: m.parameters.asOf, usedOn: [page]});
}
for (const l of licenses) {
  const users = models.filter((m) => m.license === l.id).map((m) => `/models/${m.id}/`);
  items.push({what: `license ${l.id}`, date: l.asOf, usedOn: users});
}
for (const t of tools) items.push({what: `tool ${t.id}`, date: t.asOf, usedOn: t.guidePages});
for (const p of PRICE_PRESETS)
  items.push({what: `price ${p.id}`, date: p.asOf, usedOn: ['/calculator/', '/guide/costs/']});

const now = new Date();
console.log(formatReport(staleItems(items, now, months), now, months, items.length));
