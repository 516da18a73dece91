/**
 * The page for one model family at /models/<family>/ (e.g. /models/llama/), added by
 * src/plugins/dataset with only that family's members as route props (src/lib/families.ts).
 * Opens with the computed one-line answer, then every version newest first with its verdict,
 * score and license, each linking to its model page.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import DocLink from '@site/src/components/DocLink';
import {LICENSE_KINDS} from '@site/src/domain/types';
import {OPEN_WEIGHTS, OSAID_VERDICTS, formatScore} from '@site/src/domain/verdicts';
import type {FamilyPageProps} from '@site/src/lib/families';
import {formatIsoDate} from '@site/src/domain/dates';
// Shares the model page's look (answer box, chips, fact grid) rather than copying its CSS.
import page from '../ModelPage/styles.module.css';
import styles from './styles.module.css';

export type {FamilyPageProps};

/** Text plus a shape for each verdict, never colour alone. */
const VERDICT_MARK = {
  meets: {mark: '✓', tone: 'open'},
  'does-not-meet': {mark: '✕', tone: 'closed'},
  'cannot-tell': {mark: '?', tone: 'none'},
} as const;

export default function FamilyPage({family, answer, members, others}: FamilyPageProps): ReactNode {
  const question = `Is ${family.name} open source?`;
  return (
    <Layout title={question} description={`${question} ${answer}`}>
      <main className={`container ${page.main}`}>
        <nav className={page.crumbs} aria-label="Breadcrumbs">
          <Link to="/models/">Model explorer</Link>
          <span aria-hidden="true"> / </span>
          <span>{family.name} family</span>
        </nav>
        <Heading as="h1">{question}</Heading>
        <p className={page.answer} data-testid="family-answer">
          {answer}
        </p>
        <p className={page.lead}>
          {family.summary} Made by {family.maker}; {members.length} releases in our records.
        </p>

        <Heading as="h2" id="versions">
          Versions, newest first
        </Heading>
        <ol className={styles.versions} data-testid="family-versions">
          {members.map((m) => {
            const v = VERDICT_MARK[m.osaid];
            return (
              <li key={m.id} className={styles.version} data-model={m.id}>
                <Heading as="h3" id={`version-${m.id}`} className={styles.versionName}>
                  <Link to={`/models/${m.id}/`}>{m.name}</Link>
                </Heading>
                <dl className={page.facts}>
                  <dt>First release</dt>
                  <dd>
                    <time dateTime={m.firstRelease}>{formatIsoDate(m.firstRelease)}</time>
                  </dd>
                  <dt>Open Source AI</dt>
                  <dd>
                    <span className={`${page.chip} ${page[v.tone]}`}>
                      <span aria-hidden="true">{v.mark} </span>
                      {OSAID_VERDICTS[m.osaid].label}
                    </span>
                  </dd>
                  <dt>Weights</dt>
                  <dd>{OPEN_WEIGHTS[m.openWeights].label}</dd>
                  <dt>Openness score</dt>
                  <dd>{formatScore(m.score)}</dd>
                  <dt>License</dt>
                  <dd>
                    {m.licenseName} ({LICENSE_KINDS[m.licenseKind].label})
                  </dd>
                </dl>
              </li>
            );
          })}
        </ol>

        <Heading as="h2" id="how">
          How this answer is worked out
        </Heading>
        <p>
          The answer above is computed from each version’s own record when the site is built: its ratings, its
          license and the verdicts on its model page. Nothing in it is typed by hand, so it changes when a
          record does. The <DocLink doc="concepts/rubric">rubric</DocLink> explains the ratings and the score;
          each model page lists the sources and dates behind its record.
        </p>

        <Heading as="h2" id="other-families">
          Other model families
        </Heading>
        <ul className={styles.others}>
          {others.map((f) => (
            <li key={f.id}>
              <Link to={`/models/${f.id}/`}>{f.name}</Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
