/**
 * What changed in the guide's records (issue #27 §1): one list, built at build time from every
 * record's `added` date and dated change log, for the /changes/ page, the site's Atom feed and one
 * feed per model. Additions on the same day are one entry (a launch adds dozens of records); every
 * logged change is its own entry. Newest first; within a day, changes before additions.
 */
import {CHANGE_KINDS, OPENNESS_DIMENSIONS, RATING_LEVELS, type ChangeKind, type Model} from '../domain/types';
import {formatIsoDate} from '../domain/dates';

export type ChangeEntryKind = ChangeKind | 'added';

export const CHANGE_ENTRY_LABELS: Record<ChangeEntryKind, string> = {
  added: 'Added',
  ...Object.fromEntries(Object.entries(CHANGE_KINDS).map(([k, v]) => [k, v.label])),
} as Record<ChangeEntryKind, string>;

export interface ChangeModelRef {
  id: string;
  name: string;
}

export interface ChangeEntry {
  /** Stable and unique: the anchor on /changes/ and the end of the Atom entry id. */
  id: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD as the record has it). */
  date: string;
  kind: ChangeEntryKind;
  /** The records it is about: one for a change, every record added that day for an addition. */
  models: ChangeModelRef[];
  /** One line in the record's words, or "Added N records" for an addition. */
  what: string;
  /** For a rating change: "Weights: open → partial". */
  rating?: string;
  /** Where the change is shown (resolved from the change's source id); none for an addition. */
  source?: {url: string; title: string};
}

export interface ChangeMonth {
  /** YYYY-MM: the month heading's anchor. */
  id: string;
  label: string;
  entries: ChangeEntry[];
}

export type SourceLookup = (id: string) => {url: string; title: string} | undefined;

const kindOrder = (k: ChangeEntryKind) => (k === 'added' ? 1 : 0);

function ratingLine(r: NonNullable<NonNullable<Model['changes']>[number]['rating']>): string {
  const level = (l: keyof typeof RATING_LEVELS) => RATING_LEVELS[l].label.toLowerCase();
  return `${OPENNESS_DIMENSIONS[r.dimension].label}: ${level(r.from)} → ${level(r.to)}`;
}

/** Every entry for the given records, newest first. Throws on a source id that does not resolve. */
export function changeEntries(models: readonly Model[], getSource: SourceLookup): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  const addedOn = new Map<string, Model[]>();
  for (const m of models) {
    addedOn.set(m.added, [...(addedOn.get(m.added) ?? []), m]);
    (m.changes ?? []).forEach((c, i) => {
      const source = getSource(c.source);
      if (!source) throw new Error(`changes: ${m.id}.changes.${i} cites unknown source "${c.source}"`);
      entries.push({
        id: `${c.date}-${m.id}-${c.kind}-${(m.changes ?? []).length - i}`,
        date: c.date,
        kind: c.kind,
        models: [{id: m.id, name: m.name}],
        what: c.what,
        ...(c.rating ? {rating: ratingLine(c.rating)} : {}),
        source: {url: source.url, title: source.title},
      });
    });
  }
  for (const [date, added] of addedOn) {
    const sorted = [...added].sort((a, b) => a.name.localeCompare(b.name));
    entries.push({
      id: `${date}-added`,
      date,
      kind: 'added',
      models: sorted.map((m) => ({id: m.id, name: m.name})),
      what:
        sorted.length === 1
          ? `Added ${sorted[0].name} to the guide.`
          : `Added ${sorted.length} records to the guide.`,
    });
  }
  return entries.sort(
    (a, b) =>
      b.date.localeCompare(a.date) || kindOrder(a.kind) - kindOrder(b.kind) || a.id.localeCompare(b.id),
  );
}

/** The entries grouped by month, newest month first. */
export function changeMonths(entries: readonly ChangeEntry[]): ChangeMonth[] {
  const months: ChangeMonth[] = [];
  for (const e of entries) {
    const id = e.date.slice(0, 7);
    let month = months.at(-1);
    if (!month || month.id !== id) {
      month = {id, label: formatIsoDate(id), entries: []};
      months.push(month);
    }
    month.entries.push(e);
  }
  return months;
}

/** One model's entries (its addition and its own changes), newest first, for its feed. */
export function modelChangeEntries(model: Model, getSource: SourceLookup): ChangeEntry[] {
  return changeEntries([model], getSource);
}
