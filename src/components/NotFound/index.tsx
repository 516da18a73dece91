/**
 * The 404 page's body, rendered by the NotFound swizzle (src/theme/NotFound): one h1, a plain GET
 * search form that works without JavaScript, and links to the guide's sections.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import DocLink from '@site/src/components/DocLink';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import {GUIDE_SECTIONS as SECTIONS} from '@site/src/lib/guideSections';
import styles from './styles.module.css';

export default function NotFoundBody({className}: {className?: string}): ReactNode {
  const searchUrl = useBaseUrl('/search/');
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">Page not found</Heading>
          <p>
            There is no page at this address. It may have moved, or the link may have a typo. Search the guide
            or pick a section below.
          </p>
          <form action={searchUrl} method="get" role="search" className={styles.form}>
            <label htmlFor="not-found-search" className={styles.label}>
              Search the guide
            </label>
            <div className={styles.row}>
              <input
                id="not-found-search"
                name="q"
                type="search"
                required
                autoComplete="off"
                className={styles.input}
              />
              <button type="submit" className="button button--primary">
                Search
              </button>
            </div>
          </form>
          <Heading as="h2">Sections of the guide</Heading>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.doc}>
                <DocLink doc={section.doc}>{section.label}</DocLink>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </main>
  );
}
