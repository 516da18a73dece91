/**
 * Links to a guide page by Docusaurus doc id, never by path: the permalink and title come from the
 * docs plugin (src/plugins/routes). An unknown id throws, so the static render fails the build.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import {docRoute, type DocRoute, type DocRoutes} from '@site/src/plugins/routes/docs';

/** The routes plugin's name (src/plugins/routes/index.ts: ROUTES_PLUGIN). */
const PLUGIN = 'site-routes';

/** `{permalink, title}` of a doc, by id. */
export function useDocRoute(id: string): DocRoute {
  const data = usePluginData(PLUGIN) as {docs: DocRoutes} | undefined;
  if (!data) throw new Error('DocLink: the site-routes plugin is not installed');
  return docRoute(data.docs, id);
}

/** `{docId: route}` for every doc (for lists built from data). */
export function useDocRoutes(): DocRoutes {
  const data = usePluginData(PLUGIN) as {docs: DocRoutes} | undefined;
  if (!data) throw new Error('DocLink: the site-routes plugin is not installed');
  return data.docs;
}

export default function DocLink({
  doc,
  anchor,
  children,
  className,
}: {
  /** Doc id: the file path under docs/ without extension, e.g. "openai/gpt-oss". */
  doc: string;
  /** Heading id on that page, without "#". */
  anchor?: string;
  /** Link text; defaults to the page's title. */
  children?: ReactNode;
  className?: string;
}): ReactNode {
  const route = useDocRoute(doc);
  return (
    <Link to={anchor ? `${route.permalink}#${anchor}` : route.permalink} className={className}>
      {children ?? route.title}
    </Link>
  );
}
