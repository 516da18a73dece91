/**
 * The page for one document of the terms library at /licenses/<id>/ (issue #24 §5), added by
 * src/plugins/terms with its props computed at build time (src/lib/licensesPages.ts): what it is
 * and allows, each clause of its current version under the anchor the matrix on /licenses/ links
 * (status as a mark and a word, the section, our note, the dated text), its versions, the
 * documents it replaced or that replaced it, and the models it governs. A license whose text was
 * not read says so first.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {formatIsoDate} from '@site/src/domain/dates';
import {
  STATUS_TEXT,
  documentPath,
  licensesPath,
  type DocumentLink,
  type DocumentPageProps,
} from '@site/src/lib/licensesPages';
import Status from '@site/src/components/LicensesPage/Status';
import page from '../ModelPage/styles.module.css';
import styles from './styles.module.css';

function DocLinks({docs}: {docs: DocumentLink[]}): ReactNode {
  return docs.map((d, i) => (
    <React.Fragment key={d.id}>
      {i > 0 ? ', ' : null}
      <Link to={documentPath(d.id)}>{d.name}</Link>
    </React.Fragment>
  ));
}

/** "Open Terms Archive" credited where a version was read from its records. */
function OtaCredit(): ReactNode {
  return (
    <p className={styles.credit}>
      Versions marked “Open Terms Archive” were read in the copies recorded by{' '}
      <Link href="https://opentermsarchive.org/">Open Terms Archive</Link>, whose data is published under the{' '}
      <Link href="https://opendatacommons.org/licenses/by/1-0/">ODC-BY 1.0</Link> license.
    </p>
  );
}

export default function DocumentPage({
  document: doc,
  title,
  description,
  unread,
  clauses,
  notAddressed,
  versions,
  follows,
  followedBy,
  channels,
  namedBy,
  models,
  openTermsArchive,
}: DocumentPageProps): ReactNode {
  const current = versions[versions.length - 1];
  const currentDate = formatIsoDate(current.date);
  return (
    <Layout title={title} description={description}>
      <main className={`container ${page.main}`}>
        <nav
          className={page.crumbs}
          data-search-ignore=""
          aria-label={translate({id: 'documentPage.breadcrumbs', message: 'Breadcrumbs'})}
        >
          <Link to={licensesPath()}>
            {translate({id: 'documentPage.library', message: 'Licenses and terms'})}
          </Link>
          <span aria-hidden="true"> / </span>
          <span>{doc.name}</span>
        </nav>
        <Heading as="h1">{doc.name}</Heading>
        {unread ? (
          <div className={styles.unread} data-testid="document-unread">
            <p>
              <strong>We have not read this text clause by clause.</strong> {unread} The answers below come
              from the guide’s earlier notes on this license, not from a pinned copy of its text; “
              {STATUS_TEXT['not-checked'].word}” marks what those notes leave open. Read the license itself
              before relying on it.
            </p>
          </div>
        ) : null}
        <p className={page.lead}>{doc.summary}</p>

        <dl className={page.facts} data-testid="document-facts">
          <dt>Kind</dt>
          <dd>{doc.kindLabel}</dd>
          <dt>Provider</dt>
          <dd>
            {doc.provider
              ? doc.provider.name
              : unread
                ? 'Not recorded'
                : 'None named: a general license anyone may use'}
          </dd>
          <dt>Written for</dt>
          <dd>{doc.audience}</dd>
          {doc.spdx ? (
            <>
              <dt>SPDX identifier</dt>
              <dd>
                <code>{doc.spdx}</code>
              </dd>
            </>
          ) : null}
          {doc.huggingFace ? (
            <>
              <dt>Hugging Face license id</dt>
              <dd>
                <code>{doc.huggingFace}</code>
              </dd>
            </>
          ) : null}
          <dt>Current version</dt>
          <dd>
            <time dateTime={current.date}>{currentDate}</time>
            {current.label ? ` (${current.label})` : null}
            {versions.length > 1 ? (
              <>
                {' '}
                · <Link to="#versions">{versions.length} versions</Link>
              </>
            ) : null}
          </dd>
          <dt>Where to read it</dt>
          <dd>
            <Link href={doc.url}>
              The provider’s current text<span className="sr-only"> of the {doc.name}</span>
            </Link>
          </dd>
          {channels.length > 0 ? (
            <>
              <dt>Governs</dt>
              <dd>{channels.join('; ')}</dd>
            </>
          ) : null}
          {namedBy.length > 0 ? (
            <>
              <dt>Named as the usage policy of</dt>
              <dd>
                <DocLinks docs={namedBy} />
              </dd>
            </>
          ) : null}
        </dl>

        <Heading as="h2" id="clauses">
          What it says, topic by topic
        </Heading>
        <p>
          As read in the version of <time dateTime={current.date}>{currentDate}</time>. Source:{' '}
          {current.pinText}, read on <time dateTime={current.readOn}>{formatIsoDate(current.readOn)}</time>.
          Each topic names the part of the text it comes from and links to that version.
        </p>
        {clauses.length === 0 ? <p>No topic of this document has been read yet.</p> : null}
        {clauses.map((c) => (
          <section key={c.topic} className={styles.clause} data-topic={c.topic}>
            <Heading as="h3" id={c.anchor} className={styles.clauseHeading}>
              {c.label}
            </Heading>
            <p className={styles.answer}>
              <Status status={c.status} />
              <span className={styles.means}>(“Yes” means {c.yesMeans}.)</span>
            </p>
            <p className={styles.note}>{c.note}</p>
            {c.details.length > 0 ? (
              <ul className={styles.details}>
                {c.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
            {c.policy ? (
              <p className={styles.note}>
                The policy: <Link to={documentPath(c.policy.id)}>{c.policy.name}</Link>.
              </p>
            ) : null}
            <p className={styles.where}>
              <span>Where: {c.section}.</span>{' '}
              <Link href={current.url}>
                Text of {currentDate}
                <span className="sr-only">, for {c.label.toLowerCase()}</span>
              </Link>
            </p>
          </section>
        ))}
        {notAddressed.length > 0 ? (
          <p className={styles.notAddressed} data-testid="not-addressed">
            <strong>Not addressed here:</strong> {notAddressed.join(', ')}. This document says nothing on
            these topics; another document of the same service may.
          </p>
        ) : null}

        <Heading as="h2" id="versions">
          Versions
        </Heading>
        {follows ? (
          <p data-testid="document-follows">
            Replaces the <Link to={documentPath(follows.id)}>{follows.name}</Link>
            {versions[0].changes ? '; the first version below says what changed from it.' : '.'}
          </p>
        ) : null}
        {followedBy.length > 0 ? (
          <p data-testid="document-followed-by">
            Replaced by the <DocLinks docs={followedBy} />.
          </p>
        ) : null}
        <p>Oldest first; the last is the one answered above.</p>
        <ol className={styles.versions}>
          {versions.map((v) => (
            <li key={`${v.date} ${v.url}`} className={styles.version}>
              <p className={styles.versionHead}>
                <time dateTime={v.date}>{formatIsoDate(v.date)}</time>
                {v.label ? <span className={styles.versionLabel}>{v.label}</span> : null}
                {v.current ? <strong className={styles.currentTag}>Current</strong> : null}
              </p>
              <p className={styles.note}>
                {v.pinText}, read on <time dateTime={v.readOn}>{formatIsoDate(v.readOn)}</time>:{' '}
                <Link href={v.url}>the text as of {formatIsoDate(v.date)}</Link>
              </p>
              {v.changes ? <p>{v.changes}</p> : null}
              {v.read.length > 0 ? (
                <p className={styles.note}>
                  Read then:{' '}
                  {v.read.map((r, i) => (
                    <React.Fragment key={r.label}>
                      {i > 0 ? '; ' : null}
                      {r.label}: <Status status={r.status} />
                    </React.Fragment>
                  ))}
                  .
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        {openTermsArchive ? <OtaCredit /> : null}

        <Heading as="h2" id="models">
          Models under it
        </Heading>
        {models.length === 0 ? (
          <p>No model in the guide is offered under this document today.</p>
        ) : (
          models.map((g) => (
            <section key={g.id} className={styles.group}>
              <Heading as="h3">{g.label}</Heading>
              <ul className={styles.models}>
                {g.models.map((m) => (
                  <li key={m.id}>
                    <Link to={`/models/${m.id}/`}>{m.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
        <p className={styles.back}>
          <Link to={licensesPath()}>Compare it with every other license and terms</Link>
        </p>
      </main>
    </Layout>
  );
}
