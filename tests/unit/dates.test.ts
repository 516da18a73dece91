/** src/domain/dates.ts: ISO dates of year, month or day precision, formatted for readers. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  ISO_DATE_PATTERN,
  formatIsoDate,
  formatSourceDate,
  isIsoDate,
  isoDateStart,
} from '../../src/domain/dates';

test('isIsoDate accepts year, month and day precision and rejects impossible dates', () => {
  for (const ok of ['2019', '2026-06', '2025-08-05', '2024-02-29']) assert.equal(isIsoDate(ok), true, ok);
  for (const bad of [
    '19',
    '2026-13',
    '2026-00',
    '2025-02-29',
    '2025-04-31',
    '2025-8-5',
    '2025-08-05T00:00',
    '',
  ]) {
    assert.equal(isIsoDate(bad), false, bad);
  }
});

test('formatIsoDate writes an unambiguous English date at the precision given', () => {
  assert.equal(formatIsoDate('2019'), '2019');
  assert.equal(formatIsoDate('2026-06'), 'June 2026');
  assert.equal(formatIsoDate('2025-08-05'), '5 August 2025');
  assert.equal(formatIsoDate('2024-12-31'), '31 December 2024');
});

test('isoDateStart is the first moment the partial date can mean, in UTC', () => {
  assert.equal(isoDateStart('2019').toISOString(), '2019-01-01T00:00:00.000Z');
  assert.equal(isoDateStart('2026-06').toISOString(), '2026-06-01T00:00:00.000Z');
  assert.equal(isoDateStart('2025-08-05').toISOString(), '2025-08-05T00:00:00.000Z');
});

test('formatSourceDate prefers the as-of date of a living page, else the publication date', () => {
  assert.equal(formatSourceDate({asOf: '2026-06', published: '2024-01'}), 'as of June 2026');
  assert.equal(formatSourceDate({published: '2023-03-15'}), '15 March 2023');
  assert.equal(formatSourceDate({}), '');
});

test('ISO_DATE_PATTERN checks the shape only; isIsoDate also checks the calendar', () => {
  for (const shape of ['2019', '2026-06', '2025-02-30', '2025-04-31']) {
    assert.match(shape, ISO_DATE_PATTERN, shape);
  }
  assert.equal(isIsoDate('2025-02-30'), false, 'right shape, no such day');
  for (const bad of ['2026-13', '2026-00', '2025-02-32', '2025-2-03', ' 2025', '2025-01-01 ']) {
    assert.doesNotMatch(bad, ISO_DATE_PATTERN, JSON.stringify(bad));
  }
});

test('formatIsoDate and isoDateStart keep leap days and month ends', () => {
  assert.equal(formatIsoDate('2024-02-29'), '29 February 2024');
  assert.equal(formatIsoDate('2026-01'), 'January 2026');
  assert.equal(isoDateStart('2024-02-29').toISOString(), '2024-02-29T00:00:00.000Z');
  assert.ok(isoDateStart('2026-06') < isoDateStart('2026-06-02'), 'a month starts before its second day');
});
