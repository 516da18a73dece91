/**
 * "Which should I use?" chooser (issues #6, #14). The rules are data (src/data/chooser.ts)
 * evaluated by src/lib/chooser.ts. Questions and the current recommendation are server-rendered in
 * their default state. The list of the four options below is static and names every model each
 * option can suggest and every guide page a reason links to, so every link any outcome shows is
 * in the static HTML (scripts/check-links.mjs crawls it) and reads without JavaScript. The rules
 * and questions are a few kilobytes, so they load with the page rather than lazily.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import DocLink from '@site/src/components/DocLink';
import Heading from '@theme/Heading';
import facts from '@generated/site-dataset/default/chooser-models.json';
import {RECOMMENDATIONS, RULES, TIE_BREAK_ORDER, type GuideLink} from '@site/src/data/chooser';
import Interactive from './Interactive';
import styles from './styles.module.css';

export interface ChooserProps {
  /** Heading level for the chooser's sections: 2 on its own page, 3 inside a docs section. */
  headingLevel?: 2 | 3;
}

/** Each guide page the rules' reasons link to, once, in first-mention order. */
function ruleLinks(): GuideLink[] {
  const seen = new Map<string, GuideLink>();
  for (const rule of RULES) for (const link of rule.links) if (!seen.has(link.doc)) seen.set(link.doc, link);
  return [...seen.values()];
}

/** Model pages, comma-separated. */
function LinkList({links}: {links: ReadonlyArray<{to: string; label: string}>}): ReactNode {
  return links.map((l, i) => (
    <React.Fragment key={l.to}>
      {i > 0 && ', '}
      <Link to={l.to}>{l.label}</Link>
    </React.Fragment>
  ));
}

/** Guide pages by doc id, comma-separated. */
function DocLinkList({links}: {links: readonly GuideLink[]}): ReactNode {
  return links.map((l, i) => (
    <React.Fragment key={l.doc}>
      {i > 0 && ', '}
      <DocLink doc={l.doc}>{l.label}</DocLink>
    </React.Fragment>
  ));
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
                    Models to look at:{' '}
                    <LinkList
                      links={rec.models.map((m) => ({to: `/models/${m}/`, label: facts[m]?.name ?? m}))}
                    />
                    .
                  </p>
                  <p className={styles.more}>
                    Read more: <DocLinkList links={rec.links} />.
                  </p>
                </dd>
              </div>
            );
          })}
        </dl>
        <p className={styles.more} data-testid="chooser-rule-links">
          The reason shown for each answer links to the guide page behind it:{' '}
          <DocLinkList links={ruleLinks()} />.
        </p>
      </section>
    </div>
  );
}
