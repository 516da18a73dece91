/** The comparison's outer box (a size container for the card layout; out of the search index). */
import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export default function CompareFrame({children}: {children: ReactNode}): ReactNode {
  return (
    <div className={styles.compare} data-search-ignore="">
      {children}
    </div>
  );
}
