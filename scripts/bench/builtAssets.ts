/**
 * First-load JS/CSS bytes of a page, read from the built site on disk: the files named by the
 * page's `<script src>` and `<link rel=stylesheet>` tags, raw and gzip-compressed (level 9, close
 * to what a static host sends). Works for any base path the site was built with.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {assetFileFromUrl, extractFirstLoadAssets, type PageBytes} from './lib';

export function pageHtmlFile(buildDir: string, page: string): string {
  return path.join(buildDir, page, 'index.html');
}

export interface MeasuredPage {
  bytes: PageBytes;
  /** Files counted, relative to the build folder. */
  files: {js: string[]; css: string[]};
}

export function measureBuiltPage(buildDir: string, base: string, page: string): MeasuredPage {
  const htmlFile = pageHtmlFile(buildDir, page);
  if (!fs.existsSync(htmlFile)) {
    throw new Error(
      `${htmlFile} does not exist. Build the site first (npm run build), or fix the page path.`,
    );
  }
  const assets = extractFirstLoadAssets(fs.readFileSync(htmlFile, 'utf8'));
  if (assets.scripts.length === 0 || assets.styles.length === 0) {
    throw new Error(
      `${htmlFile} names ${assets.scripts.length} scripts and ${assets.styles.length} stylesheets; ` +
        'expected at least one of each. Did the HTML template or the asset tags change?',
    );
  }
  const sum = (urls: string[]) => {
    let raw = 0;
    let gzip = 0;
    const files: string[] = [];
    for (const url of urls) {
      const rel = assetFileFromUrl(url, base, page);
      const file = path.join(buildDir, rel);
      if (!fs.existsSync(file)) {
        throw new Error(`${htmlFile} loads ${url}, but ${file} does not exist (base path ${base}).`);
      }
      const body = fs.readFileSync(file);
      raw += body.length;
      gzip += zlib.gzipSync(body, {level: 9}).length;
      files.push(rel);
    }
    return {sizes: {raw, gzip}, files};
  };
  const js = sum(assets.scripts);
  const css = sum(assets.styles);
  return {bytes: {js: js.sizes, css: css.sizes}, files: {js: js.files, css: css.files}};
}
