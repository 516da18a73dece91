// First: write the model catalog's folder list (src/data/models/catalog.generated.ts) before any data loads.
import './scripts/ensure-catalog.mjs';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import {resolveDeployConfig} from './src/lib/siteConfig';
import {siteCodeTheme} from './src/lib/prismThemes';
import {redirects} from './src/data/redirects';
import {catalogRedirects} from './src/data/models';
import datasetPlugin, {CHANGES_FEED} from './src/plugins/dataset';
import routesPlugin from './src/plugins/routes';
import {DOCS_ROUTE, docPermalink} from './src/plugins/routes/static';
import seoPlugin from './src/plugins/seo';
import termsPlugin from './src/plugins/terms';
import lazyPrismPlugin from './src/plugins/lazy-prism';
import rehypeTableLabels from './src/plugins/rehype-table-labels';
import remarkCite from './src/plugins/cite';
import remarkMdxIds from './src/plugins/mdx-ids';

// Runs in Node.js. Environment is read once, here, through a tested pure helper.
const deploy = resolveDeployConfig(process.env);

/** A guide page's path by doc id (the file under docs/), from its front-matter slug. */
const doc = (id: string) => docPermalink(__dirname, DOCS_ROUTE, id);

/** "Compare": the guide's spectrum section, where three models sit side by side (and can be swapped). */
const COMPARE_ROUTE = `${doc('concepts/open-source-vs-open-weights')}#spectrum`;

/** The guide's sections after the answer, each by its first page (sidebars.ts); navbar and footer. */
const GUIDE_SECTIONS = [
  {label: 'What "open" means', to: doc('concepts/open-source')},
  {label: 'OpenAI and gpt-oss', to: doc('openai/why-not-open-source')},
  {label: 'Open and closed models', to: doc('models/open-alternatives')},
  {label: 'Trade-offs, choice and costs', to: doc('decide/trade-offs')},
  {label: 'FAQ', to: doc('reference/faq')},
  {label: 'Glossary', to: doc('reference/glossary')},
  {label: 'Sources', to: doc('reference/sources')},
];

const config: Config = {
  title: 'Open or Closed?',
  tagline: 'A sourced field guide to open and closed AI: is ChatGPT open source, and what to use instead.',
  favicon: 'img/favicon.svg',

  future: {
    v4: true,
  },

  url: deploy.url,
  baseUrl: deploy.baseUrl,
  organizationName: deploy.organizationName,
  projectName: deploy.projectName,
  // GitHub Pages serves path/index.html for path/; without trailing slashes it redirects or 404s.
  trailingSlash: true,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // A Content-Security-Policy as strict as a static Docusaurus site allows (GitHub Pages cannot
  // send headers, so it is a meta tag). Scripts: same-origin files, and inline scripts only by hash:
  // the build replaces 'unsafe-inline' below with the SHA-256 of every inline script Docusaurus
  // writes (colour mode, base-URL banner; src/plugins/seo/csp.ts), so `npm start` alone keeps it.
  // Styles keep 'unsafe-inline' because React and Prism set style attributes. Everything else is
  // same-origin only; nothing may be framed or posted.
  headTags: [
    {
      tagName: 'meta',
      attributes: {
        'http-equiv': 'Content-Security-Policy',
        content: [
          "default-src 'self'",
          // Pagefind's search engine is WebAssembly (src/lib/search.ts): 'wasm-unsafe-eval' lets it compile.
          "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
        ].join('; '),
      },
    },
    {tagName: 'meta', attributes: {name: 'referrer', content: 'strict-origin-when-cross-origin'}},
    // The Atom feed of every change to the records (/changes/), for feed readers (issue #27 §1).
    {
      tagName: 'link',
      attributes: {
        rel: 'alternate',
        type: 'application/atom+xml',
        title: 'Open and closed AI: what changed',
        href: `${deploy.baseUrl}${CHANGES_FEED}`,
      },
    },
  ],

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: DOCS_ROUTE,
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: true,
          breadcrumbs: true,
          // Header text on each Markdown table cell, so wide tables can stack on phones (tables.css).
          rehypePlugins: [rehypeTableLabels],
          // Numbers <Cite> markers and appends each page's source list at build time. Before the
          // default plugins, so the "Sources on this page" heading gets Docusaurus's id and TOC entry.
          beforeDefaultRemarkPlugins: [remarkCite],
          // Model and doc ids passed to components in MDX must exist (MDX is not typechecked).
          remarkPlugins: [remarkMdxIds],
        },
        blog: false,
        theme: {
          customCss: ['./src/css/custom.css', './src/css/tables.css'],
        },
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  clientModules: [
    './src/clientModules/skipToContent.ts',
    './src/clientModules/prefetchOnIntent.ts',
    './src/clientModules/tableScroll.ts',
    './src/clientModules/searchHighlight.ts',
  ],

  plugins: [
    routesPlugin,
    datasetPlugin,
    // The license section: /licenses/ and a page per document of the terms library (issue #24 §5).
    termsPlugin,
    seoPlugin,
    lazyPrismPlugin,
    [
      '@docusaurus/plugin-client-redirects',
      {
        redirects: [
          ...redirects.map((r) => ({from: r.from, to: doc(r.toDoc)})),
          // Renamed catalog entries: /models/<old id>/ → /models/<new id>/ (ids in the records).
          ...catalogRedirects.map((r) => ({from: `/models/${r.from}/`, to: `/models/${r.to}/`})),
        ],
      } satisfies RedirectOptions,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [{name: 'twitter:card', content: 'summary_large_image'}],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true},
    },
    navbar: {
      title: 'Open or Closed?',
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      // One item per destination, no two pointing at the same page (issue #14): the answer, the
      // model explorer, the side-by-side comparison, the two tools, and the rest of the guide.
      items: [
        {to: doc('answer/is-chatgpt-open-source'), label: 'Short answer', position: 'left'},
        // Also highlighted on the generated model pages, /models/<id>/.
        {to: '/models/', label: 'Models', position: 'left', activeBaseRegex: '/models/'},
        {to: COMPARE_ROUTE, label: 'Compare', position: 'left'},
        {to: '/calculator/', label: 'Cost calculator', position: 'left'},
        {to: '/chooser/', label: 'Which should I use?', position: 'left'},
        {
          type: 'dropdown',
          label: 'Guide',
          position: 'left',
          items: GUIDE_SECTIONS,
        },
      ],
    },
    footer: {
      style: 'dark',
      // The same destinations as the navbar, so a reader at the bottom of a page can go on.
      links: [
        {
          title: 'Start here',
          items: [
            {label: 'Is ChatGPT open source?', to: doc('answer/is-chatgpt-open-source')},
            {label: 'Open source vs open weights', to: doc('concepts/open-source-vs-open-weights')},
            {label: 'gpt-oss', to: doc('openai/gpt-oss')},
          ],
        },
        {
          title: 'Tools',
          items: [
            {label: 'Model explorer', to: '/models/'},
            {label: 'Compare models', to: COMPARE_ROUTE},
            {label: 'Cost calculator', to: '/calculator/'},
            {label: 'Which should I use?', to: '/chooser/'},
            {label: 'What changed', to: '/changes/'},
          ],
        },
        {
          title: 'Guide',
          items: GUIDE_SECTIONS.slice(0, 4),
        },
        {
          title: 'Reference',
          items: [...GUIDE_SECTIONS.slice(4), {label: 'Licenses and terms', to: '/licenses/'}],
        },
      ],
      copyright: `Independent guide, not affiliated with OpenAI or any model maker. Text CC BY 4.0; facts carry their sources and as-of dates.`,
    },
    prism: {
      // Colours come from CSS (src/plugins/lazy-prism injects tokenCss), the same markup in both modes.
      theme: siteCodeTheme,
      darkTheme: siteCodeTheme,
      // json, yaml and python ship with prism-react-renderer; only add what is missing. Each extra
      // language grows the code-block chunk on every page that has code.
      additionalLanguages: ['bash'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
