/**
 * /licenses/: the terms library for readers (issue #24 §5). What the library is and where its
 * texts come from, a key to the marks and the columns, then the matrix of every document against
 * the clause topics (./Matrix.tsx). Added by src/plugins/terms with its props computed at build
 * time (src/lib/licensesPages.ts); each document has its own page at /licenses/<id>/.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import ToolPage from '@site/src/components/ToolPage';
import {NOT_ADDRESSED, STATUS_TEXT, TOPICS, type LicensesPageProps} from '@site/src/lib/licensesPages';
import type {ClauseStatus} from '@site/src/domain/terms';
import Matrix from './Matrix';
import styles from './styles.module.css';

const STATUS_ORDER: ClauseStatus[] = ['yes', 'conditional', 'no', 'unclear', 'not-checked'];

function Key(): ReactNode {
  return (
    <div className={styles.key}>
      <Heading as="h2" id="how-to-read">
        How to read it
      </Heading>
      <p>
        Each cell is what the document’s current version says on that topic, and links to the clause on the
        document’s page, where you will find the section it comes from, our note and the dated text.
      </p>
      <ul className={styles.keyList}>
        {STATUS_ORDER.map((s) => (
          <li key={s}>
            <span aria-hidden="true" className={styles.mark}>
              {STATUS_TEXT[s].mark}
            </span>{' '}
            <strong>{STATUS_TEXT[s].word}</strong>: {STATUS_TEXT[s].means}.
          </li>
        ))}
        <li>
          <span aria-hidden="true" className={styles.mark}>
            {NOT_ADDRESSED.mark}
          </span>{' '}
          <strong>{NOT_ADDRESSED.word}</strong>: the document says nothing on the topic; another document of
          the same service may (a usage policy lists banned uses, for example, while the terms do not).
        </li>
      </ul>
      <details className={styles.columns}>
        <summary>What “Yes” means in each column</summary>
        <dl className={styles.columnList}>
          {TOPICS.map((t) => (
            <React.Fragment key={t.id}>
              <dt>{t.label}</dt>
              <dd>Yes means {t.yesMeans}.</dd>
            </React.Fragment>
          ))}
        </dl>
      </details>
    </div>
  );
}

export default function LicensesPage({
  rows,
  total,
  read,
  unread,
  kinds,
  providers,
}: LicensesPageProps): ReactNode {
  return (
    <ToolPage
      title={translate({id: 'licenses.title', message: 'Licenses and terms of AI models, clause by clause'})}
      description={translate(
        {
          id: 'licenses.description',
          message:
            '{total} licenses, terms of service and usage policies of AI models and services, compared on thirteen topics from commercial use to training on your inputs, each answer linked to its clause and a dated copy of the text.',
        },
        {total},
      )}
      keywords="licenses, terms of service, usage policy, acceptable use policy, license comparison, terms comparison"
      heading={translate({id: 'licenses.h1', message: 'Licenses and terms'})}
      intro={
        <>
          This is the guide’s library of terms: {read} documents (model licenses, providers’ terms of service,
          service terms and usage policies) read clause by clause, and {unread} license records whose text we
          have not read yet, marked as such. Every answer names the clause it comes from and links to a
          pinned, dated version of the text: a commit of the published file, a copy recorded by Open Terms
          Archive, or, where neither exists, the provider’s page on the day we read it. The providers’ terms
          were read in the versions recorded by{' '}
          <Link href="https://opentermsarchive.org/">Open Terms Archive</Link>, whose data is published under
          the{' '}
          <Link href="https://opendatacommons.org/licenses/by/1-0/">
            Open Data Commons Attribution License (ODC-BY 1.0)
          </Link>
          . This is our reading of the texts, not legal advice.
        </>
      }
      introClassName={styles.lead}
      wide
      className={styles.main}
    >
      <Key />
      <Heading as="h2" id="matrix">
        Every document, topic by topic
      </Heading>
      <Matrix rows={rows} kinds={kinds} providers={providers} />
    </ToolPage>
  );
}
