import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {sources} from '@site/src/data/sources';
import {SOURCE_KINDS, SOURCE_TOPICS, type Source, type SourceTopic} from '@site/src/data/types';
import {formatIsoDate} from '@site/src/lib/dates';
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
    </>
  );
}

export function sourceCount(): number {
  return sources.length;
}
