/**
 * Atom 1.0 feeds (RFC 4287) of the change entries in ./changes.ts, written by the `feed` package
 * (the library Docusaurus's own blog plugin uses). Build-time only: the dataset plugin writes the
 * site feed (/changes.xml) and one feed per model (/models/<id>/changes.xml).
 */
import {Feed} from 'feed';
import {CHANGE_ENTRY_LABELS, type ChangeEntry} from './changes';
import {formatIsoDate, isoDateStart} from '../domain/dates';
import {escapeXml} from './badges';

export interface FeedSite {
  /** Absolute URL of the site root, ending in "/" (with the base URL). */
  root: string;
  title: string;
}

export interface FeedSpec {
  /** Absolute URL of the feed file itself (rel="self"). */
  self: string;
  /** Absolute URL of the page the feed mirrors (rel="alternate"). */
  page: string;
  title: string;
  subtitle: string;
}

/** Where an entry points: its one model's page (change log anchor), else the changes page. */
function entryLink(e: ChangeEntry, site: FeedSite): string {
  return e.kind !== 'added' && e.models.length === 1
    ? `${site.root}models/${e.models[0].id}/#changes`
    : `${site.root}changes/#${e.id}`;
}

function entryTitle(e: ChangeEntry): string {
  const label = CHANGE_ENTRY_LABELS[e.kind];
  if (e.kind === 'added') {
    return e.models.length === 1
      ? `${label}: ${e.models[0].name}`
      : `${label}: ${e.models.length} records (${formatIsoDate(e.date)})`;
  }
  return `${label}: ${e.models[0].name}${e.rating ? ` (${e.rating})` : ''}`;
}

function entryContent(e: ChangeEntry, site: FeedSite): string {
  const models = e.models
    .map((m) => `<a href="${escapeXml(`${site.root}models/${m.id}/`)}">${escapeXml(m.name)}</a>`)
    .join(', ');
  const parts = [`<p>${escapeXml(e.what)}</p>`];
  if (e.rating) parts.push(`<p>${escapeXml(e.rating)}</p>`);
  parts.push(`<p>${e.kind === 'added' ? 'Records' : 'Record'}: ${models}</p>`);
  if (e.source) {
    parts.push(`<p>Source: <a href="${escapeXml(e.source.url)}">${escapeXml(e.source.title)}</a></p>`);
  }
  return parts.join('');
}

/** An Atom document for the entries (newest first); `updated` is the newest entry's date. */
export function atomFeed(entries: readonly ChangeEntry[], spec: FeedSpec, site: FeedSite): string {
  const newest = entries[0] ? isoDateStart(entries[0].date) : new Date('2026-01-01T00:00:00Z');
  const feed = new Feed({
    id: spec.self,
    title: spec.title,
    description: spec.subtitle,
    link: spec.page,
    feedLinks: {atom: spec.self},
    updated: newest,
    generator: site.title,
    language: 'en',
    author: {name: site.title, link: site.root},
    copyright: 'Text CC BY 4.0; each fact links to its own source.',
  });
  for (const e of entries) {
    feed.addItem({
      id: `${site.root}changes/#${e.id}`,
      title: escapeXml(entryTitle(e)),
      link: entryLink(e, site),
      date: isoDateStart(e.date),
      content: entryContent(e, site),
    });
  }
  return feed.atom1();
}
