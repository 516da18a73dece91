/**
 * The one place that knows where docs live: reads the docs plugin's loaded content (Docusaurus's own
 * permalinks and front-matter titles) into `{docId: {permalink, title}}`. Node only.
 */

/** A doc's route and title, keyed by its Docusaurus id (the file path under docs/, no extension). */
export interface DocRoute {
  permalink: string;
  title: string;
}
export type DocRoutes = Record<string, DocRoute>;

interface LoadedDocs {
  loadedVersions: Array<{docs: Array<{id: string; permalink: string; title: string}>}>;
}

/** The default docs plugin's docs from `allContent` (allContentLoaded), current version first. */
export function docRoutesFrom(allContent: Record<string, Record<string, unknown> | undefined>): DocRoutes {
  const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedDocs | undefined;
  if (!docs) throw new Error('site-routes: the docs plugin (id "default") has no loaded content');
  const routes: DocRoutes = {};
  for (const version of [...docs.loadedVersions].reverse()) {
    for (const doc of version.docs) routes[doc.id] = {permalink: doc.permalink, title: doc.title};
  }
  return routes;
}

/** Looks a doc id up in the routes data; throws `Unknown doc id "x"` when there is no such doc. */
export function docRoute(docs: DocRoutes, id: string): DocRoute {
  const route = Object.prototype.hasOwnProperty.call(docs, id) ? docs[id] : undefined;
  if (!route) throw new Error(`Unknown doc id "${id}": no file docs/${id}.md(x)`);
  return route;
}
