#!/usr/bin/env node
/**
 * Runs Pagefind's Node API on records prepared by src/plugins/search/pagefind.ts, which calls this
 * in a child process (Pagefind is an ES module, and the Docusaurus config loader cannot import one).
 * Usage: node scripts/pagefind-index.mjs <manifest.json> <output dir> [options JSON]
 * The manifest lists {url, file}: each file is the HTML Pagefind reads for that URL (a page, or one
 * section of a guide page with its #anchor). Prints one JSON line: {pages, files, bytes}.
 */
import {readFile, readdir, rm} from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

const [manifestPath, outputPath, optionsJson] = process.argv.slice(2);
if (!manifestPath || !outputPath) {
  console.error('usage: node scripts/pagefind-index.mjs <manifest.json> <output dir> [options JSON]');
  process.exit(2);
}
const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
const {index, errors} = await pagefind.createIndex(optionsJson ? JSON.parse(optionsJson) : {});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
for (const {url, file} of manifest) {
  const added = await index.addHTMLFile({url, content: await readFile(file, 'utf8')});
  if (added.errors.length > 0) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`);
}
const {files} = await index.getFiles();
const written = await index.writeFiles({outputPath});
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// Pagefind's ready-made interfaces are not used (the site has its own search box and page).
for (const name of await readdir(outputPath)) {
  if (/^pagefind-(ui|component-ui|modular-ui)\./.test(name)) await rm(path.join(outputPath, name));
}
console.log(
  JSON.stringify({
    pages: manifest.length,
    files: files.length,
    bytes: files.reduce((n, f) => n + f.content.length, 0),
  }),
);
