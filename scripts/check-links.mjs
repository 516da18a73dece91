#!/usr/bin/env node
/**
 * Crawls a built site from disk and fails on any internal link or anchor that does not resolve,
 * on top of Docusaurus's own build-time checks (which do not see links rendered by plugins,
 * generated pages, or ids written by components). Every <a href> on every HTML page is resolved
 * against the page's URL under the build's base path; the target file must exist and, when the
 * link has a #fragment, the target page must contain that id. The files a page loads (<script src>,
 * <link href> such as stylesheets, preloads, icons and the manifest, <img src>, <source src>)
 * must exist in the build too: under a sub-path this proves, for every page, that no asset URL
 * misses the base path.
 *
 * Usage: node scripts/check-links.mjs <buildDir> <basePath>
 */
import fs from 'node:fs';
import path from 'node:path';
import {listHtml} from './lib/html-files.mjs';
import {parse} from 'parse5';

/** Walks a parse5 tree (the browser's own parsing algorithm; minified HTML is parsed exactly). */
function scan(html) {
  const ids = new Set();
  const hrefs = [];
  const assets = [];
  const stack = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop();
    for (const attr of node.attrs ?? []) {
      if (attr.name === 'id') ids.add(attr.value);
      if (attr.name === 'href' && node.nodeName === 'a') hrefs.push(attr.value);
      if (attr.name === 'href' && node.nodeName === 'link') assets.push(attr.value);
      if (attr.name === 'src' && ['script', 'img', 'source'].includes(node.nodeName)) assets.push(attr.value);
    }
    if (node.childNodes) stack.push(...node.childNodes);
    if (node.content?.childNodes) stack.push(...node.content.childNodes);
  }
  return {ids, hrefs, assets};
}

export function checkLinks(buildDir, basePath) {
  const root = path.resolve(buildDir);
  const base = `/${basePath}/`.replace(/\/{2,}/g, '/');
  const files = listHtml(root);
  if (files.length === 0) throw new Error(`No HTML in ${root}: build first.`);
  const idsByFile = new Map();
  const idsOf = (file) => {
    if (!idsByFile.has(file)) {
      idsByFile.set(file, scan(fs.readFileSync(file, 'utf8')).ids);
    }
    return idsByFile.get(file);
  };
  const problems = [];
  let checked = 0;
  let assetCount = 0;
  for (const file of files) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const pageUrl = new URL(base + rel.replace(/index\.html$/, ''), 'http://site.invalid');
    const {hrefs, assets} = scan(fs.readFileSync(file, 'utf8'));
    for (const src of assets) {
      if (!src || /^data:/i.test(src)) continue;
      const url = new URL(src, pageUrl);
      if (url.origin !== pageUrl.origin) continue; // check-html rejects assets from other origins
      assetCount++;
      const target = decodeURIComponent(url.pathname.slice(base.length));
      if (!url.pathname.startsWith(base) || !fs.existsSync(path.join(root, target))) {
        problems.push(`${rel}: asset "${src}" (${url.pathname}) is not in the build under ${base}`);
      }
    }
    for (const href of hrefs) {
      if (!href || /^(mailto:|tel:|javascript:|data:)/i.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.origin !== pageUrl.origin) continue; // external
      checked++;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${rel}: link "${href}" leaves the base path ${base}`);
        continue;
      }
      const target = decodeURIComponent(url.pathname.slice(base.length));
      let targetFile = path.join(root, target);
      if (target === '' || target.endsWith('/')) targetFile = path.join(targetFile, 'index.html');
      else if (fs.existsSync(targetFile) && fs.statSync(targetFile).isDirectory()) {
        targetFile = path.join(targetFile, 'index.html');
      }
      if (!fs.existsSync(targetFile)) {
        problems.push(`${rel}: link "${href}" points to ${url.pathname}, which is not in the build`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && targetFile.endsWith('.html') && !idsOf(targetFile).has(hash)) {
        problems.push(`${rel}: link "${href}" points to #${hash}, which ${url.pathname} does not contain`);
      }
    }
  }
  return {pages: files.length, links: checked, assets: assetCount, problems};
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [dir = 'build', base = '/'] = process.argv.slice(2);
  const {pages, links, assets, problems} = checkLinks(dir, base);
  if (links === 0 || assets === 0) {
    console.error(`✗ No internal links or assets found in ${dir}/: the crawl checked nothing.`);
    process.exit(1);
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(`\n✗ ${problems.length} broken internal link(s) or anchor(s) in ${dir}/ (base ${base}).`);
    process.exit(1);
  }
  console.log(
    `✓ ${links} internal links and ${assets} asset references on ${pages} pages of ${dir}/ (base ${base}) all resolve, anchors included.`,
  );
}
