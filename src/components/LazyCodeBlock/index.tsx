/**
 * <LazyCodeBlock> — the theme's CodeBlock as a static island: the server writes the highlighted
 * block into the page (colours come from CSS, the same markup in both colour modes; see
 * src/lib/prismThemes.ts), and the browser keeps it without loading CodeBlock or Prism (about 30 KB
 * gzip). Only a client-side navigation to the page loads them. A small copy button sits over the
 * block once the page runs JavaScript (the theme's own buttons need the component). Use it instead
 * of importing `@theme/CodeBlock`.
 */
import React, {lazy, type ComponentProps, type ReactNode} from 'react';
import type ThemeCodeBlock from '@theme/CodeBlock';
import StaticIsland from '@site/src/components/StaticIsland';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

const CodeBlock = lazy(() => import('./CodeBlock'));

export type LazyCodeBlockProps = ComponentProps<typeof ThemeCodeBlock>;

/** The block's text, as the copy button copies it (MDX passes a string, possibly with a final newline). */
function codeText(children: ReactNode): string {
  return React.Children.toArray(children)
    .map((c) => (typeof c === 'string' || typeof c === 'number' ? String(c) : ''))
    .join('')
    .replace(/\n$/, '');
}

export default function LazyCodeBlock(props: LazyCodeBlockProps): ReactNode {
  return (
    <div className={styles.block} data-code-block="">
      <StaticIsland fallback={<pre>{props.children}</pre>}>
        <CodeBlock {...props} />
      </StaticIsland>
      <CopyButton text={codeText(props.children)} what="code" className={styles.copy} />
    </div>
  );
}
