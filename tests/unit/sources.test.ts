import {test} from 'node:test';
import assert from 'node:assert/strict';
import {sources, getSource} from '../../src/data/sources';
import {validateSources, assertValidDataset, DatasetError} from '../../src/domain/validation/validate';
import type {Source} from '../../src/domain/types';

// Fixtures use a fixed date; the real data is checked against the clock, as the build does.
const TODAY = new Date('2026-11-23T12:00:00Z');

const good: Source = {
  id: 'example-source',
  title: 'An example',
  publisher: 'Example Org',
  url: 'https://example.org/page',
  published: '2025-08-05',
  kind: 'primary',
  topic: 'models',
};

test('the real source list is valid and non-empty', () => {
  assert.ok(sources.length > 0);
  assert.deepEqual(validateSources(sources, new Date()), []);
  assert.equal(getSource(sources[0].id), sources[0]);
  assert.equal(getSource('no-such-id'), undefined);
});

const cases: Array<[string, Partial<Source> & Record<string, unknown>, RegExp]> = [
  ['missing URL', {url: ''}, /sources\[example-source\]\.url: missing or invalid https URL/],
  ['http URL', {url: 'http://example.org'}, /sources\[example-source\]\.url: missing or invalid https URL/],
  ['bad date', {published: '2025-13-01'}, /sources\[example-source\]\.published: not an ISO date/],
  ['impossible day', {published: '2025-02-30'}, /sources\[example-source\]\.published: not an ISO date/],
  [
    'future date',
    {published: '2027-01-01'},
    /sources\[example-source\]\.published: date 2027-01-01 is in the future/,
  ],
  ['no date', {published: undefined}, /sources\[example-source\]\.asOf: needs a published or asOf date/],
  ['unknown kind', {kind: 'rumour' as never}, /sources\[example-source\]\.kind/],
  ['unknown topic', {topic: 'gossip' as never}, /sources\[example-source\]\.topic/],
  ['bad id', {id: 'Not Kebab'}, /sources\[Not Kebab\]\.id: id must be a kebab-case slug/],
  ['unknown field', {colour: 'red'}, /sources\[example-source\]: Unrecognized key: "colour"/],
];

for (const [name, patch, expected] of cases) {
  test(`a source with ${name} is rejected with a message naming record and field`, () => {
    const problems = validateSources([{...good, ...patch} as Source], TODAY);
    assert.ok(
      problems.some((p) => expected.test(p)),
      `got: ${problems.join(' | ')}`,
    );
  });
}

test('duplicate ids are reported', () => {
  const problems = validateSources([good, {...good}], TODAY);
  assert.ok(
    problems.some((p) => /sources\[example-source\]\.id: duplicate id/.test(p)),
    problems.join('|'),
  );
});

test('assertValidDataset throws one error listing every problem', () => {
  assert.throws(
    () =>
      assertValidDataset(
        {
          sources: [
            {...good, url: ''},
            {...good, id: 'b', kind: 'x' as never},
          ],
        },
        TODAY,
      ),
    (err: unknown) => {
      assert.ok(err instanceof DatasetError);
      assert.equal(err.problems.length, 2);
      assert.match(err.message, /2 problem\(s\)/);
      return true;
    },
  );
});
