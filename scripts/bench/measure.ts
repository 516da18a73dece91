/**
 * Browser-side measurements for the benchmark:
 *  - Lighthouse (mobile emulation, default simulated throttling) against a Chromium we start
 *    ourselves with --remote-debugging-port; no chrome-launcher.
 *  - First-load JS/CSS bytes from a real page load with Playwright.
 * Only 127.0.0.1 is contacted. The Chromium process is ours and is stopped by its PID.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import {removeDirWithRetries, stopProcessGroup} from './process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {chromium, type Browser} from '@playwright/test';
import {CHROMIUM_ARGS, resolveChromium} from '../../tests/e2e/browser';
import type {LighthouseMetrics, LoadedFile, PageBytes} from './lib';

/**
 * The Chromium binary (see tests/e2e/browser.ts): CHROMIUM_PATH, Debian's headless shell (byte
 * counts; `headlessShell` true), /usr/bin/chromium, or Playwright's own. Lighthouse runs pass
 * false: they measure the full browser a reader runs.
 */
export function chromiumPath(headlessShell = true): string {
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  const choice = resolveChromium(bundled, {headlessShell});
  return choice.executablePath ?? bundled!;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForDevTools(port: number, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited early (code ${child.exitCode}).`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Chromium did not open its DevTools port ${port} within ${timeoutMs / 1000}s.`);
}

export interface DebuggableChromium {
  port: number;
  pid: number;
  stop: () => Promise<void>;
}

/** Starts headless Chromium with a remote-debugging port on 127.0.0.1 and a throwaway profile. */
export async function startChromium(): Promise<DebuggableChromium> {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  const child = spawn(
    chromiumPath(false),
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      '--disable-extensions',
      '--disable-default-apps',
      '--mute-audio',
      'about:blank',
    ],
    // Its own process group, so that stopping it reaches the renderer and helper processes too.
    {stdio: 'ignore', detached: true},
  );
  if (!child.pid) throw new Error('Could not start Chromium.');
  const pid = child.pid;
  const stop = async () => {
    await stopProcessGroup(child);
    await removeDirWithRetries(profile);
  };
  try {
    await waitForDevTools(port, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return {port, pid, stop};
}

export interface LighthouseRun extends LighthouseMetrics {
  failingAudits: string[];
  auditDetails: Record<string, string[]>;
}

interface AuditItem {
  node?: {snippet?: string; selector?: string};
  url?: string;
  source?: {url?: string};
}

interface Lhr {
  runtimeError?: {code: string; message: string};
  categories: Record<string, {score: number | null; auditRefs: {id: string; weight: number}[]}>;
  audits: Record<
    string,
    {score: number | null; numericValue?: number; details?: {items?: (AuditItem & {subItems?: unknown})[]}}
  >;
}

/** One Lighthouse navigation (mobile, simulated throttling: Lighthouse's defaults). */
export async function runLighthouse(url: string, port: number): Promise<LighthouseRun> {
  // lighthouse is ESM-only and reads import.meta.url, so it must be loaded with a real import().
  const {default: lighthouse} = await import('lighthouse');
  const result = await lighthouse(url, {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
  const lhr = result.lhr as unknown as Lhr;
  if (lhr.runtimeError) {
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return typeof s === 'number' ? Math.round(s * 100) : Number.NaN;
  };
  const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failingAudits: string[] = [];
  const auditDetails: Record<string, string[]> = {};
  for (const cat of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1) {
        failingAudits.push(`${cat}/${ref.id}`);
        auditDetails[`${cat}/${ref.id}`] = (audit.details?.items ?? [])
          .map((item) => item.node?.snippet ?? item.url ?? item.source?.url ?? '')
          .filter(Boolean)
          .slice(0, 5);
      }
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    transferBytes: num('total-byte-weight'),
    failingAudits,
    auditDetails,
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
}

/**
 * First-load JS and CSS of a page in a real browser: every response of type script or stylesheet
 * until the page has hydrated and the network is then idle, route chunks included. Raw = decoded
 * body length; gzip = encoded body size when the server compressed it, else the body gzipped here
 * (level 6, what scripts/serve-static.mjs uses). `prefetched` lists the JS and CSS fetched in the
 * same window without being run (Docusaurus prefetches the code of linked routes while idle).
 */
export async function measureFirstLoad(
  browser: Browser,
  url: string,
): Promise<{bytes: PageBytes; files: LoadedFile[]; prefetched: LoadedFile[]}> {
  const context = await browser.newContext({serviceWorkers: 'block'});
  const page = await context.newPage();
  const pending: Promise<LoadedFile & {prefetch: boolean}>[] = [];
  const origin = new URL(url).origin;
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const asset = /\.(js|css)(\?|$)/.exec(new URL(response.url()).pathname + '?');
    if (new URL(response.url()).origin !== origin) return;
    const loaded = type === 'script' || type === 'stylesheet';
    if (!loaded && !asset) return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const encoded = (await response.headerValue('content-encoding')) ?? '';
        let gzip: number;
        if (/gzip/.test(encoded)) {
          gzip = (await response.request().sizes()).responseBodySize;
        } else {
          gzip = zlib.gzipSync(body, {level: 6}).length;
        }
        const kind: LoadedFile['kind'] = loaded
          ? type === 'script'
            ? 'js'
            : 'css'
          : asset![1] === 'css'
            ? 'css'
            : 'js';
        return {url: response.url().slice(origin.length), kind, raw: body.length, gzip, prefetch: !loaded};
      })(),
    );
  });
  try {
    await page.goto(url, {waitUntil: 'load', timeout: 60_000});
    // On a busy CPU, parsing main.js can outlast networkidle's 500 ms quiet window before the route
    // chunks are even requested; Docusaurus marks the end of hydration, which needs those chunks.
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 60_000});
    await page.waitForLoadState('networkidle', {timeout: 60_000});
    const sizes = await Promise.all(pending);
    const bytes: PageBytes = {js: {raw: 0, gzip: 0}, css: {raw: 0, gzip: 0}};
    const files: LoadedFile[] = [];
    const prefetched: LoadedFile[] = [];
    const run = new Set(sizes.filter((s) => !s.prefetch).map((s) => s.url));
    for (const {prefetch, ...s} of sizes) {
      if (prefetch) {
        // A file prefetched and then run counts once, as loaded.
        if (!run.has(s.url) && !prefetched.some((p) => p.url === s.url)) prefetched.push(s);
        continue;
      }
      if (files.some((f) => f.url === s.url)) continue;
      bytes[s.kind].raw += s.raw;
      bytes[s.kind].gzip += s.gzip;
      files.push(s);
    }
    const bySize = (a: LoadedFile, b: LoadedFile) => b.gzip - a.gzip;
    return {bytes, files: files.sort(bySize), prefetched: prefetched.sort(bySize)};
  } finally {
    await context.close();
  }
}
