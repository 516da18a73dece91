#!/usr/bin/env node
/**
 * Runs the Playwright browser suite against build/ and build-subpath/ (see tests/playwright.config.ts).
 * Extra arguments are passed to `playwright test`, e.g. `npm run test:e2e -- tests/e2e/site.spec.ts`.
 * Fails early, with instructions, when a build is missing.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

for (const dir of ['build', 'build-subpath']) {
  if (!fs.existsSync(`${dir}/index.html`)) {
    console.error(
      `The browser tests need ${dir}/. Run "npm run build && npm run build:subpath" first (npm test does both).`,
    );
    process.exit(1);
  }
}
/** A port that is free right now on 127.0.0.1, so parallel runs (other worktrees, CI) don't clash. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const {port} = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const env = {...process.env};
env.E2E_ROOT_PORT ??= String(await freePort());
env.E2E_SUB_PORT ??= String(await freePort());

const args = process.argv.slice(2).map((a) => a.replace(/^tests\//, ''));
const result = spawnSync('npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts', ...args], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
