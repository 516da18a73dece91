/**
 * The home page's "at a glance" table: for the models people ask about, whether weights, training
 * code, training data and the license are open. Each rating shows a shape and a word as well as a
 * colour and links to its evidence. How you reach a model (app, API, download) is access, not
 * openness, so it is listed neutrally under the name, never as a green "Open".
 * Data: the glance rows of src/lib/modelIndex.ts (built at build time from the model records).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {ACCESS_KINDS, RATING_LEVELS, type RatingLevel} from '@site/src/domain/types';
import {formatIsoDate} from '@site/src/domain/dates';
import type {GlanceDimension, GlanceRow} from '@site/src/lib/modelIndex';
import styles from './styles.module.css';

const SHAPE: Record<RatingLevel, string> = {open: '●', partial: '◐', closed: '○'};

const COLUMNS: Record<GlanceDimension, string> = {
  weights: 'Weights',
  trainingCode: 'Training code',
  trainingData: 'Training data',
  license: 'License',
};

export default function OpennessGlance({rows, asOf}: {rows: readonly GlanceRow[]; asOf?: string}): ReactNode {
  const dims = Object.keys(COLUMNS) as GlanceDimension[];
  return (
    <figure className={styles.glance} data-testid="openness-glance">
      <figcaption className={styles.caption}>
        <strong>What is open, at a glance</strong>
        <span className={styles.legend} aria-hidden="true">
          {(Object.keys(SHAPE) as RatingLevel[]).map((level) => (
            <span key={level} className={styles[level]}>
              {SHAPE[level]} {RATING_LEVELS[level].label}
            </span>
          ))}
        </span>
      </figcaption>
      <table className={styles.table}>
        <caption className="sr-only">
          Openness of ChatGPT and popular open-weight models: weights, training code, training data and
          license. Each rating links to its evidence.
        </caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            {dims.map((d) => (
              <th scope="col" key={d}>
                {COLUMNS[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-model={row.id}>
              <th scope="row">
                <Link to={`/models/${row.id}/`}>{row.name}</Link>
                <span className={styles.access}>
                  <span className="sr-only">Access: </span>
                  {row.access.map((a) => ACCESS_KINDS[a].label).join(' · ')}
                </span>
              </th>
              {dims.map((d) => {
                const cell = row.cells[d];
                if (!cell)
                  return (
                    <td key={d} className={styles.cell}>
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">Not rated</span>
                    </td>
                  );
                return (
                  <td key={d} className={styles.cell} data-level={cell.level}>
                    <Link href={cell.source} className={styles[cell.level]}>
                      <span aria-hidden="true">{SHAPE[cell.level]} </span>
                      <span className={styles.word}>{RATING_LEVELS[cell.level].label}</span>
                      <span className="sr-only">
                        {' '}
                        ({row.name}, {COLUMNS[d].toLowerCase()}: {cell.note} Evidence as of{' '}
                        {formatIsoDate(cell.asOf)})
                      </span>
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.note}>
        Ratings link to their evidence; names open the model page.{' '}
        {asOf && <>Checked {formatIsoDate(asOf)}. </>}
        <Link to="/models/">Compare all models</Link>.
      </p>
    </figure>
  );
}
