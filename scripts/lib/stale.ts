/**
 * `npm run stale`: which facts are due for a re-check. Lists every dated item (source records,
 * model evidence, licenses, tools, price presets) whose as-of date is more than `months` old,
 * oldest first, with where it is used. A report, never a test: time passing must not fail a build.
 */
import {isoDateStart} from '../../src/domain/dates';

export interface DatedItem {
  /** What it is, e.g. "source openai-chatgpt-launch" or "model gpt-oss-120b: weights". */
  what: string;
  /** The as-of (or publication) date the fact was checked against. */
  date: string;
  /** Pages where it shows, e.g. "/guide/faq/" or "/models/gpt-oss-120b/". */
  usedOn: string[];
}

/** The cut-off: `months` calendar months before `now` (UTC, day-of-month clamped). */
export function cutoff(now: Date, months: number): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return d;
}

/**
 * Items older than the cut-off, oldest first (ties by name). A partial date counts from its last
 * possible day ("2026-05" is May 31st), so a month-precision date is not called stale too early.
 */
export function staleItems(items: readonly DatedItem[], now: Date, months = 6): DatedItem[] {
  const limit = cutoff(now, months).getTime();
  return items
    .filter((item) => latestMoment(item.date).getTime() < limit)
    .sort(
      (a, b) =>
        isoDateStart(a.date).getTime() - isoDateStart(b.date).getTime() || a.what.localeCompare(b.what),
    );
}

/** The last day a partial ISO date can mean. */
export function latestMoment(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return new Date(Date.UTC(y, m - 1, d));
  if (m) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, 11, 31));
}

/** Which pages cite each source id: `<Cite id="x" />` occurrences per docs route. */
export function citationsByPage(pages: readonly {route: string; text: string}[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const {route, text} of pages) {
    for (const [, id] of text.matchAll(/<Cite\s+id="([^"]+)"/g)) {
      const list = out.get(id) ?? [];
      if (!list.includes(route)) list.push(route);
      out.set(id, list);
    }
  }
  return out;
}

/** A plain-text table for the terminal. */
export function formatReport(items: readonly DatedItem[], now: Date, months: number, total: number): string {
  const head = `${items.length} of ${total} dated facts were last checked more than ${months} months before ${now.toISOString().slice(0, 10)} (oldest first):`;
  if (items.length === 0) return `${head}\n  none`;
  const width = Math.min(60, Math.max(...items.map((i) => i.what.length)));
  const lines = items.map(
    (i) =>
      `  ${i.date.padEnd(10)}  ${i.what.padEnd(width)}  ${i.usedOn.join(', ') || '(not used on a page)'}`,
  );
  return [head, ...lines].join('\n');
}
