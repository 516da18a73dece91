/**
 * The scorecard for one model object, without importing the dataset: model pages get their
 * record through route props and render this directly. MDX uses ./index.tsx (lookup by id).
 * In less than about 560px (a container query) each row becomes a card: component and rating on
 * one line, the evidence under them.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {Model, RatingLevel} from '@site/src/domain/types';
import {OPENNESS_DIMENSIONS} from '@site/src/domain/types';
import {DIMENSIONS, LEVELS} from '@site/src/lib/models';
import {formatIsoDate} from '@site/src/domain/dates';
import TableScroll from '@site/src/components/TableScroll';
import RatingLabel, {RatingIcon, ratingText} from './RatingLabel';
import styles from './styles.module.css';

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Evidence link with descriptive text: "arxiv.org, August 2025" plus a screen-reader prefix. */
export function EvidenceLink({url, asOf, what}: {url: string; asOf: string; what: string}): ReactNode {
  return (
    <Link href={url} className={styles.evidence}>
      <span className="sr-only">
        {translate({id: 'scorecard.evidenceFor', message: 'Evidence for {what}: '}, {what})}
      </span>
      {hostOf(url)}, {formatIsoDate(asOf)}
    </Link>
  );
}

export function Legend(): ReactNode {
  const levels: Array<RatingLevel | undefined> = [...LEVELS, undefined];
  return (
    <ul className={styles.legend}>
      {levels.map((level) => (
        <li key={level ?? 'unrated'}>
          <RatingLabel level={level} />{' '}
          <span className={styles.legendText}>
            {level === 'open' &&
              translate({
                id: 'scorecard.legend.open',
                message: 'released, under terms that allow use, study, change and sharing',
              })}
            {level === 'partial' &&
              translate({
                id: 'scorecard.legend.partial',
                message: 'released in part, only described, or under restrictive terms',
              })}
            {level === 'closed' && translate({id: 'scorecard.legend.closed', message: 'not released'})}
            {level === undefined &&
              translate({id: 'scorecard.legend.unrated', message: 'no source checked yet, so no rating'})}
          </span>
        </li>
      ))}
    </ul>
  );
}

export interface ScorecardViewProps {
  model: Model;
  compact?: boolean;
  /** Link to the model's page (omit on the page itself). */
  pageHref?: string;
  /** Heading level of nothing: the scorecard uses a caption, so it fits under any heading. */
  showLegend?: boolean;
}

function CompactScorecard({model, pageHref}: ScorecardViewProps): ReactNode {
  const dims = DIMENSIONS.filter((d) => model.openness[d]);
  return (
    <span className={styles.compact}>
      <span className={styles.compactName}>{model.name}:</span>{' '}
      {dims.map((d, i) => (
        <React.Fragment key={d}>
          {/* Each "label + rating" pair stays together; lines break only between pairs. */}
          <span className={styles.compactItem}>
            {OPENNESS_DIMENSIONS[d].label} <RatingLabel level={model.openness[d]?.level} />
          </span>
          {i < dims.length - 1 ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
            </>
          ) : null}
        </React.Fragment>
      ))}
      {pageHref ? (
        <>
          {' '}
          <Link to={pageHref} className={styles.compactLink}>
            {translate({id: 'scorecard.compact.more', message: 'sources and details'})}
            <span className="sr-only"> {model.name}</span>
          </Link>
        </>
      ) : null}
    </span>
  );
}

export default function ScorecardView(props: ScorecardViewProps): ReactNode {
  const {model, compact, pageHref, showLegend = true} = props;
  if (compact) return <CompactScorecard {...props} />;
  return (
    <div className={styles.scorecard} data-search-ignore="">
      {/* The legend comes before the table it explains. */}
      {showLegend ? <Legend /> : null}
      <TableScroll
        label={translate({id: 'scorecard.region', message: 'Openness of {name}'}, {name: model.name})}
      >
        <table className={styles.table}>
          <caption className={styles.caption}>
            {translate(
              {id: 'scorecard.caption', message: 'Openness of {name}, by component'},
              {name: model.name},
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{translate({id: 'scorecard.col.dimension', message: 'Component'})}</th>
              <th scope="col">{translate({id: 'scorecard.col.rating', message: 'Rating'})}</th>
              <th scope="col">
                {translate({id: 'scorecard.col.evidence', message: 'What the evidence shows'})}
              </th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((d) => {
              const r = model.openness[d];
              const meta = OPENNESS_DIMENSIONS[d];
              return (
                <tr key={d} data-level={r?.level ?? 'unrated'}>
                  <th scope="row">
                    {meta.label}
                    {d === 'api' ? (
                      <span className={styles.accessTag}>
                        {translate({
                          id: 'scorecard.accessTag',
                          message: 'Access, not openness: not counted in the score',
                        })}
                      </span>
                    ) : null}
                    <span className={styles.dimHelp}>{meta.description}</span>
                  </th>
                  <td className={styles.ratingCell}>
                    <RatingLabel level={r?.level} />
                  </td>
                  <td className={styles.evidenceCell}>
                    {r ? (
                      <>
                        {r.note}{' '}
                        <EvidenceLink
                          url={r.source}
                          asOf={r.asOf}
                          what={`${meta.label.toLowerCase()} (${ratingText(r.level)})`}
                        />
                      </>
                    ) : (
                      <span className={styles.muted} data-unrated-reason="">
                        {model.unrated?.[d] ??
                          translate({id: 'scorecard.unrated', message: 'We have no source for this yet.'})}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {pageHref ? (
        <p className={styles.more}>
          <Link to={pageHref}>
            {translate(
              {id: 'scorecard.more', message: 'Everything we record about {name}'},
              {name: model.name},
            )}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export {RatingIcon};
