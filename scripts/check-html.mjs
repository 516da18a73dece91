#!/usr/bin/env node
/**
 * Validates every HTML file of a build with html-validate, and checks the privacy and safety rules
 * the site promises: no inline event handlers (onclick=…), no <script src> or stylesheet from another
 * origin, external links that open a new tab carry rel="noopener noreferrer", a CSP meta tag, and
 * no content that React streamed out of order (hidden until a script moves it into place).
 *
 * Usage: node scripts/check-html.mjs [buildDir] [--no-validate]   (default: build)
 *   --no-validate  skip html-validate and keep every other check. `npm run check:html` passes it for
 *                  the sub-path build: its markup is the root build's with other URL values, and
 *                  html-validate's rules (content model, ids, attributes) do not read URL values;
 *                  what the base path can change (asset origins, the CSP, links) is still checked.
 *
 * Docusaurus minifies its HTML and omits optional end tags (</td>, </tr>, </html>), which is valid
 * HTML but which html-validate's parser does not model. Each file is therefore first parsed with
 * parse5 (the WHATWG parsing algorithm browsers use) and re-serialised with every end tag, and that
 * canonical form is validated: content-model, duplicate ids, nesting, attributes, landmarks.
 * html-validate config: the "html-validate:recommended" preset minus rules that judge style rather
 * than validity, each switched off with its reason below.
 */
import fs from 'node:fs';
import path from 'node:path';
import {listHtml} from './lib/html-files.mjs';
import {HtmlValidate} from 'html-validate';
import {parse as parseHtml5, serialize} from 'parse5';
import {parse} from 'node-html-parser';

export const HTML_VALIDATE_CONFIG = {
  extends: ['html-validate:recommended'],
  rules: {
    // Style, not validity: minified HTML drops quotes, optional end tags and self-closing slashes.
    'attr-quotes': 'off',
    'void-style': 'off',
    'no-implicit-close': 'off',
    'element-required-content': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Docusaurus and Prism emit inline style attributes for code highlighting and layout.
    'no-inline-style': 'off',
    // Prism tokens and Docusaurus use class names like "token-line" / "theme-doc-markdown".
    'class-pattern': 'off',
    'id-pattern': 'off',
    // Long, unbreakable strings (URLs in tables) are legitimate content.
    'long-title': 'off',
    // Docusaurus emits <a> without href for the "skip to content" target and heading anchors.
    'no-redundant-role': 'off',
    // Inline SVG icons from the theme use presentational attributes.
    'svg-focusable': 'off',
    // Tables from Markdown have no <thead>-less headers issue; prefer-tbody is a style choice.
    'prefer-tbody': 'off',
    // Framework-owned markup, judged by axe instead (tests/e2e/a11y.spec.ts, zero violations):
    // Docusaurus's collapsible sidebar/TOC use role=button/region on divs, and its <nav>s are not
    // all labelled; these are best-practice hints, not validity errors.
    'prefer-native-element': 'off',
    'unique-landmark': 'off',
    // HTML5 allows any id without whitespace; Docusaurus uses "__docusaurus".
    'valid-id': 'off',
    // The search plugin's text box has no type attribute (text is the default).
    'no-implicit-input-type': 'off',
    'no-dup-id': 'error',
  },
};

/**
 * Docusaurus's CodeBlock renders each code line as a <div> inside <code>: invalid content model,
 * upstream markup that browsers render fine. Only that exact message is tolerated.
 */
function isKnownUpstreamMarkup(m) {
  return (
    m.ruleId === 'element-permitted-content' &&
    /^<div> element is not permitted as content under <code>$/.test(m.message)
  );
}

export async function checkBuild(buildDir, {validate = true} = {}) {
  const files = listHtml(buildDir);
  if (files.length === 0) throw new Error(`No HTML files in ${buildDir}: build first.`);
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  const problems = [];
  for (const file of files) {
    const rel = path.relative(buildDir, file);
    const html = fs.readFileSync(file, 'utf8');
    const root = parse(html);
    // Client-redirect stubs (written by @docusaurus/plugin-client-redirects) are not our markup:
    // check only that they redirect, then move on.
    if (!root.querySelector('#__docusaurus')) {
      if (!root.querySelector('meta[http-equiv=refresh]'))
        problems.push(`${rel}: neither a page nor a redirect`);
      continue;
    }
    const report = validate ? await validator.validateString(serialize(parseHtml5(html)), rel) : null;
    for (const result of report?.results ?? []) {
      for (const m of result.messages) {
        if (isKnownUpstreamMarkup(m)) continue;
        problems.push(`${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    // Scan the raw tags (not a parsed tree) so that nothing a lenient parser drops can hide one.
    for (const m of html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*?\s(on[a-z]+)\s*=/gi)) {
      problems.push(`${rel}: inline event handler ${m[2]}= on <${m[1].toLowerCase()}>`);
    }
    for (const el of root.querySelectorAll('script[src], link[rel=stylesheet], img[src], iframe[src]')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      if (/^(https?:)?\/\//i.test(url))
        problems.push(`${rel}: <${el.tagName.toLowerCase()}> loads from another origin: ${url}`);
    }
    for (const a of root.querySelectorAll('a[target=_blank]')) {
      const rel2 = (a.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel2.includes('noopener') || !rel2.includes('noreferrer')) {
        problems.push(
          `${rel}: link to ${a.getAttribute('href')} opens a new tab without rel="noopener noreferrer"`,
        );
      }
    }
    // React 19 writes a large finished <Suspense> boundary out of order: a <template id="B:n">
    // placeholder, the content in a hidden element id="S:n", and an inline $RC script that moves
    // it. Without JavaScript that content never shows (src/components/StaticIsland explains the fix).
    const outOfOrder = [...html.matchAll(/<template\s+id="?B:\d+/g)].length;
    if (outOfOrder > 0 || /\$RC\(/.test(html)) {
      problems.push(
        `${rel}: ${outOfOrder} <Suspense> boundary(ies) streamed out of order, hidden until a script runs; render lazy content without a <Suspense> boundary on the server`,
      );
    }
    if (!root.querySelector('meta[http-equiv=Content-Security-Policy]')) {
      problems.push(`${rel}: no Content-Security-Policy meta tag`);
    }
  }
  return {files: files.length, problems};
}

async function main() {
  const args = process.argv.slice(2);
  const validate = !args.includes('--no-validate');
  const dir = args.find((a) => !a.startsWith('--')) ?? 'build';
  const {files, problems} = await checkBuild(dir, {validate});
  if (problems.length > 0) {
    console.error(problems.slice(0, 200).join('\n'));
    console.error(`\n✗ ${problems.length} problem(s) in ${files} HTML files of ${dir}/.`);
    process.exit(1);
  }
  console.log(
    `✓ ${files} HTML files in ${dir}/ ${validate ? 'are valid, ' : ''}use no inline handlers or foreign assets, and carry a CSP.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
