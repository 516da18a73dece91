/**
 * What /search/ shows when JavaScript is off: the plugin's results page searches in the browser, so
 * without scripts it is an empty box. This says so and offers the guide's sections and every
 * model page instead. Server-rendered and removed once the page hydrates; where scripts run, a
 * `scripting: enabled` media query hides it from the first paint, so readers with JavaScript never
 * see it and its removal shifts no layout. Not <noscript>: browsers with scripting turned
 * off by policy or an extension parse <noscript> as text, and so do test browsers. The list of
 * models comes from the small name → id index (src/lib/modelIndex.ts), not the dataset.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import DocLink from '@site/src/components/DocLink';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import modelIndex from '@generated/site-dataset/default/model-index.json';
import {GUIDE_SECTIONS} from '@site/src/lib/guideSections';
import styles from './styles.module.css';

export default function SearchFallback(): ReactNode {
  const isBrowser = useIsBrowser();
  if (isBrowser) return null;
  const models = [...modelIndex.models].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <div className={`container margin-bottom--xl ${styles.root}`} data-search-fallback="">
      <p className={styles.message}>
        <strong>Search needs JavaScript</strong>, which is turned off or blocked in this browser. Every page
        of the guide reads without it: start from a section below, or go straight to a model.
      </p>
      <div className={styles.columns}>
        <section aria-labelledby="search-fallback-sections">
          <Heading as="h2" id="search-fallback-sections">
            Sections of the guide
          </Heading>
          <ul>
            {GUIDE_SECTIONS.map((s) => (
              <li key={s.doc}>
                <DocLink doc={s.doc}>{s.label}</DocLink>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="search-fallback-models">
          <Heading as="h2" id="search-fallback-models">
            Models ({models.length})
          </Heading>
          <p>
            Each page answers “is it open source?” with its license and sources. The{' '}
            <Link to="/models/">model explorer</Link> compares them side by side.
          </p>
          <ul className={styles.models}>
            {models.map((m) => (
              <li key={m.id}>
                <Link to={`/models/${m.id}/`}>{m.name}</Link>{' '}
                <span className={styles.org}>({m.organization})</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
