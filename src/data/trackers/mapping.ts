/**
 * Which tracker entry describes which of our models, read from each record's `trackers` field
 * (src/data/models/<maker>/…/version.ts). Only these entries are vendored by
 * scripts/update-trackers.ts; every other entry in the trackers is ignored. Map an entry only
 * when it rates the same model (same version and, for a family, the size our record describes).
 *
 * EU Open Source AI Index: one YAML file per family, rated on its latest version and largest
 * size, split into a base model and the end model users talk to. `role: 'base'` marks entries
 * whose end model is someone's fine-tune of the model we describe: only the base-model weights
 * and data criteria are compared for those.
 */
import type {EuMapping as EuEntry, MotMapping as MotEntry} from '../../domain/types';
import {modelRecords} from '../models';

export type EuMapping = EuEntry & {id: string};
export type MotMapping = MotEntry & {id: string};

export const EU_MAPPING: readonly EuMapping[] = modelRecords.flatMap((m) =>
  m.trackers?.eu ? [{...m.trackers.eu, id: m.id}] : [],
);

export const MOT_MAPPING: readonly MotMapping[] = modelRecords.flatMap((m) =>
  m.trackers?.mot ? [{...m.trackers.mot, id: m.id}] : [],
);
