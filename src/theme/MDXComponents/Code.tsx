// Ejected MDXComponents/Code (safe to eject): inline code as upstream; fenced blocks render
// LazyCodeBlock. Breaks if upstream changes what MDX passes to `code`.
import React, {type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';
import type {Props} from '@theme/MDXComponents/Code';
import LazyCodeBlock, {type LazyCodeBlockProps} from '@site/src/components/LazyCodeBlock';

/**
 * Upstream imports CodeBlock into every page's MDX components, so every docs page loaded it while
 * two pages have a fenced block; LazyCodeBlock renders it at build time and keeps it (and Prism)
 * out of the page's JavaScript.
 */

/** Upstream's rule: code whose children are all single-line strings is inline. */
function isInline(props: Props): boolean {
  return (
    typeof props.children !== 'undefined' &&
    React.Children.toArray(props.children).every((el) => typeof el === 'string' && !el.includes('\n'))
  );
}

export default function MDXCode(props: Props): ReactNode {
  if (isInline(props)) return <CodeInline {...props} />;
  return <LazyCodeBlock {...(props as LazyCodeBlockProps)} />;
}
