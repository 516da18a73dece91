/**
 * Licenses that model and tool records refer to by id, one file per group in this folder, merged
 * here and sorted: OSI-approved first, then by id.
 *
 * To add one: use the SPDX id when the license has one (see spdx.org/licenses), else a kebab-case
 * id named after the license. Set `kind` honestly: `osi-approved` only for licenses on OSI's list
 * (the build checks `osiApproved` agrees). `source` is the source record of the license text and
 * each term's `source` the record that shows the clause (ids in src/data/sources/). `asOf` is when
 * the text was checked.
 */
import {topicSourceUrl} from '../sources/topics';
import type {License, LicenseRecord} from '../../domain/types';
import {licenses as llama} from './llama';
import {licenses as open} from './open';
import {licenses as other} from './other';
import {licenses as restricted} from './restricted';

const records = [...open, ...llama, ...restricted, ...other];

/** The id of a license record: a typo in a model's `license` fails typechecking. */
export type LicenseId = (typeof records)[number]['id'];

const osiFirst = (l: LicenseRecord) => (l.kind === 'osi-approved' ? 0 : 1);

/** The records as written (source ids), for the validator. */
export const licenseRecords: readonly LicenseRecord[] = [...records].sort(
  (a, b) => osiFirst(a) - osiFirst(b) || a.id.localeCompare(b.id),
);

/** Every license, with `url` resolved from its text's source record. */
export const licenses: readonly License[] = licenseRecords.map((l) => {
  const url = l.source ? topicSourceUrl(l.source) : undefined;
  return url ? {...l, url} : {...l};
});

const byId = new Map<string, License>(licenses.map((l) => [l.id, l]));

export function getLicense(id: string): License | undefined {
  return byId.get(id);
}
