#!/usr/bin/env node
/**
 * Runs Pagefind's Node API on a directory of pages prepared by src/plugins/search/pagefind.ts
 * (which calls this in a child process: Pagefind is an ES module, and the Docusaurus config loader
 * cannot import one). Usage: node scripts/pagefind-index.mjs <pages dir> <output dir> <options JSON>
 * Prints one JSON line: {pages, files, bytes}.
 */
import * as pagefind from 'pagefind';

const [siteDir, outputPath, optionsJson] = process.argv.slice(2);
if (!siteDir || !outputPath) {
  console.error('usage: node scripts/pagefind-index.mjs <pages dir> <output dir> [options JSON]');
  process.exit(2);
}
const options = optionsJson ? JSON.parse(optionsJson) : {};
const {index, errors} = await pagefind.createIndex(options);
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({path: siteDir});
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const {files} = await index.getFiles();
const written = await index.writeFiles({outputPath});
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(
  JSON.stringify({pages: added.page_count, files: files.length, bytes: files.reduce((n, f) => n + f.content.length, 0)}),
);
