/**
 * "Which should I use?" chooser (issue #6). The rules are data (src/data/chooser.ts) evaluated by
 * src/lib/chooser.ts. The server-rendered part lists the four options and what each one suits,
 * so the page reads without JavaScript; the questions load lazily in the browser only.
 */
import React, {type ReactNode, Suspense, lazy} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import {RECOMMENDATIONS, TIE_BREAK_ORDER} from '@site/src/data/chooser';
import styles from './styles.module.css';

const Interactive = lazy(() => import('./Interactive'));

export interface ChooserProps {
  /** Heading level for the chooser's sections: 2 on its own page, 3 inside a docs section. */
  headingLevel?: 2 | 3;
}

function Fallback(): ReactNode {
  return (
    <div className={styles.fallback} data-chooser-fallback="" data-search-ignore="">
      <p>
        <Translate id="chooser.loading">
          The questions load here. Without JavaScript, the list below describes each option and when it fits.
        </Translate>
      </p>
    </div>
  );
}

export default function Chooser({headingLevel = 2}: ChooserProps): ReactNode {
  const as = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={styles.root} data-search-ignore="">
      <BrowserOnly fallback={<Fallback />}>
        {() => (
          <Suspense fallback={<Fallback />}>
            <Interactive level={headingLevel} />
          </Suspense>
        )}
      </BrowserOnly>
      <section data-testid="chooser-options">
        <Heading as={as} id="chooser-options">
          The four options
        </Heading>
        <dl className={styles.options}>
          {TIE_BREAK_ORDER.map((id) => {
            const rec = RECOMMENDATIONS[id];
            return (
              <div key={id}>
                <dt>{rec.label}</dt>
                <dd>
                  <p>{rec.summary}</p>
                  <p className={styles.more}>
                    Read more:{' '}
                    {rec.links.map((l, i) => (
                      <React.Fragment key={l.to}>
                        {i > 0 && ', '}
                        <Link to={l.to}>{l.label}</Link>
                      </React.Fragment>
                    ))}
                    .
                  </p>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </div>
  );
}
