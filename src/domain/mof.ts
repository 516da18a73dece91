/**
 * The Model Openness Framework class of a model (sources `mof-paper`, `mof-tool-repo`), estimated
 * from its openness ratings and license record. Pure; part of every model's verdicts
 * (./verdicts.ts `modelVerdicts`), unit-tested in tests/unit/verdicts.test.ts.
 *
 * The framework lists 16 components (plus optional ones) in three cumulative classes: Class III
 * (open model), Class II (open tooling), Class I (open science); the Model Openness Tool
 * (ModelEvaluator.php) gives the highest class whose required components are all released under
 * open licenses. Our data has no rating for evaluation results, evaluation code, evaluation data,
 * data-preprocessing code or intermediate checkpoints, so the class is always labelled
 * "estimated": `MOF_COMPONENTS` below says, per component, which of our dimensions it is mapped
 * from and which components are assumed to follow another dimension.
 */
import type {License, Model, OpennessDimension} from './types';
import type {PartStatus} from './types';

type LicenseFacts = Pick<License, 'kind'>;

export type MofClass = 'I' | 'II' | 'III' | 'none';

export const MOF_CLASSES: Record<MofClass, {label: string; order: number}> = {
  I: {label: 'Class I, open science', order: 1},
  II: {label: 'Class II, open tooling', order: 2},
  III: {label: 'Class III, open model', order: 3},
  none: {label: 'No class', order: 4},
};

export interface MofComponent {
  name: string;
  /** The class that first requires it (3 = Class III). */
  cls: 1 | 2 | 3;
  /** Which of our dimensions it is read from. */
  from: OpennessDimension[];
  /** all: every listed dimension open; any: one of them open. */
  mode: 'all' | 'any';
  /** `mapped`: our dimension measures the same thing; `assumed`: no rating of our own, read from a proxy. */
  basis: 'mapped' | 'assumed';
  /** Why this mapping, shown on the page. */
  why: string;
  /** Needs an open (OSI-approved or permissive) license record too: the weights component. */
  needsOpenLicense?: boolean;
}

/** The framework's required components (mof.settings.yml), with our mapping. Optional ones are left out. */
export const MOF_COMPONENTS: MofComponent[] = [
  {
    name: 'Model architecture',
    cls: 3,
    from: ['inferenceCode'],
    mode: 'all',
    basis: 'mapped',
    why: 'the code that defines the architecture ships with the inference code',
  },
  {
    name: 'Model parameters (final)',
    cls: 3,
    from: ['weights'],
    mode: 'all',
    basis: 'mapped',
    why: 'our weights rating, plus an open license',
    needsOpenLicense: true,
  },
  {
    name: 'Technical report',
    cls: 3,
    from: ['paper'],
    mode: 'all',
    basis: 'mapped',
    why: 'our paper / report rating',
  },
  {
    name: 'Evaluation results',
    cls: 3,
    from: ['paper', 'modelCard'],
    mode: 'any',
    basis: 'assumed',
    why: 'not rated by us; assumed published when the paper or the model card is open',
  },
  {
    name: 'Model card',
    cls: 3,
    from: ['modelCard'],
    mode: 'all',
    basis: 'mapped',
    why: 'our model card rating',
  },
  {
    name: 'Data card',
    cls: 3,
    from: ['dataDocumentation'],
    mode: 'all',
    basis: 'mapped',
    why: 'our data documentation rating',
  },
  {
    name: 'Training code',
    cls: 2,
    from: ['trainingCode'],
    mode: 'all',
    basis: 'mapped',
    why: 'our training code rating',
  },
  {
    name: 'Inference code',
    cls: 2,
    from: ['inferenceCode'],
    mode: 'all',
    basis: 'mapped',
    why: 'our inference code rating',
  },
  {
    name: 'Evaluation code',
    cls: 2,
    from: ['trainingCode'],
    mode: 'all',
    basis: 'assumed',
    why: 'not rated by us; assumed released with the training code',
  },
  {
    name: 'Evaluation data',
    cls: 2,
    from: ['trainingCode'],
    mode: 'all',
    basis: 'assumed',
    why: 'not rated by us; assumed released with the training code (evaluation sets are mostly public benchmarks)',
  },
  {
    name: 'Datasets',
    cls: 1,
    from: ['trainingData'],
    mode: 'all',
    basis: 'mapped',
    why: 'our training data rating',
  },
  {
    name: 'Data preprocessing code',
    cls: 1,
    from: ['trainingCode'],
    mode: 'all',
    basis: 'assumed',
    why: 'not rated by us; assumed part of the training code',
  },
  {
    name: 'Model parameters (intermediate)',
    cls: 1,
    from: ['trainingCode', 'trainingData'],
    mode: 'all',
    basis: 'assumed',
    why: 'not rated by us; assumed released when training code and data both are (true of Pythia and OLMo, not checked for every model)',
  },
  {
    name: 'Research paper',
    cls: 1,
    from: ['paper'],
    mode: 'all',
    basis: 'mapped',
    why: 'our paper / report rating (the framework lets a research paper stand in for the technical report)',
  },
];

export interface MofComponentResult {
  name: string;
  cls: 1 | 2 | 3;
  basis: 'mapped' | 'assumed';
  status: PartStatus;
  why: string;
}

export interface MofResult {
  cls: MofClass;
  /** Always true with our data: some components are assumed (see MOF_COMPONENTS). */
  estimated: true;
  components: MofComponentResult[];
  /**
   * The class it would reach if every unrated component turned out open. Equal to `cls` when the
   * ratings settle it; higher when missing ratings leave the class open.
   */
  possible: MofClass;
  /** What the next class up still needs (not met or not rated). Empty at Class I. */
  nextNeeds: string[];
}

function componentStatus(c: MofComponent, model: Pick<Model, 'openness'>, license: LicenseFacts): PartStatus {
  const levels = c.from.map((d) => model.openness[d]?.level);
  let status: PartStatus;
  if (c.mode === 'any') {
    status = levels.includes('open') ? 'met' : levels.includes(undefined) ? 'unknown' : 'not-met';
  } else if (levels.every((l) => l === 'open')) {
    status = 'met';
  } else {
    status = levels.some((l) => l === 'partial' || l === 'closed') ? 'not-met' : 'unknown';
  }
  if (c.needsOpenLicense && status !== 'not-met') {
    if (license.kind === 'unclear') status = 'unknown';
    else if (license.kind !== 'osi-approved' && license.kind !== 'permissive') status = 'not-met';
  }
  return status;
}

export function mofClass(model: Pick<Model, 'openness'>, license: LicenseFacts): MofResult {
  const components = MOF_COMPONENTS.map((c) => ({
    name: c.name,
    cls: c.cls,
    basis: c.basis,
    why: c.why,
    status: componentStatus(c, model, license),
  }));
  const highest = (ok: (c: MofComponentResult) => boolean): MofClass => {
    const classMet = (cls: 1 | 2 | 3) => components.filter((c) => c.cls >= cls).every(ok);
    return classMet(1) ? 'I' : classMet(2) ? 'II' : classMet(3) ? 'III' : 'none';
  };
  const cls = highest((c) => c.status === 'met');
  const possible = highest((c) => c.status !== 'not-met');
  const next = cls === 'I' ? null : cls === 'II' ? 1 : cls === 'III' ? 2 : 3;
  const nextNeeds =
    next === null
      ? []
      : components
          .filter((c) => c.cls >= next && c.status !== 'met')
          .map((c) => `${c.name.toLowerCase()} (${c.status === 'unknown' ? 'not rated' : 'not open'})`);
  return {cls, estimated: true, possible, components, nextNeeds};
}
