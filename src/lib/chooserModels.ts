/**
 * What the chooser needs to know about each model it suggests, derived from the model and license
 * records instead of restated by hand (issue #11 §2). Pure: no React, no DOM. The dataset plugin
 * (src/plugins/dataset) runs `chooserModelFacts` at build time and writes the result as
 * chooser-models.json, so the chooser's page ships these few flags, not the dataset.
 * Unit-tested on fixtures in tests/unit/chooserModels.test.ts.
 */
import type {License, Model, Modality} from '../domain/types';

/** The facts behind the chooser's model filters (src/lib/chooser.ts `suggestModels`). */
export interface ChooserModelFacts {
  /** The record's name, shown as the suggestion's link text. */
  name: string;
  /** A license caveat shown beside the suggestion, derived from the license terms; absent when none applies. */
  caveat?: string;
  /** No downloadable weights: the weights are rated closed, or the model is not offered as weights. */
  closed: boolean;
  /** The license needs a separate license from its maker at or below the chooser's user count. */
  userCap: boolean;
  /** The license grants no rights to people and companies based in the European Union. */
  euWithheld: boolean;
  /** Its largest disclosed size fits one machine (see ONE_MACHINE_MAX_PARAMETERS). */
  oneMachine: boolean;
}

export type ChooserFacts = Readonly<Record<string, ChooserModelFacts>>;

/** Thresholds the derivation applies; the chooser's own values live in src/data/chooser.ts. */
export interface ChooserThresholds {
  /** Monthly active users the "large product" answer stands for (700 million). */
  largeProductUsers: number;
  /** Total parameters at or below which a model runs on one machine. */
  oneMachineMaxParameters: number;
}

const MULTIMODAL: readonly Modality[] = ['image', 'audio', 'video'];

/** True when the model has no downloadable weights. */
export function isClosed(model: Model): boolean {
  return model.openness.weights?.level === 'closed' || !model.access.includes('weights');
}

/**
 * True when the license names a user count at or below `users` above which you need a separate
 * license. Attribution-only thresholds (Kimi K2's display duty) do not count: they add a duty,
 * not a cap. Revenue-only thresholds are not about users, so they do not count either.
 */
export function hasUserCap(license: License, users: number): boolean {
  const threshold = license.terms?.userThreshold;
  return (
    threshold?.status === 'yes' &&
    threshold.effect === 'separate-license' &&
    threshold.monthlyActiveUsers !== undefined &&
    threshold.monthlyActiveUsers <= users
  );
}

/**
 * True when the license withholds its rights from the EU for this model: a region exclusion that
 * names the European Union and covers all the license's models, or only multimodal ones and the
 * model takes images, audio or video.
 */
export function isEuWithheld(model: Model, license: License): boolean {
  const exclusion = license.terms?.regionExclusion;
  if (exclusion?.status !== 'yes' || !exclusion.regions.includes('European Union')) return false;
  return exclusion.appliesTo === 'all' || model.modalities.some((m) => MULTIMODAL.includes(m));
}

/** Total parameters of the largest disclosed size; null when none is disclosed. */
export function largestSize(model: Model): number | null {
  const sizes = model.parameters.status === 'disclosed' ? (model.parameters.sizes ?? []) : [];
  return sizes.length === 0 ? null : Math.max(...sizes.map((s) => s.total));
}

/** True when the model has weights to download and its largest disclosed size is at most `max`. */
export function fitsOneMachine(model: Model, max: number): boolean {
  const size = largestSize(model);
  return !isClosed(model) && size !== null && size <= max;
}

/** "700 million" for 700e6: user counts as the chooser's caveats say them. */
function formatUsers(n: number): string {
  if (n >= 1e9 && n % 1e9 === 0) return `${n / 1e9} billion`;
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6} million`;
  return n.toLocaleString('en-US');
}

/**
 * The caveat the chooser prints beside a suggested model whose license caps large services or
 * withholds rights in the EU, composed from the license's structured terms (never typed by hand).
 */
export function licenseCaveat(
  model: Model,
  license: License,
  thresholds: ChooserThresholds,
): string | undefined {
  const parts: string[] = [];
  const threshold = license.terms?.userThreshold;
  if (hasUserCap(license, thresholds.largeProductUsers) && threshold?.monthlyActiveUsers !== undefined) {
    parts.push(
      `services above ${formatUsers(threshold.monthlyActiveUsers)} monthly users need a separate license from ${model.organization}`,
    );
  }
  if (isEuWithheld(model, license)) {
    const which = license.terms?.regionExclusion?.appliesTo === 'multimodal' ? 'its multimodal models' : 'it';
    parts.push(`no rights to ${which} are granted to people and companies based in the European Union`);
  }
  if (parts.length === 0) return undefined;
  return `${model.name}: under the ${license.name}, ${parts.join(', and ')}.`;
}

/**
 * Facts for each id in `ids`. Throws, naming the id, when a model or its license has no record,
 * so a typo in the chooser's model lists fails the build.
 */
export function chooserModelFacts(
  ids: Iterable<string>,
  getModel: (id: string) => Model | undefined,
  getLicense: (id: string) => License | undefined,
  thresholds: ChooserThresholds,
): Record<string, ChooserModelFacts> {
  const facts: Record<string, ChooserModelFacts> = {};
  for (const id of ids) {
    const model = getModel(id);
    if (!model) throw new Error(`src/data/chooser.ts: suggested model "${id}" has no model record`);
    const license = getLicense(model.license);
    if (!license) throw new Error(`models[${id}].license: unknown license id "${model.license}"`);
    const caveat = licenseCaveat(model, license, thresholds);
    facts[id] = {
      name: model.name,
      ...(caveat ? {caveat} : {}),
      closed: isClosed(model),
      userCap: hasUserCap(license, thresholds.largeProductUsers),
      euWithheld: isEuWithheld(model, license),
      oneMachine: fitsOneMachine(model, thresholds.oneMachineMaxParameters),
    };
  }
  return facts;
}
