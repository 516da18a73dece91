/**
 * "Can I use it for…?" on a model page (issue #24): one block per way in (downloaded weights, the
 * provider's API, its app), each naming the documents read (with the version's date and a pinned
 * link) and answering every question with its clause. Computed at build time (src/data/terms,
 * `channelViews`); a list, not a table, so it reads the same at 390 px and 1280 px.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {TermStatus} from '@site/src/domain/types';
import {CHANNEL_KINDS} from '@site/src/domain/answers';
import type {AnswerTone, ChannelView} from '@site/src/data/terms';
import type {ModelPageProps} from '@site/src/lib/modelPage';
import {formatIsoDate} from '@site/src/domain/dates';
import {Chip} from './Verdicts';
import styles from './styles.module.css';

/** The chip's shape and colour follow how the answer reads for the reader, its text says the answer. */
const TONE: Record<AnswerTone, TermStatus> = {
  good: 'yes',
  partial: 'conditional',
  bad: 'no',
  unknown: 'not-checked',
};

function Documents({channel}: {channel: ChannelView}): ReactNode {
  return (
    <p className={styles.note}>
      Read:{' '}
      {channel.documents.map((d, i) => (
        <React.Fragment key={d.id}>
          {i > 0 ? '; ' : null}
          <Link to={d.path}>{d.name}</Link>{' '}
          {d.unread ? (
            <>(text not read clause by clause: {d.unread})</>
          ) : (
            <>
              (last changed {formatIsoDate(d.date)}: <Link href={d.url}>the version read</Link>)
            </>
          )}
        </React.Fragment>
      ))}
      .{channel.note ? ` ${channel.note}` : null}
    </p>
  );
}

export default function ChannelAnswers({
  channels,
  uncovered,
}: Pick<ModelPageProps, 'channels' | 'uncovered'>): ReactNode {
  return (
    <div data-search-ignore="">
      <p className={styles.note}>
        Each way in has its own terms: a download is governed by the license, an API or app by the provider’s
        terms and usage policy. Each answer names its clause and links the version we read. A reading of the
        text, not legal advice.
      </p>
      {channels.map((ch) => (
        <section key={ch.id} aria-labelledby={`channel-${ch.id.replace(/[^a-z0-9-]/gi, '-')}`}>
          <Heading as="h3" id={`channel-${ch.id.replace(/[^a-z0-9-]/gi, '-')}`}>
            {CHANNEL_KINDS[ch.kind].label}: {ch.name}
          </Heading>
          <Documents channel={ch} />
          <ul className={styles.uses}>
            {ch.answers.map((a) => (
              <li key={a.question} className={styles.use}>
                <span className={styles.useQuestion}>{a.text.endsWith('?') ? a.text : `${a.text}?`}</span>
                <span>
                  <Chip status={TONE[a.tone]}>{a.label}</Chip>
                </span>
                <span>
                  {a.note}{' '}
                  {a.basis.map((b, i) => (
                    <React.Fragment key={`${b.document}-${i}`}>
                      {i > 0 ? ', ' : null}
                      <Link href={b.url}>
                        {b.section}
                        <span className="sr-only">
                          {' '}
                          of {b.name}, for “{a.text}”
                        </span>
                      </Link>
                    </React.Fragment>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {uncovered.map((u) => (
        <p key={u.kind} className={styles.note}>
          <strong>{CHANNEL_KINDS[u.kind].label}:</strong> {u.reason}
        </p>
      ))}
    </div>
  );
}
