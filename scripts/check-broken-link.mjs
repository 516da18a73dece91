#!/usr/bin/env node
/**
 * Proves the build refuses broken internal links and anchors: copies the tracked site into a
 * temporary folder, plants one fault at a time in a docs page (missing page, missing anchor,
 * missing Markdown file), builds, and expects each build to fail naming the fault.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-link-'));
try {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {encoding: 'utf8'})
    .split('\n')
    .filter((f) => f && fs.existsSync(f));
  for (const f of files) {
    fs.mkdirSync(path.join(tmp, path.dirname(f)), {recursive: true});
    fs.copyFileSync(f, path.join(tmp, f));
  }
  // The copy uses the installed packages through one link per entry of node_modules, but gets a
  // node_modules/.cache of its own: the build's Rspack cache lands there and goes with the copy.
  // (With one link to the whole folder, every run added ~40 MB of cache for paths that never come
  // back to the real node_modules/.cache/rspack, and the proof slowed from 36 to 58 s at 285 MB.)
  fs.mkdirSync(path.join(tmp, 'node_modules'));
  for (const entry of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (entry === '.cache') continue;
    fs.symlinkSync(path.join(root, 'node_modules', entry), path.join(tmp, 'node_modules', entry));
  }
  execFileSync('git', ['init', '-q'], {cwd: tmp});
  execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '-A'], {cwd: tmp});
  execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'tmp'], {cwd: tmp});

  // One planted fault per build: Docusaurus stops at the first kind of problem it finds.
  const faults = [
    ['a link to a missing page', '[gone](/guide/this-page-does-not-exist/)', /this-page-does-not-exist/],
    ['a link to a missing anchor', '[gone](/guide/is-chatgpt-open-source/#no-such-anchor)', /no-such-anchor/],
    ['a Markdown link to a missing file', '[gone](../no-such-file.mdx)', /no-such-file\.mdx/],
  ];
  const page = path.join(tmp, 'docs', 'reference', 'faq.mdx');
  const original = fs.readFileSync(page, 'utf8');
  let failures = 0;
  for (const [what, markdown, expected] of faults) {
    fs.writeFileSync(page, `${original}\n\nPlanted fault: ${markdown}\n`);
    const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', path.join(tmp, 'out')], {
      cwd: tmp,
      encoding: 'utf8',
      env: {...process.env, BASE_URL: '/'},
    });
    const output = `${result.stdout}\n${result.stderr}`;
    if (result.status === 0) {
      console.error(`✗ The build SUCCEEDED with ${what} planted in docs/reference/faq.mdx.`);
      failures++;
    } else if (!expected.test(output)) {
      console.error(`✗ The build failed with ${what} planted, but its output does not name it:`);
      console.error(output.slice(-2000));
      failures++;
    } else {
      console.log(`✓ ${what} made the build fail and was named in the error.`);
    }
  }
  if (failures > 0) process.exit(1);
} finally {
  fs.rmSync(tmp, {recursive: true, force: true});
}
