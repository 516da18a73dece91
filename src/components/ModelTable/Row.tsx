/**
 * One model as a row of the model table (a card in narrow containers): name and maker, release
 * date, license, the two verdict chips, the openness score and one cell per openness dimension.
 */
import React, {memo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {translate} from '@docusaurus/Translate';
import {getLicense} from '@site/src/data/licenses';
import type {Model} from '@site/src/domain/types';
import {LICENSE_KINDS, OPENNESS_DIMENSIONS} from '@site/src/domain/types';
import {
  OPENNESS_SCORE_DIMENSIONS,
  OPEN_WEIGHTS,
  OSAID_VERDICTS,
  openWeights,
  osaidVerdict,
  opennessScore100,
} from '@site/src/domain/verdicts';
import {shortDate} from '@site/src/lib/explorer';
import {formatIsoDate} from '@site/src/domain/dates';
import {orgName} from '@site/src/lib/models';
import RatingLabel, {ratingText} from '@site/src/components/OpennessScorecard/RatingLabel';
import Chip, {OSAID_SHORT, WEIGHTS_SHORT} from './Chip';
import type {Column} from './Head';
import styles from './styles.module.css';

/**
 * One model as a table row (a card in narrow containers). Rendered once: filters, sorting and
 * the highlighted row change the DOM (./dom.ts), never the row's props.
 */
const Row = memo(function Row({
  model,
  cols,
  anchors,
}: {
  model: Model;
  cols: Column[];
  anchors: boolean;
}): ReactNode {
  const anchor = `model-${model.id}`;
  const brokenLinks = useBrokenLinks();
  if (anchors) brokenLinks.collectAnchor(anchor);
  const license = getLicense(model.license);
  // Only the two verdicts the row shows (not the MOF estimate), so that logic stays out of this chunk.
  const v = license ? {osaid: osaidVerdict(model, license), openWeights: openWeights(model, license)} : null;
  const score = opennessScore100(model);
  // data-label: the column name each cell shows above its value when rows become cards.
  const label = (i: number) => cols[i].full ?? cols[i].label;
  return (
    <tr id={anchors ? anchor : undefined} data-model={model.id}>
      <th scope="row" className={styles.nameCell}>
        <Link to={`/models/${model.id}/`} className={styles.modelLink}>
          {model.name}
        </Link>
        {anchors ? (
          <Link to={`#${anchor}`} className={styles.permalink}>
            <span aria-hidden="true">#</span>
            <span className="sr-only">
              {translate({id: 'modelTable.permalink', message: 'Link to the {name} row'}, {name: model.name})}
            </span>
          </Link>
        ) : null}
        <span className={styles.sub}>{orgName(model.organization)}</span>
      </th>
      <td data-label={label(1)} className={styles.dateCell}>
        <time dateTime={model.firstRelease} title={formatIsoDate(model.firstRelease)}>
          {shortDate(model.firstRelease)}
        </time>
      </td>
      <td data-label={label(2)} className={styles.licenseCell}>
        {/* Proprietary terms need no second line; other licenses say what kind they are. */}
        {license?.kind === 'proprietary' ? LICENSE_KINDS.proprietary.label : (license?.name ?? model.license)}
        {license && license.kind !== 'proprietary' ? (
          <span className={styles.sub}>{LICENSE_KINDS[license.kind].label}</span>
        ) : null}
      </td>
      <td data-label={label(3)} className={styles.verdictCell}>
        {v ? (
          <Chip
            kind={v.osaid.verdict}
            {...OSAID_SHORT[v.osaid.verdict]}
            title={OSAID_VERDICTS[v.osaid.verdict].label}
          />
        ) : null}
      </td>
      <td data-label={label(4)} className={styles.verdictCell}>
        {v ? (
          <Chip
            kind={`w-${v.openWeights}`}
            {...WEIGHTS_SHORT[v.openWeights]}
            title={OPEN_WEIGHTS[v.openWeights].label}
          />
        ) : null}
      </td>
      <td data-label={label(5)} className={styles.scoreCell} data-score={score.score ?? ''}>
        <strong className={styles.scoreValue}>{score.score ?? '–'}</strong>
        <span className={styles.scoreOf}>/100</span>
        <span className={styles.sub}>
          {translate(
            {id: 'modelTable.scoreFrom', message: 'from {rated} of {of}'},
            {rated: score.rated, of: score.of},
          )}
        </span>
      </td>
      {OPENNESS_SCORE_DIMENSIONS.map((d, i) => {
        const level = model.openness[d]?.level;
        return (
          <td
            key={d}
            data-label={label(6 + i)}
            data-level={level ?? 'unrated'}
            className={styles.dimCell}
            title={`${OPENNESS_DIMENSIONS[d].label}: ${ratingText(level)}${
              level ? '' : model.unrated?.[d] ? ` (${model.unrated[d]})` : ''
            }`}
          >
            <RatingLabel level={level} textClassName={styles.dimWord} />
          </td>
        );
      })}
    </tr>
  );
});

export default Row;
