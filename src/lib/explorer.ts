/**
 * Pure helpers for the model explorer's overview (issue #13 §3): which records count as
 * historical, and whether a model passes the "Can I use it for…" filter. No React, no dataset
 * import; unit-tested in tests/unit/explorer.test.ts.
 */
import type {License, Model, TermStatus} from '../domain/types';
import {licenseUses, type UseCaseId} from '../domain/licenseUse';

/** Records first released before this year are pre-2021 research models, listed apart. */
export const HISTORICAL_BEFORE = '2021';

export function isHistorical(model: Pick<Model, 'firstRelease'>): boolean {
  return model.firstRelease < HISTORICAL_BEFORE;
}

type ModelFacts = Pick<Model, 'openness' | 'access' | 'modalities'>;
type LicenseFacts = Pick<License, 'id' | 'name' | 'kind' | 'url' | 'terms'>;

/** The license's answer for one use case ("not-checked" when the license record is missing). */
export function statusForUseCase(
  model: ModelFacts,
  license: LicenseFacts | undefined,
  use: UseCaseId,
): TermStatus {
  if (!license) return 'not-checked';
  return licenseUses(model, license).find((a) => a.id === use)?.status ?? 'not-checked';
}

/** A model passes a use-case filter when its license answers yes or "with conditions". */
export function passesUseCase(model: ModelFacts, license: LicenseFacts | undefined, use: UseCaseId): boolean {
  const status = statusForUseCase(model, license, use);
  return status === 'yes' || status === 'conditional';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A compact release date for the overview: "2020" / "Aug 2025" (the day is in the title). */
export function shortDate(iso: string): string {
  const [year, month] = iso.split('-');
  const m = month ? MONTHS[Number(month) - 1] : undefined;
  return m ? `${m} ${year}` : year;
}
