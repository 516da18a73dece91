import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getSource} from '@site/src/data/sources';
import {formatSourceDate} from '@site/src/lib/dates';
import styles from './styles.module.css';

export interface CiteProps {
  /** Id of a record in src/data/sources/. An unknown id fails the build. */
  id: string;
}

/**
 * An inline citation: publisher and date in brackets, linking to the source. The Sources page
 * lists the same record under #source-<id>.
 */
export default function Cite({id}: CiteProps): ReactNode {
  const source = getSource(id);
  if (!source) {
    throw new Error(
      `<Cite id="${id}" />: no source with that id. Add it to a file in src/data/sources/ or fix the id.`,
    );
  }
  const date = formatSourceDate(source);
  return (
    <cite className={styles.cite}>
      [
      <Link to={source.url} className={styles.link} title={source.title}>
        {source.publisher}
        <span className="sr-only">: {source.title}</span>
      </Link>
      {date ? `, ${date}` : ''}]
    </cite>
  );
}
