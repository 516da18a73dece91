/** Hand-made license terms for unit tests (shared by the verdict, license-use and explorer tests). */
import type {LicenseTerm, LicenseTerms} from '../../src/data/types';

/** One term with a placeholder note and clause link. */
export const t = (
  status: LicenseTerm['status'],
  note = `${status} note`,
  source = 'https://example.org/clause',
): LicenseTerm => ({status, note, source});

/** A permissive license's terms (everything allowed, no duties), with the given terms changed. */
export function terms(overrides: Partial<LicenseTerms> = {}): LicenseTerms {
  return {
    commercialUse: t('yes'),
    outputsForTraining: t('yes'),
    derivatives: t('yes'),
    acceptableUsePolicy: t('no'),
    passesToDerivatives: t('no'),
    attributionDuties: t('no'),
    gatedDownload: t('no'),
    ...overrides,
  };
}
