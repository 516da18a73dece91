import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {sources} from '@site/src/data/sources';
import {models} from '@site/src/data/models';
import {SOURCE_KINDS, SOURCE_TOPICS, type Source, type SourceTopic} from '@site/src/domain/types';
import {formatIsoDate} from '@site/src/domain/dates';
import styles from './styles.module.css';

function SourceItem({source}: {source: Source}): ReactNode {
  const anchor = `source-${source.id}`;
  useBrokenLinks().collectAnchor(anchor);
  return (
    <li id={anchor} className={styles.item}>
      <Link to={source.url}>{source.title}</Link>
      {'. '}
      {source.publisher}
      {source.published ? `, published ${formatIsoDate(source.published)}` : ''}
      {source.asOf ? `, checked as of ${formatIsoDate(source.asOf)}` : ''}.{' '}
      <span className={styles.kind}>{SOURCE_KINDS[source.kind].label} source.</span>
      {source.note ? ` ${source.note}` : ''}
    </li>
  );
}

interface EvidenceEntry {
  url: string;
  asOf: string;
  models: string[];
}

/** Unique evidence links behind the model ratings (src/data/models/), with the models they back. */
export function modelEvidence(): EvidenceEntry[] {
  const byUrl = new Map<string, EvidenceEntry>();
  const add = (url: string, asOf: string, model: string) => {
    const entry = byUrl.get(url) ?? {url, asOf, models: []};
    if (asOf > entry.asOf) entry.asOf = asOf;
    if (!entry.models.includes(model)) entry.models.push(model);
    byUrl.set(url, entry);
  };
  for (const model of models) {
    add(model.releaseSource, model.firstRelease, model.name);
    for (const rating of Object.values(model.openness)) {
      if (rating) add(rating.source, rating.asOf, model.name);
    }
  }
  return [...byUrl.values()].sort((a, b) => a.url.localeCompare(b.url));
}

function ModelEvidence(): ReactNode {
  const entries = modelEvidence();
  return (
    <section>
      <Heading as="h2" id="model-evidence">
        Evidence behind the model ratings
      </Heading>
      <p>
        Each openness rating in the model tables and on the <Link to="/models/">model pages</Link> links to
        one of these {entries.length} pages. The date is the latest date on which a rating was checked against
        it.
      </p>
      <ul className={styles.list}>
        {entries.map((e) => (
          <li key={e.url} className={styles.item}>
            <Link to={e.url}>{e.url.replace(/^https:\/\//, '')}</Link>, as of {formatIsoDate(e.asOf)}.{' '}
            <span className={styles.kind}>Used for: {e.models.join(', ')}.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every source in src/data/sources/, grouped by topic, each with a #source-<id> anchor. */
export default function SourceList(): ReactNode {
  const topics = (Object.keys(SOURCE_TOPICS) as SourceTopic[]).sort(
    (a, b) => SOURCE_TOPICS[a].order - SOURCE_TOPICS[b].order,
  );
  return (
    <>
      {topics.map((topic) => {
        const items = sources
          .filter((s) => s.topic === topic)
          .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
        if (items.length === 0) return null;
        return (
          <section key={topic}>
            <Heading as="h2" id={`topic-${topic}`}>
              {SOURCE_TOPICS[topic].label}
            </Heading>
            <ul className={styles.list}>
              {items.map((s) => (
                <SourceItem key={s.id} source={s} />
              ))}
            </ul>
          </section>
        );
      })}
      <ModelEvidence />
    </>
  );
}

export function sourceCount(): number {
  return sources.length;
}
