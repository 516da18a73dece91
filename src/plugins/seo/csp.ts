/**
 * A Content-Security-Policy without 'unsafe-inline' scripts (issue #27 §6). Docusaurus inlines a
 * few small scripts (the colour-mode bootstrap on every page, the base-URL banner on the home
 * page); after the build we hash each inline script of every page (SHA-256, as CSP Level 2 hashes)
 * and write the hashes into every page's policy in place of 'unsafe-inline', so an injected inline
 * script cannot run. The union of all pages' hashes goes into every page: a policy set by a meta
 * tag lasts for the whole visit, and client-side navigation may render another page's head.
 */
import {createHash} from 'node:crypto';
import {parse} from 'node-html-parser';

/** Script types the browser executes (no type, a JavaScript MIME type, or a module). */
const EXECUTABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

/** The CSP source expression for a script's exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of a page's inline, executable scripts (JSON-LD and external scripts excluded). */
export function inlineScriptHashes(html: string): string[] {
  return parse(html, {blockTextElements: {script: true}})
    .querySelectorAll('script')
    .filter((s) => !s.hasAttribute('src') && EXECUTABLE.test((s.getAttribute('type') ?? '').trim()))
    .map((s) => scriptHash(s.rawText));
}

/** The policy's meta tag; the value is double-quoted (it contains single quotes). */
const META = /(<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=)(")([^"]*)"/i;

/**
 * Writes the hashes into the page's policy in place of script-src's 'unsafe-inline'. A page
 * without a policy (the redirect stubs) is returned as it is; a policy whose script-src lacks
 * 'unsafe-inline' throws, because then the config and this step disagree.
 */
export function withScriptHashes(html: string, hashes: readonly string[], where: string): string {
  const meta = META.exec(html);
  if (!meta) {
    if (/Content-Security-Policy/i.test(html))
      throw new Error(`${where}: a Content-Security-Policy this step cannot read`);
    return html;
  }
  const directives = meta[3].split(';').map((d) => d.trim());
  const i = directives.findIndex((d) => d.startsWith('script-src '));
  if (i < 0 || !directives[i].split(/\s+/).includes("'unsafe-inline'")) {
    throw new Error(`${where}: the Content-Security-Policy has no script-src 'unsafe-inline' to replace`);
  }
  directives[i] = directives[i]
    .split(/\s+/)
    .flatMap((token) => (token === "'unsafe-inline'" ? [...hashes] : [token]))
    .join(' ');
  return html.replace(META, `${meta[1]}${meta[2]}${directives.join('; ')}${meta[2]}`);
}

/** Hashes every page's inline scripts and rewrites every page's policy; returns what it did. */
export function hashInlineScripts(pages: ReadonlyMap<string, string>): {
  hashes: string[];
  pages: Map<string, string>;
} {
  // Pages without a policy (the redirect stubs) need no hashes and add none.
  const withPolicy = [...pages.values()].filter((html) => META.test(html));
  const hashes = [...new Set(withPolicy.flatMap(inlineScriptHashes))].sort();
  const out = new Map<string, string>();
  for (const [file, html] of pages) out.set(file, withScriptHashes(html, hashes, file));
  return {hashes, pages: out};
}
