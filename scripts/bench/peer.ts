/**
 * The peer: Docusaurus's own classic TypeScript template at the same version as our site, created
 * untouched in .bench/peer (gitignored) and reused by later runs unless --fresh-peer is given.
 * Creating it needs the npm registry (npx create-docusaurus + npm install).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const PEER_NAME = 'peer';
const READY_MARKER = '.bench-peer-ready';

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
  console.log(`$ (cd ${cwd} && ${cmd} ${args.join(' ')})`);
  const result = spawnSync(cmd, args, {cwd, stdio: 'inherit', env: {...process.env, ...env}});
  if (result.status !== 0) {
    throw new Error(`"${cmd} ${args.join(' ')}" failed in ${cwd} (exit ${result.status ?? result.signal}).`);
  }
}

/** Creates (or reuses) the peer template; returns its folder. */
export function ensurePeer(benchDir: string, docusaurusVersion: string, fresh: boolean): string {
  const dir = path.join(benchDir, PEER_NAME);
  const marker = path.join(dir, READY_MARKER);
  const ready = () =>
    fs.existsSync(marker) &&
    fs.readFileSync(marker, 'utf8').trim() === docusaurusVersion &&
    fs.existsSync(path.join(dir, 'node_modules', '.bin', 'docusaurus'));
  if (!fresh && ready()) {
    console.log(`Reusing the peer template in ${dir} (Docusaurus ${docusaurusVersion}).`);
    return dir;
  }
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(benchDir, {recursive: true});
  run(
    'npx',
    ['-y', `create-docusaurus@${docusaurusVersion}`, PEER_NAME, 'classic', '--typescript', '--skip-install'],
    benchDir,
  );
  run('npm', ['install', '--no-audit', '--no-fund'], dir);
  fs.writeFileSync(marker, docusaurusVersion + '\n');
  return dir;
}

/** `docusaurus build` in a site folder with a given environment; returns seconds taken. */
export function buildSite(dir: string, env: NodeJS.ProcessEnv = {}, outDir = 'build'): number {
  const start = Date.now();
  run('npx', ['docusaurus', 'build', '--out-dir', outDir], dir, env);
  return (Date.now() - start) / 1000;
}

/** Page paths (relative to the base URL) listed in a built sitemap.xml. */
export function sitemapPages(buildDir: string, base = '/'): string[] {
  const file = path.join(buildDir, 'sitemap.xml');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: is this a production build?`);
  const xml = fs.readFileSync(file, 'utf8');
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const pathname = new URL(m[1]).pathname;
    return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  });
  if (pages.length === 0) throw new Error(`${file} lists no pages.`);
  return [...new Set(pages)].sort();
}
