/**
 * Pure helpers for the model explorer's overview (issue #13 §3): which records count as
 * historical, and compact dates. (The "Can I use it for…" filter asks `canUse` in src/data/models.)
 * No React, no dataset import; unit-tested in tests/unit/explorer.test.ts.
 */
import type {Model} from '../domain/types';

/** Records first released before this year are pre-2021 research models, listed apart. */
export const HISTORICAL_BEFORE = '2021';

export function isHistorical(model: Pick<Model, 'firstRelease'>): boolean {
  return model.firstRelease < HISTORICAL_BEFORE;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A compact release date for the overview: "2020" / "Aug 2025" (the day is in the title). */
export function shortDate(iso: string): string {
  const [year, month] = iso.split('-');
  const m = month ? MONTHS[Number(month) - 1] : undefined;
  return m ? `${m} ${year}` : year;
}
