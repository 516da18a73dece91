/** The HTML checker must find each kind of problem it promises to catch. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkBuild} from '../../scripts/check-html.mjs';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`;
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page title</title>${head}</head><body><div id="__docusaurus">${body}</div></body></html>`;

async function check(html: string): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-html-'));
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  try {
    return (await checkBuild(dir)).problems as string[];
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

test('a clean page passes', async () => {
  assert.deepEqual(await check(page(CSP, '<main><h1>Hello</h1><p>Text.</p></main>')), []);
});

test('a missing CSP is reported', async () => {
  assert.ok(
    (await check(page('', '<main><h1>Hi</h1></main>'))).some((p) => /Content-Security-Policy/.test(p)),
  );
});

test('inline event handlers are reported', async () => {
  const problems = await check(
    page(CSP, '<main><h1>Hi</h1><button type="button" onclick="x()">Go</button></main>'),
  );
  assert.ok(
    problems.some((p) => /inline event handler onclick/.test(p)),
    problems.join('|'),
  );
});

test('scripts from another origin are reported', async () => {
  const problems = await check(
    page(CSP + '<script src="https://cdn.example.com/a.js"></script>', '<main><h1>Hi</h1></main>'),
  );
  assert.ok(
    problems.some((p) => /another origin: https:\/\/cdn\.example\.com/.test(p)),
    problems.join('|'),
  );
});

test('new-tab links without noopener noreferrer are reported', async () => {
  const problems = await check(
    page(CSP, '<main><h1>Hi</h1><a href="https://x.org" target="_blank">x</a></main>'),
  );
  assert.ok(
    problems.some((p) => /without rel="noopener noreferrer"/.test(p)),
    problems.join('|'),
  );
});

test('invalid HTML (duplicate ids) is reported by html-validate', async () => {
  const problems = await check(page(CSP, '<main><h1 id="a">Hi</h1><p id="a">x</p></main>'));
  assert.ok(
    problems.some((p) => /no-dup-id/.test(p)),
    problems.join('|'),
  );
});

test('content React streamed out of order (hidden until a script runs) is reported', async () => {
  const problems = await check(
    page(
      CSP,
      '<main><h1>Hi</h1><!--$?--><template id="B:0"></template><!--/$--></main>' +
        '<div hidden id="S:0"><p>The table</p></div><script>$RC("B:0","S:0")</script>',
    ),
  );
  assert.ok(
    problems.some((p) => /1 <Suspense> boundary\(ies\) streamed out of order/.test(p)),
    problems.join('|'),
  );
});

test('without the validator (the sub-path build) markup errors pass but every other check still runs', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-html-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    page(
      '',
      '<main><h1 id="a">Hi</h1><p id="a" onclick="x()">Dup</p><script src="https://cdn.example/x.js"></script></main>',
    ),
  );
  try {
    const problems = (await checkBuild(dir, {validate: false})).problems as string[];
    assert.ok(!problems.some((p) => /no-dup-id/.test(p)), problems.join('|'));
    assert.ok(
      problems.some((p) => /inline event handler onclick/.test(p)),
      problems.join('|'),
    );
    assert.ok(
      problems.some((p) => /loads from another origin/.test(p)),
      problems.join('|'),
    );
    assert.ok(
      problems.some((p) => /Content-Security-Policy/.test(p)),
      problems.join('|'),
    );
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
