/**
 * The openness rubric's machine-checkable rules (docs/concepts/rubric.mdx), as a pure function over
 * model records and licenses. Returns one line per broken rule, naming the record and dimension.
 * The unit tests run it over the live dataset and over deliberately bad fixtures.
 */
import {OPENNESS_DIMENSIONS, type License, type Model, type OpennessDimension} from './types';

export const RUBRIC_DIMENSIONS = Object.keys(OPENNESS_DIMENSIONS) as OpennessDimension[];

/** Records first released in this year or later must rate every dimension. */
export const FULLY_RATED_FROM = '2023';

/** Artefacts a hosted-only model cannot release. */
const HOSTED_CLOSED = ['weights', 'inferenceCode', 'trainingCode', 'trainingData', 'license'] as const;

export function checkRubric(
  models: readonly Model[],
  getLicense: (id: string) => License | undefined,
): string[] {
  const problems: string[] = [];
  for (const m of models) {
    const at = (dim: string) => `models[${m.id}].openness.${dim}`;
    const level = (d: OpennessDimension) => m.openness[d]?.level;
    const license = getLicense(m.license);
    if (!license) {
      problems.push(`models[${m.id}].license: unknown license ${m.license}`);
      continue;
    }
    if (level('license') === 'open' && !license.osiApproved) {
      problems.push(`${at('license')}: rated open but ${license.id} is not OSI-approved`);
    }
    if (license.osiApproved && level('license') && level('license') !== 'open') {
      problems.push(`${at('license')}: ${license.id} is OSI-approved, so the rating must be open`);
    }
    if (!license.osiApproved && license.kind !== 'proprietary' && level('license') === 'closed') {
      problems.push(`${at('license')}: ${license.id} is ${license.kind}, so the rating must be partial`);
    }
    if (license.kind === 'proprietary' && level('license') && level('license') !== 'closed') {
      problems.push(`${at('license')}: proprietary terms must rate closed`);
    }
    if (level('weights') === 'open') {
      if (!m.access.includes('weights')) {
        problems.push(`${at('weights')}: rated open but access does not include "weights"`);
      }
      if (!license.osiApproved && license.kind !== 'permissive') {
        problems.push(
          `${at('weights')}: rated open but ${license.id} is ${license.kind}; gated or restricted weights are partial`,
        );
      }
    }
    if (!m.access.includes('weights')) {
      for (const d of HOSTED_CLOSED) {
        if (level(d) && level(d) !== 'closed') {
          problems.push(`${at(d)}: a hosted-only model (no "weights" access) must rate closed`);
        }
      }
    }
    if (level('trainingData') === 'open' && !['open', 'partial'].includes(level('dataDocumentation') ?? '')) {
      problems.push(
        `${at('dataDocumentation')}: training data is open, so data documentation must be at least partial`,
      );
    }
    const fullyRated = m.firstRelease >= FULLY_RATED_FROM;
    for (const d of RUBRIC_DIMENSIONS) {
      const reason = m.unrated?.[d];
      if (m.openness[d]) continue;
      if (fullyRated) problems.push(`${at(d)}: not rated; records released in 2023 or later rate all nine`);
      else if (!reason?.trim()) problems.push(`${at(d)}: not rated and no reason given in unrated.${d}`);
    }
  }
  return problems;
}

/** Rated cells over all cells (records × dimensions). */
export function ratedShare(models: readonly Model[]): {rated: number; total: number; share: number} {
  const total = models.length * RUBRIC_DIMENSIONS.length;
  const rated = models.reduce((n, m) => n + RUBRIC_DIMENSIONS.filter((d) => m.openness[d]).length, 0);
  return {rated, total, share: total === 0 ? 0 : rated / total};
}
