/**
 * Route code loads when a reader shows intent to follow a link (pointer over it, touch, keyboard
 * focus via click), not because the link scrolled into view.
 *
 * Docusaurus's `<Link>` asks `window.docusaurus.prefetch()` for every internal link that enters the
 * viewport, so every page downloaded the explorer's, calculator's and chooser's code (navbar) and
 * every sidebar page's chunks while idle: 200–400 KB gzip against 20–28 KB on the blank template.
 * There is no setting for it (upstream: facebook/docusaurus#1375 added viewport prefetching with no
 * opt-out). `<Link>` still calls `window.docusaurus.preload()` on mouseenter and touchstart, and a
 * click loads the route regardless, so navigation works exactly as before, one hover later.
 *
 * `window.docusaurus` is set by the client entry before the first render; lifecycle hooks run in
 * a layout effect of that render, before any IntersectionObserver callback, so patching here
 * catches the first page's links too.
 */
interface DocusaurusClientApi {
  prefetch: (routePath: string) => false | Promise<void[]>;
  preload: (routePath: string) => false | Promise<void[]>;
  intentOnly?: boolean;
}

function intentOnly(): void {
  const w = window as unknown as {docusaurus?: DocusaurusClientApi};
  const api = w.docusaurus;
  if (!api || api.intentOnly) return;
  // The object's own properties are read-only: replace the object, keeping `preload`.
  w.docusaurus = {prefetch: () => false, preload: api.preload, intentOnly: true};
}

export function onRouteDidUpdate(): void {
  if (typeof window !== 'undefined') intentOnly();
}
