/**
 * The model page's computed answers: the Open Source AI and open-weights verdicts, the openness
 * score and MOF estimate, OSI's own validation where there is one (what the terms allow per
 * channel is ./ChannelAnswers.tsx). Every status is shown as a word and a mark, never colour alone.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {TermStatus} from '@site/src/domain/types';
import {OSI_VALIDATION_RESULTS} from '@site/src/domain/types';
import type {ModelPageProps} from '@site/src/lib/modelPage';
import {
  MOF_CLASSES,
  OPEN_WEIGHTS,
  OSAID_PARTS,
  OSAID_VERDICTS,
  formatScore,
  type PartStatus,
} from '@site/src/domain/verdicts';
import styles from './styles.module.css';

/** Text + shape for a status, never colour alone. */
const STATUS_MARK: Record<TermStatus, {mark: string; tone: 'open' | 'partial' | 'closed' | 'none'}> = {
  yes: {mark: '✓', tone: 'open'},
  conditional: {mark: '◐', tone: 'partial'},
  no: {mark: '✕', tone: 'closed'},
  'not-checked': {mark: '?', tone: 'none'},
};

const PART_MARK: Record<PartStatus, {label: string; status: TermStatus}> = {
  met: {label: 'met', status: 'yes'},
  'not-met': {label: 'not met', status: 'no'},
  unknown: {label: 'not rated', status: 'not-checked'},
};

export function Chip({status, children}: {status: TermStatus; children: ReactNode}): ReactNode {
  const {mark, tone} = STATUS_MARK[status];
  return (
    <span className={`${styles.chip} ${styles[tone]}`}>
      <span aria-hidden="true">{mark} </span>
      {children}
    </span>
  );
}

const OSAID_STATUS = {meets: 'yes', 'does-not-meet': 'no', 'cannot-tell': 'not-checked'} as const;
const WEIGHTS_STATUS = {yes: 'yes', gated: 'yes', 'on-request': 'conditional', no: 'no'} as const;

export function Verdicts({verdicts, osi}: Pick<ModelPageProps, 'verdicts' | 'osi'>): ReactNode {
  const {osaid, mof, openWeights, score} = verdicts;
  const mofSettled = mof.cls === mof.possible;
  return (
    // The one-line answer above carries the verdict; the details stay out of the search index.
    <dl className={styles.verdicts} data-search-ignore="">
      <dt>Open Source AI (OSI definition 1.0)</dt>
      <dd>
        <Chip status={OSAID_STATUS[osaid.verdict]}>{OSAID_VERDICTS[osaid.verdict].label}</Chip>
        <ul className={styles.parts}>
          {osaid.parts.map((p) => (
            <li key={p.part}>
              {OSAID_PARTS[p.part].label}: <strong>{PART_MARK[p.status].label}</strong>
              {p.gaps.length > 0 ? ` — ${p.gaps.join('; ')}` : ''}
            </li>
          ))}
        </ul>
        {osi ? (
          <p className={styles.osi}>
            OSI’s own validation called {osi.osiName} a model that{' '}
            <strong>{OSI_VALIDATION_RESULTS[osi.result].label}</strong>
            {osi.href ? (
              <>
                {' '}
                (<Link href={osi.href}>OSI’s results</Link>)
              </>
            ) : null}
            .{' '}
            {osi.comparison === 'agrees'
              ? 'Our computed verdict agrees.'
              : osi.comparison === 'disagrees'
                ? 'Our computed verdict disagrees: the ratings below or OSI’s reading differ, and we show both rather than pick one.'
                : 'Our ratings leave a part unrated, so we cannot confirm it yet.'}
            {osi.note ? ` ${osi.note}` : ''}
          </p>
        ) : null}
      </dd>
      <dt>Model Openness Framework class (estimated)</dt>
      <dd>
        <Chip
          status={
            mof.cls === 'none' ? (mofSettled ? 'no' : 'not-checked') : mof.cls === 'I' ? 'yes' : 'conditional'
          }
        >
          {mofSettled
            ? MOF_CLASSES[mof.cls].label
            : `${MOF_CLASSES[mof.cls].label} from what is rated; up to ${MOF_CLASSES[mof.possible].label} if the unrated parts are open`}
        </Chip>
        {mof.nextNeeds.length > 0 ? (
          <span className={styles.note}>Next class up needs: {mof.nextNeeds.join(', ')}.</span>
        ) : null}
      </dd>
      <dt>Open weights</dt>
      <dd>
        <Chip status={WEIGHTS_STATUS[openWeights]}>{OPEN_WEIGHTS[openWeights].label}</Chip>
      </dd>
      <dt>Openness score</dt>
      <dd>
        <strong>{formatScore(score)}</strong>
        <span className={styles.note}>
          Open counts 1, partial ½, closed 0, averaged over the rated dimensions; the hosted API is access,
          not openness, and is left out.
        </span>
      </dd>
    </dl>
  );
}
