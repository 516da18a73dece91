/**
 * "Which should I use?" chooser (issues #6, #14). The rules are data (src/data/chooser.ts)
 * evaluated by src/lib/chooser.ts. Questions and the current recommendation are server-rendered in
 * their default state, so the recommendation and its model links are in the static HTML (and the
 * link crawl sees them); the list of the four options reads without JavaScript too. The rules and
 * questions are a few kilobytes, so they load with the page rather than lazily.
 */
import React, {type ReactNode} from 'react';
import DocLink from '@site/src/components/DocLink';
import Heading from '@theme/Heading';
import {RECOMMENDATIONS, TIE_BREAK_ORDER} from '@site/src/data/chooser';
import Interactive from './Interactive';
import styles from './styles.module.css';

export interface ChooserProps {
  /** Heading level for the chooser's sections: 2 on its own page, 3 inside a docs section. */
  headingLevel?: 2 | 3;
}

export default function Chooser({headingLevel = 2}: ChooserProps): ReactNode {
  const as = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={styles.root} data-search-ignore="">
      <Interactive level={headingLevel} />
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
                      <React.Fragment key={l.doc}>
                        {i > 0 && ', '}
                        <DocLink doc={l.doc}>{l.label}</DocLink>
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
