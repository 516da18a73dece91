/**
 * The build's script hashes (issue #27 §6): which scripts are hashed, that the hash is the CSP
 * SHA-256 of the exact text, and how the policy is rewritten (and when the step refuses to).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {hashInlineScripts, inlineScriptHashes, scriptHash, withScriptHashes} from '../../src/plugins/seo/csp';

const POLICY = `<meta http-equiv=Content-Security-Policy content="default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'">`;
const page = (body: string) => `<!doctype html><html><head>${POLICY}</head><body>${body}</body></html>`;

test('only inline scripts the browser runs are hashed, each by its exact text', () => {
  const html = page(
    `<script>a()</script><script src=/x.js></script><script type=application/ld+json>{"a":1}</script>` +
      `<script type="module">b()</script><script type="text/javascript">c() </script>`,
  );
  const expected = ['a()', 'b()', 'c() '].map(
    (t) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`,
  );
  assert.deepEqual(inlineScriptHashes(html), expected);
  assert.equal(scriptHash('a()'), expected[0]);
});

test("the policy gets the hashes in place of 'unsafe-inline' for scripts only", () => {
  const out = withScriptHashes(page('<script>a()</script>'), [scriptHash('a()')], 'p.html');
  assert.match(
    out,
    new RegExp(
      `script-src 'self' ${scriptHash('a()').replace(/[+/]/g, '\\$&')}; style-src 'self' 'unsafe-inline'`,
    ),
  );
  assert.doesNotMatch(out.match(/script-src[^;]*/)![0], /unsafe-inline/);
});

test('a page without a policy is left alone; a policy it cannot read or replace fails the build', () => {
  const stub = '<html><head></head><body><script>location.href="/x/"</script></body></html>';
  assert.equal(withScriptHashes(stub, [], 'stub.html'), stub);
  const hashedAlready = page('').replace(" 'unsafe-inline'; style", '; style');
  assert.throws(
    () => withScriptHashes(hashedAlready, [], 'a.html'),
    /a\.html: .*no script-src 'unsafe-inline'/,
  );
  const odd = `<meta content="x" http-equiv="Content-Security-Policy">`;
  assert.throws(
    () => withScriptHashes(odd, [], 'b.html'),
    /b\.html: a Content-Security-Policy this step cannot read/,
  );
});

test('every page gets the union of all pages’ hashes (client navigation renders other heads); stubs add none', () => {
  const pages = new Map([
    ['a.html', page('<script>one()</script>')],
    ['b.html', page('<script>two()</script>')],
    ['stub.html', '<html><body><script>three()</script></body></html>'],
  ]);
  const {hashes, pages: out} = hashInlineScripts(pages);
  assert.deepEqual(hashes, [scriptHash('one()'), scriptHash('two()')].sort());
  for (const f of ['a.html', 'b.html'])
    for (const h of hashes) assert.ok(out.get(f)!.includes(h), `${f} has ${h}`);
  assert.equal(out.get('stub.html'), pages.get('stub.html'));
});
