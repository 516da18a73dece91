#!/usr/bin/env node
/**
 * `npm run new-model -- <maker>/<id>` (or <maker>/<family>/<id>, or --product for an app):
 * writes src/data/models/<maker>/[<family>/]<id>/version.ts (or product.ts) from a template and
 * refreshes the catalog's folder list. Every value the template cannot know is "TODO", which
 * `npm run build` rejects field by field (src/domain/validation/rules.ts), so a half-filled
 * record never ships. A new maker folder gets a maker.ts too. See CONTRIBUTING.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import {CATALOG_DIR, KEBAB, writeCatalogIndex} from './catalog-index.mjs';

/** The template of a version or product file; `depth` is how many folders below src/data/models/ it sits. */
export function recordTemplate({id, kind, parent, depth}) {
  const up = '../'.repeat(depth + 1);
  const define = kind === 'product' ? 'defineProduct' : 'defineVersion';
  return `/** TODO: one line on what ${id} is. Fill in every TODO; \`npm run build\` names each one left. */
import {${define}, ev, G, closed} from '${up}define';
import ${parent} from '../${parent}';

// Evidence: a source id (one of the sources below, the ${parent}'s, or a topic source in src/data/sources/)
// and the date the source showed the fact. Prefer a commit permalink for a file in a repository.
const card = ev('${id}-card', 'TODO');

export default ${define}(${parent}, {
  id: '${id}',
  name: 'TODO',
  organization: 'TODO',
  firstRelease: 'TODO',
  releaseSource: '${id}-card',
  summary: 'TODO',
  // What it takes in and what it makes: text, code, image, audio, video, embedding.
  inputs: ['text'],
  outputs: ['text'],
  // status: 'disclosed' with sizes, or 'not-disclosed' / 'not-listed' with a note. Never estimate.
  parameters: {status: 'not-listed', note: 'TODO', ...card},
  // An id in src/data/licenses/ (typechecked; a closed model uses its maker's '<maker>-terms'). Add the license there
  // first if it is new, and read it into src/data/terms/licenses/ (README: Terms library).
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'TODO',
  // The rubric (docs/concepts/rubric.mdx): open, partial or closed, each with a one-line note in your own words.
  openness: {
    weights: closed(card, 'TODO'),
    inferenceCode: closed(card, 'TODO'),
    trainingCode: closed(card, 'TODO'),
    trainingData: closed(card, 'TODO'),
    dataDocumentation: closed(card, 'TODO'),
    paper: closed(card, 'TODO'),
    modelCard: closed(card, 'TODO'),
    license: closed(card, 'TODO'),
    api: closed(card, 'TODO'),
  },
  guidePages: [G.alternatives],
  lastVerified: 'TODO',
  // When the record entered the guide: today, as the script wrote it.
  added: '${new Date().toISOString().slice(0, 10)}',${kind === 'product' ? '\n  // The versions it runs: import their records (../<id>/version) and list them.\n  runs: [],' : ''}
  // Sources only this record cites, each with its URL (a URL is written once in src/data/).
  sources: [
    {
      id: '${id}-card',
      title: 'TODO',
      publisher: 'TODO',
      url: 'https://TODO',
      asOf: 'TODO',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
`;
}

export function makerTemplate(maker) {
  return `/** TODO: the maker's name. Its shared sources (cited by several of its models); models live in the folders beside this file. */
import {defineMaker} from '../../define';

export default defineMaker({
  id: '${maker}',
  name: 'TODO',
  sources: [],
});
`;
}

/** Plans the files for `spec`; returns {files: [{path, text}], problems}. */
export function plan(spec, {product = false, dir = CATALOG_DIR} = {}) {
  const parts = (spec ?? '').split('/').filter(Boolean);
  const problems = [];
  if (parts.length < 2 || parts.length > 3) {
    return {
      files: [],
      problems: ['usage: npm run new-model -- <maker>/<id> or <maker>/<family>/<id> [--product]'],
    };
  }
  for (const p of parts)
    if (!KEBAB.test(p))
      problems.push(`"${p}" is not a kebab-case id (lowercase letters, digits and hyphens)`);
  const [maker, family, id] = parts.length === 3 ? parts : [parts[0], undefined, parts[1]];
  const files = [];
  if (!fs.existsSync(path.join(dir, maker, 'maker.ts')))
    files.push({path: path.join(dir, maker, 'maker.ts'), text: makerTemplate(maker)});
  if (family && !fs.existsSync(path.join(dir, maker, family, 'family.ts'))) {
    problems.push(
      `${maker}/${family}/family.ts does not exist: create the family first (copy another family.ts), or leave the family out`,
    );
  }
  const folder = family ? path.join(dir, maker, family, id) : path.join(dir, maker, id);
  if (fs.existsSync(folder)) problems.push(`${path.relative(dir, folder)}/ already exists`);
  const kind = product ? 'product' : 'version';
  files.push({
    path: path.join(folder, `${kind}.ts`),
    text: recordTemplate({id, kind, parent: family ? 'family' : 'maker', depth: family ? 3 : 2}),
  });
  return {files, problems};
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const {files, problems} = plan(
    args.find((a) => !a.startsWith('--')),
    {product: args.includes('--product')},
  );
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  for (const f of files) {
    fs.mkdirSync(path.dirname(f.path), {recursive: true});
    fs.writeFileSync(f.path, f.text);
    console.log(`wrote ${path.relative(process.cwd(), f.path)}`);
  }
  writeCatalogIndex();
  console.log(
    'Fill in every TODO, then run `npm run typecheck` and `npm run build`: they name what is left.',
  );
}
