/**
 * <StaticIsland> — server-rendered markup that the page's JavaScript neither ships nor hydrates.
 *
 * Wrap a lazily imported component whose output never changes after the build (a scorecard, a
 * fixed comparison, the rows of a data table):
 *
 *   const View = lazy(() => import('./View'));
 *   <StaticIsland as="div"><View {...props} /></StaticIsland>
 *
 * - At build time the server renders the children in full (Docusaurus renders with
 *   renderToPipeableStream and waits for every lazy import), so the static HTML carries the content.
 *   There is no <Suspense> around them on the server on purpose: React 19 writes a large finished
 *   boundary (over about 12 KB) out of order, hidden, with an inline script to move it into place,
 *   which readers without JavaScript would never see. Without a boundary the lazy import suspends
 *   the whole render, which Docusaurus waits for, and the content is written in place.
 * - When the browser hydrates that HTML, the island renders an empty element with
 *   `dangerouslySetInnerHTML`: React keeps the server's children as they are, without rendering,
 *   diffing or downloading the component and the data behind it.
 * - When React mounts the page without server HTML (client-side navigation from another page),
 *   there is nothing to keep, so the island renders its children and the lazy chunk loads then.
 *
 * Links inside an island are plain `<a>` elements after hydration: they work, with a full page load.
 * Keep interactive parts (buttons, selects, state) outside the island.
 */
import React, {Suspense, useId, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

type IslandTag = 'div' | 'span' | 'tbody';

export interface StaticIslandProps {
  children: ReactNode;
  /** The wrapping element: `span` inside a sentence, `tbody` for table rows. Default `div`. */
  as?: IslandTag;
  className?: string;
  /** Rendered while the lazy chunk loads after a client-side navigation. */
  fallback?: ReactNode;
}

/** Marks the wrapper, so tests and scripts can find islands. */
export const ISLAND_ATTRIBUTE = 'data-static-island';

export default function StaticIsland({
  children,
  as: Tag = 'div',
  className,
  fallback = null,
}: StaticIslandProps): ReactNode {
  const isBrowser = useIsBrowser();
  // useId is the same on the server and in the hydrating browser, so it names this island's
  // server-rendered element.
  const id = useId();
  // Decided once per mount: during hydration (useIsBrowser is false until the app has hydrated)
  // the island takes over the server's markup as it is; in an already running app it renders.
  const [serverMarkup] = useState(() =>
    typeof document === 'undefined' || isBrowser
      ? null
      : {__html: document.querySelector(`[${ISLAND_ATTRIBUTE}="${CSS.escape(id)}"]`)?.innerHTML ?? ''},
  );
  const marker = {[ISLAND_ATTRIBUTE]: id};
  if (serverMarkup !== null) {
    // Hydration leaves an element with dangerouslySetInnerHTML as it is. On a later render React
    // compares the prop by identity and, if it is a new object, writes innerHTML again: the one
    // object kept in state means it never does, so the browser parses the markup only once and
    // changes made to it in the DOM (hidden or moved table rows) stay.
    return <Tag className={className} {...marker} dangerouslySetInnerHTML={serverMarkup} />;
  }
  if (typeof document === 'undefined') {
    return (
      <Tag className={className} {...marker}>
        {children}
      </Tag>
    );
  }
  return (
    <Tag className={className} {...marker}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </Tag>
  );
}

/**
 * <LazyHydrate> — for a lazily imported component that must hydrate (it has controls): renders
 * it with no <Suspense> boundary on the server and while hydrating, so the server writes its
 * markup in place (see above) and the hydrating tree matches; the browser loads its chunk before
 * hydrating it. After a client-side navigation it gets a boundary, as lazy content needs.
 */
export function LazyHydrate({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}): ReactNode {
  const isBrowser = useIsBrowser();
  const [clientMount] = useState(isBrowser);
  return clientMount ? <Suspense fallback={fallback}>{children}</Suspense> : children;
}
