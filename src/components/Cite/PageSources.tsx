import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {listAnchor, markerAnchor} from './index';
import styles from './styles.module.css';

/**
 * The numbered list of a page's sources, written by the remark plugin in src/plugins/cite/ after
 * the "Sources on this page" heading. Plain HTML: each entry is the target of its markers
 * (#cite-<id>) and links back to the first one (#cite-ref-<id>), with or without JavaScript.
 */
export default function PageSources({children}: {children: ReactNode}): ReactNode {
  return (
    <ol className={styles.list} data-search-ignore data-page-sources>
      {children}
    </ol>
  );
}

export interface PageSourceProps {
  id: string;
  n: string;
  publisher: string;
  title: string;
  url: string;
  date: string;
  kind: string;
}

export function PageSource({id, n, publisher, title, url, date, kind}: PageSourceProps): ReactNode {
  useBrokenLinks().collectAnchor(listAnchor(id));
  return (
    <li id={listAnchor(id)} value={Number(n)} className={styles.entry}>
      <Link to={`#${markerAnchor(id)}`} className={styles.back}>
        <span aria-hidden="true">↑</span>
        <span className="sr-only">{`Back to the text at source ${n}`}</span>
      </Link>{' '}
      {publisher}: <Link to={url}>{title}</Link>
      {date ? `, ${date}` : ''}.{kind === 'secondary' ? ' Secondary source.' : ''}
    </li>
  );
}
