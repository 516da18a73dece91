// Ejected MDXComponents/Code (safe to eject): inline code as upstream; fenced code blocks load the
// CodeBlock component (Prism, line ranges, copy button) lazily. Breaks if upstream's `code` contract changes.
import React, {lazy, type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';
import type {Props} from '@theme/MDXComponents/Code';
import {LazyHydrate} from '@site/src/components/StaticIsland';

/**
 * Upstream imports CodeBlock into every page's MDX components, so every docs page loaded it
 * (4.6 KB gzip) while two pages have a fenced block. Lazy, it loads where a block is rendered: the
 * server still writes the highlighted block in place, and the browser fetches the chunk before it
 * hydrates the page (see LazyHydrate).
 */
const CodeBlock = lazy(() => import('@theme/CodeBlock'));

/** Upstream's rule: code whose children are all single-line strings is inline. */
function isInline(props: Props): boolean {
  return (
    typeof props.children !== 'undefined' &&
    React.Children.toArray(props.children).every((el) => typeof el === 'string' && !el.includes('\n'))
  );
}

export default function MDXCode(props: Props): ReactNode {
  if (isInline(props)) return <CodeInline {...props} />;
  return (
    <LazyHydrate fallback={<pre>{props.children}</pre>}>
      <CodeBlock {...(props as React.ComponentProps<typeof CodeBlock>)} />
    </LazyHydrate>
  );
}
