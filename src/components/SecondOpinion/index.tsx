/**
 * "What other trackers say" on a model page: the EU Open Source AI Index's per-criterion ratings
 * and score, the Model Openness Tool's MOF class, each with its pinned snapshot (commit, date,
 * license, attribution), and where they disagree with our ratings, with the reason in words.
 * Static HTML from route props (src/data/trackers `secondOpinionFor`); no data import here.
 */
import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {OPENNESS_DIMENSIONS} from '@site/src/domain/types';
import type {SecondOpinionData, SnapshotInfo} from '@site/src/lib/trackerSnapshots';
import {DISAGREEMENT_REASONS, percent, type Comparison} from '@site/src/lib/trackers';
import {formatIsoDate} from '@site/src/domain/dates';
import RatingLabel, {ratingText} from '@site/src/components/OpennessScorecard/RatingLabel';
import styles from './styles.module.css';

export interface SecondOpinionProps {
  modelName: string;
  opinion: SecondOpinionData;
}

const TRACKER_SHORT: Record<Comparison['tracker'], string> = {
  'eu-index': 'the EU index',
  mot: 'the Model Openness Tool',
};

function Snapshot({snap, children}: {snap: SnapshotInfo; children?: ReactNode}): ReactNode {
  return (
    <p className={styles.attribution}>
      Snapshot: <Link href={`${snap.repository}/tree/${snap.commit}`}>commit {snap.commit.slice(0, 7)}</Link>{' '}
      of <time dateTime={snap.date}>{formatIsoDate(snap.date)}</time>, license {snap.license}. {children}
    </p>
  );
}

function EuSection({opinion}: {opinion: NonNullable<SecondOpinionData['eu']>}): ReactNode {
  const {snapshot: snap, entry} = opinion;
  const fileUrl = `${snap.repository}/blob/${snap.commit}/${encodeURIComponent(entry.file)}`;
  return (
    <section className={styles.section} aria-labelledby="second-opinion-eu">
      <Heading as="h3" id="second-opinion-eu">
        European Open Source AI Index
      </Heading>
      <p className={styles.score}>
        <strong>Score {percent(opinion.score)}%</strong> for {entry.name}
        {entry.endModel ? ` (rated on ${entry.endModel})` : ''}: open counts 1, partial ½, closed 0, averaged
        over its {opinion.counted} criteria
        {opinion.empty > 0 ? `; ${opinion.empty} left empty count as 0, as on the index’s site` : ''}.
        {entry.role === 'base'
          ? ` Their entry rates a fine-tune of the model on this page, so only its base-model rows describe this model.`
          : ''}
      </p>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className="sr-only">EU Open Source AI Index ratings for {entry.name}</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Rating</th>
              <th scope="col">Their evidence</th>
            </tr>
          </thead>
          <tbody>
            {opinion.ratings.map((r) => (
              <tr key={r.ref}>
                <th scope="row">{r.name}</th>
                <td>{r.class ? <RatingLabel level={r.class} /> : 'Left empty'}</td>
                {/* Their notes are their own words: we link to the evidence and the entry instead of
                    reprinting them (the guide writes every sentence itself). */}
                <td>
                  {r.link ? (
                    <Link href={r.link}>
                      evidence<span className="sr-only"> for {r.name}</span>
                    </Link>
                  ) : (
                    'none linked'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Snapshot snap={snap}>
        Data from the <Link href={snap.site}>European Open Source AI Index</Link> (
        <Link href={fileUrl}>{entry.file}</Link>, last changed{' '}
        <time dateTime={entry.lastChanged}>{formatIsoDate(entry.lastChanged)}</time>), CC BY 4.0, dataset doi:
        <Link href={`https://doi.org/${snap.doi}`}>{snap.doi}</Link>; criteria from {snap.citation}
      </Snapshot>
    </section>
  );
}

function MotSection({opinion}: {opinion: NonNullable<SecondOpinionData['mot']>}): ReactNode {
  const {snapshot: snap, entry} = opinion;
  const listed = opinion.components.filter((c) => c.status !== 'missing');
  return (
    <section className={styles.section} aria-labelledby="second-opinion-mot">
      <Heading as="h3" id="second-opinion-mot">
        Model Openness Tool
      </Heading>
      <p className={styles.score}>
        <strong>{opinion.classLabel}</strong> for {entry.name}, computed from the tool’s data the way the tool
        does: a class needs every required component of it and the classes below under an open license.
        {opinion.nextClassLacks.length > 0
          ? ` Not yet met for the next class: ${opinion.nextClassLacks.join(', ')}.`
          : ''}
      </p>
      <p>
        Components the entry lists ({listed.length} of {opinion.components.length}):{' '}
        {listed.length === 0
          ? 'none.'
          : listed
              .map(
                (c) =>
                  `${c.name} (${
                    c.status === 'included'
                      ? `open: ${c.license?.trim()}`
                      : c.status === 'unlicensed'
                        ? 'no license given'
                        : `not an open license: ${c.license?.trim()}`
                  })`,
              )
              .join('; ')}
        .
      </p>
      <Snapshot snap={snap}>
        Data from the <Link href={snap.site}>Model Openness Tool</Link> by LF AI &amp; Data (
        <Link href={`${snap.repository}/blob/${snap.commit}/${entry.file}`}>{entry.file}</Link>, last changed{' '}
        <time dateTime={entry.lastChanged}>{formatIsoDate(entry.lastChanged)}</time>), MIT license.
      </Snapshot>
    </section>
  );
}

function Differences({comparisons}: {comparisons: Comparison[]}): ReactNode {
  if (comparisons.length === 0) return null;
  const differ = comparisons.filter((c) => !c.agree);
  return (
    <section className={styles.section} aria-labelledby="second-opinion-differences">
      <Heading as="h3" id="second-opinion-differences">
        Where they differ from our ratings
      </Heading>
      <p>
        We compared {comparisons.length} ratings where their criteria match one of ours; they agree on{' '}
        {comparisons.length - differ.length}
        {differ.length === 0 ? ' (all of them).' : ` and differ on ${differ.length}:`}
      </p>
      {differ.length > 0 ? (
        <ul className={styles.differences}>
          {differ.map((c) => (
            <li key={`${c.tracker}-${c.dimension}`}>
              <strong>{OPENNESS_DIMENSIONS[c.dimension].label}</strong>: we say {ratingText(c.ours)},{' '}
              {TRACKER_SHORT[c.tracker]} ({c.theirName}) says {ratingText(c.theirs)}.{' '}
              <em>{DISAGREEMENT_REASONS[c.reason!].label}.</em> {c.explanation}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export default function SecondOpinion({modelName, opinion}: SecondOpinionProps): ReactNode {
  const {eu, mot, snapshots} = opinion;
  return (
    <>
      <Heading as="h2" id="second-opinions">
        What other trackers say
      </Heading>
      {eu ? null : (
        <>
          <p>
            {modelName} is not covered by the European Open Source AI Index (it rates models that are
            described as open, one version per family).
          </p>
          <Snapshot snap={snapshots.eu} />
        </>
      )}
      {mot ? null : (
        <>
          <p>{modelName} is not covered by the Model Openness Tool.</p>
          <Snapshot snap={snapshots.mot} />
        </>
      )}
      {eu ? <EuSection opinion={eu} /> : null}
      {mot ? <MotSection opinion={mot} /> : null}
      <Differences comparisons={opinion.comparisons} />
    </>
  );
}
