import {test} from 'node:test';
import assert from 'node:assert/strict';
import {hiddenEdges} from '../../src/lib/tableScroll';

test('a table that fits hides nothing, whatever the scroll position says', () => {
  assert.deepEqual(hiddenEdges(0, 500, 500), {start: false, end: false});
  assert.deepEqual(hiddenEdges(0, 501, 500), {start: false, end: false}, 'one pixel of sub-pixel slack');
});

test('a wide table hides its end at the start, both sides in the middle, its start at the end', () => {
  assert.deepEqual(hiddenEdges(0, 900, 400), {start: false, end: true});
  assert.deepEqual(hiddenEdges(250, 900, 400), {start: true, end: true});
  assert.deepEqual(hiddenEdges(500, 900, 400), {start: true, end: false});
  assert.deepEqual(hiddenEdges(499.5, 900, 400), {start: true, end: false}, 'sub-pixel short of the end');
});
