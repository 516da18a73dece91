/**
 * "What the license lets you do" (issue #13 §2): one answer per use case, computed from the
 * license's structured terms (src/data/licenses/) and a few model facts (does it have
 * downloadable weights, is it multimodal). Pure; unit-tested in tests/unit/licenseUse.test.ts.
 *
 * Every answer carries the clause it rests on (`source`: an https URL or a source id, resolved by
 * the caller). Where the license has no structured terms, or the clause was not read, the answer
 * is `not-checked`, never a guess.
 */
import type {License, LicenseTerm, Model, TermStatus} from './types';
import {openWeights} from './verdicts';

export type UseCaseId =
  | 'commercial'
  | 'over-700m-users'
  | 'eu-company'
  | 'fine-tune-publish'
  | 'outputs-train'
  | 'offline';

export const USE_CASES: Record<UseCaseId, {question: string; order: number}> = {
  commercial: {question: 'Build a commercial product', order: 1},
  'over-700m-users': {question: 'Serve more than 700 million monthly users', order: 2},
  'eu-company': {question: 'Use it as a company based in the EU', order: 3},
  'fine-tune-publish': {question: 'Fine-tune it and publish the result', order: 4},
  'outputs-train': {question: 'Use its outputs to train another model', order: 5},
  offline: {question: 'Run it offline on your own hardware', order: 6},
};

export const USE_CASE_IDS = (Object.keys(USE_CASES) as UseCaseId[]).sort(
  (a, b) => USE_CASES[a].order - USE_CASES[b].order,
);

export interface UseAnswer {
  id: UseCaseId;
  status: TermStatus;
  /** Why, in plain words, naming the clause. */
  because: string;
  /** The clause: an https URL or a source id; absent only for "not checked". */
  source?: string;
}

type ModelFacts = Pick<Model, 'openness' | 'access' | 'modalities'>;
type LicenseFacts = Pick<License, 'id' | 'name' | 'kind' | 'url' | 'terms'>;

/** Image, audio or video in; Llama 4's EU clause covers these models. */
export function isMultimodal(model: Pick<Model, 'modalities'>): boolean {
  return model.modalities.some((m) => m === 'image' || m === 'audio' || m === 'video');
}

function fromTerm(id: UseCaseId, term: LicenseTerm): UseAnswer {
  return {id, status: term.status, because: term.note, source: term.source};
}

function notChecked(id: UseCaseId, license: LicenseFacts): UseAnswer {
  return {
    id,
    status: 'not-checked',
    because:
      license.kind === 'proprietary'
        ? "Depends on the vendor's terms of service, which differ per vendor and change; not checked here."
        : `We have not yet read ${license.name} for this.`,
  };
}

const EU = 'European Union';

export function licenseUses(model: ModelFacts, license: LicenseFacts): UseAnswer[] {
  const t = license.terms;
  const weights = openWeights(model, license);
  const weightsSource = model.openness.weights?.source;
  const hasWeights = weights !== 'no';
  const answers: Record<UseCaseId, UseAnswer> = {} as Record<UseCaseId, UseAnswer>;

  // Build a commercial product.
  answers.commercial = t ? fromTerm('commercial', t.commercialUse) : notChecked('commercial', license);

  // Serve more than 700 million monthly users.
  if (!t) {
    answers['over-700m-users'] = notChecked('over-700m-users', license);
  } else if (t.commercialUse.status === 'no') {
    answers['over-700m-users'] = {
      id: 'over-700m-users',
      status: 'no',
      because: 'No commercial use at any scale.',
      source: t.commercialUse.source,
    };
  } else if (
    t.userThreshold?.status === 'yes' &&
    (t.userThreshold.monthlyActiveUsers === undefined || t.userThreshold.monthlyActiveUsers <= 700e6)
  ) {
    const th = t.userThreshold;
    const status: TermStatus =
      th.effect === 'separate-license' && th.measuredAt !== 'release-date' ? 'no' : 'conditional';
    answers['over-700m-users'] = {id: 'over-700m-users', status, because: th.note, source: th.source};
  } else if (t.userThreshold?.status === 'not-checked') {
    answers['over-700m-users'] = fromTerm('over-700m-users', t.userThreshold);
  } else {
    answers['over-700m-users'] = {
      id: 'over-700m-users',
      status: t.commercialUse.status,
      because: `No user or revenue threshold in the license; the same terms apply at any scale. ${t.commercialUse.note}`,
      source: t.commercialUse.source,
    };
  }

  // A company based in the EU.
  const region = t?.regionExclusion;
  if (!t) {
    answers['eu-company'] = notChecked('eu-company', license);
  } else if (region?.status === 'not-checked') {
    answers['eu-company'] = fromTerm('eu-company', region);
  } else if (region?.status === 'yes' && region.regions.includes(EU)) {
    const covered = region.appliesTo === 'all' || isMultimodal(model);
    answers['eu-company'] = covered
      ? {id: 'eu-company', status: 'no', because: region.note, source: region.source}
      : {
          id: 'eu-company',
          status: t.commercialUse.status,
          because: `The license's EU exclusion covers only its multimodal models, and this one is text-only. ${region.note}`,
          source: region.source,
        };
  } else {
    answers['eu-company'] = {
      id: 'eu-company',
      status: t.commercialUse.status === 'not-checked' ? 'not-checked' : 'yes',
      because: 'The license excludes no region; the same terms apply in the EU.',
      source: license.url ?? t.commercialUse.source,
    };
  }

  // Fine-tune and publish the result.
  if (!hasWeights) {
    answers['fine-tune-publish'] = {
      id: 'fine-tune-publish',
      status: 'no',
      because: 'The weights are not released, so there is nothing you can change and publish.',
      source: weightsSource,
    };
  } else if (!t) {
    answers['fine-tune-publish'] = notChecked('fine-tune-publish', license);
  } else {
    const d = t.derivatives;
    const conditions = [t.passesToDerivatives, t.attributionDuties].filter((x) => x.status === 'yes');
    answers['fine-tune-publish'] =
      d.status === 'yes' && conditions.length > 0
        ? {
            id: 'fine-tune-publish',
            status: 'conditional',
            because: [d.note, ...conditions.map((c) => c.note)].join(' '),
            source: d.source,
          }
        : fromTerm('fine-tune-publish', d);
  }

  // Use outputs to train another model.
  answers['outputs-train'] = t
    ? fromTerm('outputs-train', t.outputsForTraining)
    : notChecked('outputs-train', license);

  // Run offline on your own hardware.
  answers.offline =
    weights === 'no'
      ? {
          id: 'offline',
          status: 'no',
          because: 'The weights are not released; it runs only on the maker’s servers.',
          source: weightsSource,
        }
      : weights === 'on-request'
        ? {
            id: 'offline',
            status: 'conditional',
            because: 'Only if the maker approves your request for the weights.',
            source: t?.gatedDownload.source ?? weightsSource,
          }
        : {
            id: 'offline',
            status: 'yes',
            because:
              weights === 'gated'
                ? 'The weights can be downloaded after accepting the license, then run without a network connection.'
                : 'The weights can be downloaded and run without a network connection.',
            source: weightsSource,
          };

  return USE_CASE_IDS.map((id) => answers[id]);
}
