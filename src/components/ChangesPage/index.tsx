/**
 * /changes/: what changed in the guide's records, newest first and grouped by month (issue #27
 * §1). Added by src/plugins/dataset with the entries as route props (src/lib/changes.ts); the same
 * entries are in the Atom feed linked here and from every page's head.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {CHANGE_ENTRY_LABELS, type ChangeEntry, type ChangeMonth} from '@site/src/lib/changes';
import {formatIsoDate} from '@site/src/domain/dates';
import page from '../ModelPage/styles.module.css';
import styles from './styles.module.css';

export interface ChangesPageProps {
  months: ChangeMonth[];
  /** How many entries there are in all, for the summary line. */
  total: number;
  /** Path of the Atom feed under the base URL, e.g. "changes.xml". */
  feedPath: string;
}

function ModelLinks({entry}: {entry: ChangeEntry}): ReactNode {
  return entry.models.map((m, i) => (
    <React.Fragment key={m.id}>
      {i > 0 ? ', ' : null}
      <Link to={`/models/${m.id}/`}>{m.name}</Link>
    </React.Fragment>
  ));
}

function Entry({entry}: {entry: ChangeEntry}): ReactNode {
  return (
    <li id={entry.id} className={styles.entry} data-kind={entry.kind}>
      <p className={styles.head}>
        <time dateTime={entry.date}>{formatIsoDate(entry.date)}</time>
        <span className={styles.kind} data-kind={entry.kind}>
          {CHANGE_ENTRY_LABELS[entry.kind]}
        </span>
        {entry.kind === 'added' ? null : (
          <span className={styles.model}>
            <ModelLinks entry={entry} />
          </span>
        )}
      </p>
      <p className={styles.what}>
        {entry.what}
        {entry.rating ? <strong className={styles.rating}> {entry.rating}</strong> : null}{' '}
        {entry.source ? (
          <Link href={entry.source.url}>
            source<span className="sr-only">: {entry.source.title}</span>
          </Link>
        ) : null}
        {entry.kind !== 'added' && entry.models.length === 1 ? (
          <>
            {' · '}
            <Link to={`/models/${entry.models[0].id}/#changes`}>
              record’s log<span className="sr-only"> for {entry.models[0].name}</span>
            </Link>
          </>
        ) : null}
      </p>
      {entry.kind === 'added' && entry.models.length > 1 ? (
        <p className={styles.added}>
          <ModelLinks entry={entry} />
        </p>
      ) : null}
    </li>
  );
}

export default function ChangesPage({months, total, feedPath}: ChangesPageProps): ReactNode {
  const feed = `pathname:///${feedPath}`;
  const title = 'What changed in the guide';
  return (
    <Layout
      title={title}
      description="Every record added to the guide, every rating changed (before and after), every change of terms and every correction, newest first, with its source. Also as an Atom feed."
    >
      <main className={`container ${page.main}`}>
        <Heading as="h1">{title}</Heading>
        <p className={page.lead}>
          Records added, ratings changed (before → after), terms that changed and corrections we made, newest
          first. Each entry links to the record and to the source that shows the change. {total} entries.
        </p>
        <p>
          Follow it in a feed reader:{' '}
          <Link to={feed} type="application/atom+xml" target="_self">
            Atom feed of all changes
          </Link>
          . Each model page links its own feed, for following one model.
        </p>
        <nav aria-label="Months" className={styles.months}>
          <ul>
            {months.map((m) => (
              <li key={m.id}>
                <Link to={`#${m.id}`}>{m.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {months.map((m) => (
          <section key={m.id} aria-labelledby={m.id}>
            <Heading as="h2" id={m.id}>
              {m.label}
            </Heading>
            {/* The entries name every model: search indexes the page by its title and months, and
                finds each change on the model's own page. */}
            <ol className={styles.entries} data-search-ignore="">
              {m.entries.map((e) => (
                <Entry key={e.id} entry={e} />
              ))}
            </ol>
          </section>
        ))}
      </main>
    </Layout>
  );
}
