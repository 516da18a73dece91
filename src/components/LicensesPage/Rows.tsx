/**
 * The matrix's rows, one per document: its name (a link to its page), provider, kind, the date of
 * its current version, then one cell per clause topic linking that clause on the document's page.
 * Rendered at build time inside a <StaticIsland as="tbody"> by ./Matrix.tsx and kept by the
 * browser without hydrating; this module imports the rows (written by src/plugins/terms), so the
 * browser loads them only when the page is opened by a client-side navigation. Filtering and
 * sorting move and hide these rows in the DOM; each <tr> carries its document id.
 */
import React, {memo, useEffect, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import data from '@generated/site-terms/default/licenses-matrix.json';
import {formatIsoDate} from '@site/src/domain/dates';
import {KIND_LABELS, TOPICS, cellHref, documentPath, type MatrixRow} from '@site/src/lib/licensesPages';
import Status from './Status';
import styles from './styles.module.css';

const Row = memo(function Row({row}: {row: MatrixRow}): ReactNode {
  return (
    <tr data-doc={row.id}>
      <th scope="row" className={styles.nameCell}>
        <Link to={documentPath(row.id)} className={styles.docLink}>
          {row.name}
        </Link>
        <span className={styles.sub}>
          {row.providerName ?? (row.unread ? 'Provider not recorded' : 'General license')}
        </span>
        {row.unread ? (
          <span className={styles.unread}>
            <span aria-hidden="true">○ </span>Text not read
          </span>
        ) : null}
      </th>
      <td className={styles.kindCell}>{KIND_LABELS[row.kind].label}</td>
      <td className={styles.dateCell}>
        <time dateTime={row.date}>{formatIsoDate(row.date)}</time>
        {row.versions > 1 ? <span className={styles.sub}>{row.versions} versions</span> : null}
      </td>
      {TOPICS.map((topic, i) => {
        const status = row.cells[i];
        return (
          <td key={topic.id} className={styles.cell}>
            {status === null ? (
              <Status status={null} />
            ) : (
              <Link to={cellHref(row.id, topic)} className={styles.cellLink}>
                <Status status={status} />
              </Link>
            )}
          </td>
        );
      })}
    </tr>
  );
});

export interface RowsProps {
  /** Called once the rows are in the DOM (after a client-side render), to apply the filters. */
  onMount?: () => void;
}

function Rows({onMount}: RowsProps): ReactNode {
  useEffect(() => onMount?.(), [onMount]);
  return data.rows.map((row) => <Row key={row.id} row={row} />);
}

export default memo(Rows);
