import {test} from 'node:test';
import assert from 'node:assert/strict';
import {models} from '../../src/data/models';
import {
  GLANCE_DIMENSIONS,
  GLANCE_IDS,
  buildModelIndex,
  normalize,
  suggestModels,
} from '../../src/lib/modelIndex';

const index = buildModelIndex(models);

test('the index lists every model record by name and id, and nothing else', () => {
  assert.equal(index.models.length, models.length);
  assert.deepEqual(new Set(index.models.map((m) => m.id)), new Set(models.map((m) => m.id)));
  for (const entry of index.models)
    assert.deepEqual(Object.keys(entry).sort(), ['id', 'name', 'organization']);
  // Small enough to ship with the home page: no notes, sources or ratings per model.
  assert.ok(JSON.stringify(index.models).length < 80 * models.length);
});

test('the glance rows are the records people ask about, with evidence on every rating', () => {
  const ids = new Set(models.map((m) => m.id));
  assert.deepEqual(
    GLANCE_IDS.filter((id) => !ids.has(id)),
    [],
    'every glance id is a model record',
  );
  assert.deepEqual(
    index.glance.map((r) => r.id),
    [...GLANCE_IDS],
  );
  for (const row of index.glance) {
    const record = models.find((m) => m.id === row.id)!;
    for (const dim of GLANCE_DIMENSIONS) {
      const rating = record.openness[dim];
      const cell = row.cells[dim];
      if (!rating) assert.equal(cell, null);
      else {
        assert.equal(cell?.level, rating.level);
        assert.match(cell!.source, /^https:\/\//);
      }
    }
    // Access is carried separately, so the table can show it neutrally.
    assert.deepEqual(row.access, record.access);
  }
});

test('"lla" suggests the Llama models first; names, ids and makers all match', () => {
  const lla = suggestModels('lla', index.models);
  assert.ok(lla.length > 0);
  // Every Llama comes before any model that only contains the letters ("Mistral Large").
  const isLlama = (m: {name: string}) => /llama/i.test(m.name);
  const firstOther = lla.findIndex((m) => !isLlama(m));
  assert.ok(
    firstOther === -1 || lla.slice(firstOther).every((m) => !isLlama(m)),
    lla.map((m) => m.id).join(),
  );
  assert.ok(
    lla
      .slice(firstOther === -1 ? 0 : firstOther)
      .every((m) => isLlama(m) || normalize(m.name).includes('lla')),
  );
  assert.ok(isLlama(lla[0]), `${lla[0].name} is not a Llama`);
  assert.deepEqual(
    suggestModels('GPT OSS', index.models)
      .map((m) => m.id)
      .slice(0, 2)
      .sort(),
    models
      .filter((m) => normalize(m.name).startsWith('gptoss'))
      .map((m) => m.id)
      .sort()
      .slice(0, 2),
  );
  assert.ok(suggestModels('meta', index.models).some((m) => m.id.startsWith('llama')));
  assert.deepEqual(suggestModels('   ', index.models), []);
  assert.deepEqual(suggestModels('zzzz-no-such-model', index.models), []);
  assert.equal(suggestModels('a', index.models, 3).length, 3);
});
