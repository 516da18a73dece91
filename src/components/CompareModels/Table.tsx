/**
 * The comparison table (and rating legend) for two or three model ids. It imports the dataset, so
 * it is loaded lazily: a fixed comparison renders it inside a <StaticIsland> (static HTML only),
 * the selectable one (./Selectable.tsx) renders it for the reader's choice.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {getModel} from '@site/src/data/models';
import {getLicense} from '@site/src/data/licenses';
import type {Model} from '@site/src/domain/types';
import {ACCESS_KINDS, LICENSE_KINDS, OPENNESS_DIMENSIONS} from '@site/src/domain/types';
import {formatIsoDate} from '@site/src/domain/dates';
import {DIMENSIONS, RELEASE_CLASSES, formatSizes, releaseClass} from '@site/src/lib/models';
import RatingLabel from '@site/src/components/OpennessScorecard/RatingLabel';
import {EvidenceLink, Legend} from '@site/src/components/OpennessScorecard/ScorecardView';
import TableScroll from '@site/src/components/TableScroll';
import styles from './styles.module.css';

export interface CompareTableProps {
  /** Two or three model ids from src/data/models/. */
  ids: readonly string[];
  caption?: string;
}

export default function CompareTable({ids, caption}: CompareTableProps): ReactNode {
  const unknown = ids.filter((id) => !getModel(id));
  if (unknown.length > 0 || ids.length < 2 || ids.length > 3) {
    throw new Error(
      `<CompareModels ids={${JSON.stringify(ids)}} />: give 2 or 3 ids from src/data/models/` +
        (unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''),
    );
  }
  const chosen = ids.map((id) => getModel(id) as Model);
  const names = chosen.map((m) => m.name).join(', ');
  const tableCaption =
    caption ?? translate({id: 'compare.caption', message: 'Side by side: {names}'}, {names});
  return (
    <>
      <TableScroll
        className={styles.scroll}
        stickyFirstColumn
        label={translate({id: 'compare.region', message: 'Comparison of {names}'}, {names})}
      >
        <table className={styles.table}>
          <caption className={styles.caption}>
            <span className={styles.captionText}>{tableCaption}</span>
          </caption>
          <thead>
            <tr>
              <td className={styles.corner} />
              {chosen.map((m) => (
                <th key={m.id} scope="col">
                  <Link to={`/models/${m.id}/`}>{m.name}</Link>
                  <span className={styles.sub}>{m.organization}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{translate({id: 'compare.release', message: 'What is released'})}</th>
              {chosen.map((m) => (
                <td key={m.id} data-label={m.name}>
                  {RELEASE_CLASSES[releaseClass(m)].label}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{translate({id: 'compare.firstRelease', message: 'First release'})}</th>
              {chosen.map((m) => (
                <td key={m.id} data-label={m.name}>
                  <time dateTime={m.firstRelease}>{formatIsoDate(m.firstRelease)}</time>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{translate({id: 'compare.parameters', message: 'Parameters'})}</th>
              {chosen.map((m) => (
                <td key={m.id} data-label={m.name}>
                  {formatSizes(m)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{translate({id: 'compare.license', message: 'License'})}</th>
              {chosen.map((m) => {
                const l = getLicense(m.license);
                return (
                  <td key={m.id} data-label={m.name}>
                    {l?.name ?? m.license}
                    {l ? <span className={styles.sub}>{LICENSE_KINDS[l.kind].label}</span> : null}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">{translate({id: 'compare.access', message: 'Access'})}</th>
              {chosen.map((m) => (
                <td key={m.id} data-label={m.name}>
                  {m.access.map((a) => ACCESS_KINDS[a].label).join(', ')}
                </td>
              ))}
            </tr>
            {DIMENSIONS.map((d) => (
              <tr key={d}>
                <th scope="row">{OPENNESS_DIMENSIONS[d].label}</th>
                {chosen.map((m) => {
                  const r = m.openness[d];
                  return (
                    <td key={m.id} data-label={m.name}>
                      <RatingLabel level={r?.level} />
                      {r ? (
                        <span className={styles.evidence}>
                          {r.note}{' '}
                          <EvidenceLink
                            url={r.source}
                            asOf={r.asOf}
                            what={`${OPENNESS_DIMENSIONS[d].label}, ${m.name}`}
                          />
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Legend />
    </>
  );
}
