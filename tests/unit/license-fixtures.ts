/** Hand-made licenses and license terms for unit tests: the one place tests build License records. */
import type {License, LicenseTerm, LicenseTerms} from '../../src/domain/types';

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

export interface LicenseFixture extends Partial<Omit<License, 'terms'>> {
  /** Terms changed from the permissive default; leave out for a license nobody has read yet. */
  terms?: Partial<LicenseTerms>;
}

/**
 * A valid license record (it passes validateLicenses): `restricted` unless `kind` says otherwise,
 * OSI-approved exactly when the kind is `osi-approved`, and without structured terms unless
 * `terms` is given (`terms: {}` is the permissive default).
 */
export function fixtureLicense({
  id = 'fixture-license',
  kind = 'restricted',
  terms: changed,
  ...rest
}: LicenseFixture = {}): License {
  return {
    id,
    name: `Fixture license ${id}`,
    kind,
    osiApproved: kind === 'osi-approved',
    url: `https://example.org/licenses/${id}`,
    asOf: '2025-01',
    allows: 'Fixture terms.',
    ...(changed === undefined ? {} : {terms: terms(changed)}),
    ...rest,
  };
}

/** A getLicense-shaped lookup over fixture licenses. */
export function licenseLookup(list: readonly License[]): (id: string) => License | undefined {
  const byId = new Map(list.map((l) => [l.id, l]));
  return (id) => byId.get(id);
}
