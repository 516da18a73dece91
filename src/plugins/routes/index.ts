/**
 * Local plugin: publishes every doc's permalink and title, keyed by doc id, as global data so
 * components link to docs by id (src/components/DocLink) and never spell out a route. Renaming a
 * doc's slug in front matter then needs no other edit; an unknown id throws during the static
 * render, which fails the build. See ./README.md.
 */
import type {Plugin} from '@docusaurus/types';
import {docRoutesFrom, type DocRoutes} from './docs';

export const ROUTES_PLUGIN = 'site-routes';

export interface RoutesGlobalData {
  docs: DocRoutes;
}

export default function routesPlugin(): Plugin {
  return {
    name: ROUTES_PLUGIN,
    async allContentLoaded({allContent, actions}) {
      const data: RoutesGlobalData = {docs: docRoutesFrom(allContent)};
      actions.setGlobalData(data);
    },
  };
}
