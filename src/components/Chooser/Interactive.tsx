/**
 * The chooser's questions and live recommendation. Rendered on the server in its default state (no
 * answers), so the recommendation, its reasons and its model links are in the static HTML; the
 * answers in the URL query are applied after hydration (src/lib/chooser.ts). Radios stay disabled
 * until JavaScript runs, because without it they could not change anything.
 */
import React, {type ReactNode, useId, useMemo} from 'react';
import Link from '@docusaurus/Link';
import DocLink from '@site/src/components/DocLink';
import {useChooserSources} from './sources';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {QUESTIONS, RECOMMENDATIONS, type Answers, type GuideLink} from '@site/src/data/chooser';
import {decodeAnswers, explainTie, mergeAnswersIntoSearch, recommend} from '@site/src/lib/chooser';
import facts from '@generated/site-dataset/default/chooser-models.json';
import {formatIsoDate} from '@site/src/domain/dates';
import {useUrlState, type UrlCodec} from '@site/src/components/UrlState';
import styles from './styles.module.css';

function Links({links}: {links: readonly GuideLink[]}): ReactNode {
  return (
    <>
      {links.map((l, i) => (
        <React.Fragment key={l.doc}>
          {i > 0 && ', '}
          <DocLink doc={l.doc}>{l.label}</DocLink>
        </React.Fragment>
      ))}
    </>
  );
}

const ANSWERS_IN_URL: UrlCodec<Answers> = {decode: decodeAnswers, merge: mergeAnswersIntoSearch};
const NO_ANSWERS: Answers = {};

export default function Interactive({level}: {level: 2 | 3}): ReactNode {
  const uid = useId().replace(/:/g, '');
  const isBrowser = useIsBrowser();
  // The server knows no query string: start from no answers on both sides, then read the URL.
  const [answers, setAnswers] = useUrlState(ANSWERS_IN_URL, NO_ANSWERS);

  const result = useMemo(() => recommend(answers, facts), [answers]);
  const tie = useMemo(() => explainTie(result, answers), [result, answers]);
  const rec = RECOMMENDATIONS[result.recommendation];
  const as = level === 2 ? 'h2' : 'h3';
  const sub = level === 2 ? 'h3' : 'h4';
  const total = QUESTIONS.length;
  const caveats = result.models.filter((m) => facts[m]?.caveat);
  const sources = result.fired.filter((rule) => rule.source);
  const sourceLinks = useChooserSources();

  return (
    <div className={styles.chooser} data-testid="chooser">
      {/* A group of questions, not a <form>: answers apply as they change, so there is nothing to submit. */}
      <div className={styles.questions} role="group" aria-label="Questions">
        {!isBrowser && (
          <p className={styles.help} data-chooser-nojs="">
            <Translate id="chooser.noscript">
              Answering the questions needs JavaScript. Without it, the recommendation shows the starting
              point, and the list of options below says when each one fits.
            </Translate>
          </p>
        )}
        {QUESTIONS.map((q) => (
          <fieldset key={q.id} className={styles.question} disabled={!isBrowser}>
            <legend>{q.legend}</legend>
            {q.help && (
              <p className={styles.help} id={`${uid}-${q.id}-help`}>
                {q.help}
              </p>
            )}
            {q.options.map((o) => {
              const id = `${uid}-${q.id}-${o.value}`;
              return (
                <div key={o.value} className={styles.option}>
                  <input
                    type="radio"
                    id={id}
                    name={`${uid}-${q.id}`}
                    value={o.value}
                    checked={answers[q.id] === o.value}
                    onChange={() => setAnswers((a) => ({...a, [q.id]: o.value}))}
                    aria-describedby={q.help ? `${uid}-${q.id}-help` : undefined}
                  />
                  <label htmlFor={id}>{o.label}</label>
                </div>
              );
            })}
          </fieldset>
        ))}
        <div className={styles.actions}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setAnswers({})}
            disabled={!isBrowser}
          >
            <Translate id="chooser.reset">Clear answers</Translate>
          </button>
          <span className={styles.help}>
            <Translate id="chooser.shareHint">
              Your answers are in the address bar: copy it to share them.
            </Translate>
          </span>
        </div>
      </div>

      <div className={styles.side}>
        <section
          className={styles.current}
          aria-labelledby="chooser-result"
          data-testid="chooser-current"
          data-recommendation={result.recommendation}
        >
          <Heading as={as} id="chooser-result" className={styles.currentHeading}>
            {result.answered === 0 ? 'Starting point' : 'Recommendation'}
          </Heading>
          <p aria-live="polite" className={styles.verdict} data-testid="chooser-verdict">
            {rec.label}
            <span className={styles.answered}>
              {result.answered === 0
                ? ' (no answers yet: the option with the least to run)'
                : ` (based on ${result.answered} of ${total} answers)`}
            </span>
          </p>
          {tie && result.answered > 0 && (
            <p className={styles.tieNote}>
              <span aria-hidden="true">= </span>
              Tie between{' '}
              {tie.ids
                .map((id) => RECOMMENDATIONS[id].shortLabel)
                .join(', ')
                .replace(/, ([^,]*)$/, ' and $1')}
              : <Link to="#chooser-ranking">why</Link>
            </p>
          )}
        </section>

        <section
          className={styles.result}
          data-testid="chooser-details"
          data-recommendation={result.recommendation}
        >
          <p>{rec.summary}</p>
          <Heading as={sub} id="chooser-why">
            Why
          </Heading>
          {result.fired.length === 0 ? (
            <p>No answers yet. Each answer you give adds its reason here.</p>
          ) : (
            <ul>
              {result.fired.map((rule) => (
                <li key={rule.id} data-rule={rule.id}>
                  {rule.reason}{' '}
                  <span className={styles.more}>
                    (<Links links={rule.links} />)
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Heading as={sub} id="chooser-trade-offs">
            Trade-offs
          </Heading>
          <ul>
            {rec.tradeOffs.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <Heading as={sub} id="chooser-models">
            Models to look at
          </Heading>
          <ul className={styles.models} data-testid="chooser-models">
            {result.models.map((m) => (
              <li key={m}>
                <Link to={`/models/${m}/`} className={styles.tag}>
                  {facts[m]?.name ?? m}
                  {facts[m]?.caveat && <span aria-hidden="true"> *</span>}
                </Link>
              </li>
            ))}
          </ul>
          {caveats.length > 0 && (
            <ul className={styles.caveats}>
              {caveats.map((m) => (
                <li key={m}>
                  <span aria-hidden="true">* </span>
                  {facts[m]?.caveat}
                </li>
              ))}
            </ul>
          )}
          {sources.length > 0 && (
            <p className={styles.help}>
              Sources:{' '}
              {sources.map((rule, i) => (
                <React.Fragment key={rule.id}>
                  {i > 0 && '; '}
                  <Link href={sourceLinks[rule.source!.id].url}>{sourceLinks[rule.source!.id].title}</Link>,
                  checked {formatIsoDate(rule.source!.asOf)}
                </React.Fragment>
              ))}
              .
            </p>
          )}
          <Heading as={sub} id="chooser-ranking">
            How the options scored
          </Heading>
          {tie && (
            <p data-testid="chooser-tie" className={styles.tieExplanation}>
              {tie.explanation}
            </p>
          )}
          <ol className={styles.ranking}>
            {result.ranking.map((r) => (
              <li key={r.id}>
                {RECOMMENDATIONS[r.id].label}:{' '}
                {r.excluded ? 'ruled out by your answers' : `score ${r.score > 0 ? '+' : ''}${r.score}`}
              </li>
            ))}
          </ol>
          <p className={styles.help}>
            Each answer adds or removes points; answers that rule an option out (offline use, data that must
            stay on your machines, needing the weights) override the points. Ties go to the option with less
            to operate. Read more: <Links links={rec.links} />.
          </p>
        </section>
      </div>
    </div>
  );
}
