/**
 * Date helpers shared by components and validators. Dates are ISO strings with year, month or
 * day precision ("2019", "2026-06", "2025-08-05"); output is unambiguous English.
 */
import type {Source} from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const ISO_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** "2025-08-05" -> "5 August 2025", "2026-06" -> "June 2026", "2019" -> "2019". */
export function formatIsoDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Earliest moment a partial date can mean, for "not in the future" checks. */
export function isoDateStart(value: string): Date {
  const [y, m = '01', d = '01'] = value.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

/** Label for a source's date: its as-of date for living pages, else its publication date. */
export function formatSourceDate(source: Pick<Source, 'published' | 'asOf'>): string {
  if (source.asOf) return `as of ${formatIsoDate(source.asOf)}`;
  if (source.published) return formatIsoDate(source.published);
  return '';
}
