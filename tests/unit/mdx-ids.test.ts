/**
 * MDX ids (issue #11 §2): MDX is not typechecked, so src/plugins/mdx-ids fails the build on an
 * unknown model id (<OpennessScorecard model>, <CompareModels ids>, <ModelTable ids>) or doc id
 * (<DocLink doc>), naming the file and the id; and every MDX page in docs/ passes it today.
 * Run: node --import tsx --test tests/unit/mdx-ids.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMdxIds, {unknownMdxIds} from '../../src/plugins/mdx-ids';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as never;
const OPTIONS = {
  modelIds: new Set(['gpt-oss-120b', 'chatgpt']),
  docExists: (id: string) => id === 'openai/gpt-oss',
};

test('each kind of planted MDX id typo is reported with the file and the id', () => {
  const tree = parse(
    [
      '<OpennessScorecard model="gpt-oss-12b" />',
      '',
      "<CompareModels ids={['chatgpt', 'gpt-oss-120b', 'olmo-3-32']} />",
      '',
      '<ModelTable ids={["chatgpt", "chat-gpt"]} />',
      '',
      'Read <DocLink doc="openai/gpt-os">the gpt-oss page</DocLink>.',
    ].join('\n'),
  );
  assert.deepEqual(unknownMdxIds(tree, 'docs/x.mdx', OPTIONS), [
    'docs/x.mdx: <OpennessScorecard model>: unknown model id "gpt-oss-12b" (not in src/data/models/)',
    'docs/x.mdx: <CompareModels ids>: unknown model id "olmo-3-32" (not in src/data/models/)',
    'docs/x.mdx: <ModelTable ids>: unknown model id "chat-gpt" (not in src/data/models/)',
    'docs/x.mdx: <DocLink doc>: unknown doc id "openai/gpt-os" (no file docs/openai/gpt-os.md(x))',
  ]);
});

test('correct ids pass, and the plugin throws on a typo', () => {
  const good = parse('<OpennessScorecard model="chatgpt" />\n\n<DocLink doc="openai/gpt-oss" />');
  assert.deepEqual(unknownMdxIds(good, 'docs/x.mdx', OPTIONS), []);
  const run = remarkMdxIds(OPTIONS);
  assert.throws(
    () =>
      run(parse('<OpennessScorecard model="gpt-4x" />'), {path: path.join(process.cwd(), 'docs/a/b.mdx')}),
    /docs\/a\/b\.mdx: <OpennessScorecard model>: unknown model id "gpt-4x"/,
  );
});

test('every page in docs/ passes against the real dataset and docs', () => {
  const dir = path.join(__dirname, '..', '..', 'docs');
  const files = fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.mdx'));
  assert.ok(files.length > 10);
  let checked = 0;
  for (const f of files) {
    const tree = parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.deepEqual(unknownMdxIds(tree, f), [], f);
    checked += 1;
  }
  assert.equal(checked, files.length);
});
