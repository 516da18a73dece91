/**
 * <LazyCodeBlock> — the theme's CodeBlock, loaded with its highlighter only where a page shows a
 * code block. The server writes the highlighted block in place; the browser fetches the chunk
 * before it hydrates the page (see LazyHydrate). Use it instead of importing `@theme/CodeBlock`.
 */
import React, {lazy, type ComponentProps, type ReactNode} from 'react';
import type ThemeCodeBlock from '@theme/CodeBlock';
import {LazyHydrate} from '@site/src/components/StaticIsland';

const CodeBlock = lazy(() => import('./CodeBlock'));

export type LazyCodeBlockProps = ComponentProps<typeof ThemeCodeBlock>;

export default function LazyCodeBlock(props: LazyCodeBlockProps): ReactNode {
  return (
    <LazyHydrate fallback={<pre>{props.children}</pre>}>
      <CodeBlock {...props} />
    </LazyHydrate>
  );
}
