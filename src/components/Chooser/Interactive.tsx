/**
 * The chooser's questions and live recommendation. Browser-only and lazily loaded (index.tsx).
 * Answers live in the URL query, one key per question (src/lib/chooser.ts).
 */
import React, {type ReactNode, useEffect, useId, useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import {MODEL_LABELS, QUESTIONS, RECOMMENDATIONS, type Answers, type GuideLink} from '@site/src/data/chooser';
import {decodeAnswers, mergeAnswersIntoSearch, recommend} from '@site/src/lib/chooser';
import styles from './styles.module.css';

function Links({links}: {links: readonly GuideLink[]}): ReactNode {
  return (
    <>
      {links.map((l, i) => (
        <React.Fragment key={l.to}>
          {i > 0 && ', '}
          <Link to={l.to}>{l.label}</Link>
        </React.Fragment>
      ))}
    </>
  );
}

export default function Interactive({level}: {level: 2 | 3}): ReactNode {
  const uid = useId().replace(/:/g, '');
  const history = useHistory();
  const location = useLocation();
  const [answers, setAnswers] = useState<Answers>(() => decodeAnswers(location.search));

  useEffect(() => {
    const search = mergeAnswersIntoSearch(location.search, answers);
    if (search !== location.search)
      history.replace({pathname: location.pathname, search, hash: location.hash});
    // The answers drive the URL, not the other way round, after the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers]);

  const result = useMemo(() => recommend(answers), [answers]);
  const rec = RECOMMENDATIONS[result.recommendation];
  const as = level === 2 ? 'h2' : 'h3';
  const sub = level === 2 ? 'h3' : 'h4';
  const total = QUESTIONS.length;

  return (
    <div className={styles.chooser} data-testid="chooser">
      <form className={styles.questions} onSubmit={(e) => e.preventDefault()}>
        {QUESTIONS.map((q) => (
          <fieldset key={q.id} className={styles.question}>
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
          <button type="button" className="button button--secondary" onClick={() => setAnswers({})}>
            <Translate id="chooser.reset">Clear answers</Translate>
          </button>
          <span className={styles.help}>
            <Translate id="chooser.shareHint">
              Your answers are in the address bar: copy it to share them.
            </Translate>
          </span>
        </div>
      </form>

      <section className={styles.result} aria-labelledby="chooser-result">
        <Heading as={as} id="chooser-result">
          Recommendation
        </Heading>
        <p aria-live="polite" className={styles.verdict} data-testid="chooser-verdict">
          {result.answered === 0
            ? 'Answer any of the questions to see a recommendation.'
            : `${rec.label} (based on ${result.answered} of ${total} answers).`}
        </p>
        {result.answered > 0 && (
          <div data-testid="chooser-details" data-recommendation={result.recommendation}>
            <p>{rec.summary}</p>
            <Heading as={sub} id="chooser-why">
              Why
            </Heading>
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
            <ul className={styles.models}>
              {result.models.map((m) => (
                <li key={m}>
                  <Link to={`/models/${m}/`}>{MODEL_LABELS[m] ?? m}</Link>
                </li>
              ))}
            </ul>
            <Heading as={sub} id="chooser-ranking">
              How the options scored
            </Heading>
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
          </div>
        )}
      </section>
    </div>
  );
}
