import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';
import type {Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import {resolveDeployConfig} from './src/lib/siteConfig';
import {lightCodeTheme, darkCodeTheme} from './src/lib/prismThemes';
import {redirects} from './src/data/redirects';
import datasetPlugin from './src/plugins/dataset';
import seoPlugin from './src/plugins/seo';
import remarkCite from './src/plugins/cite';

// Runs in Node.js. Environment is read once, here, through a tested pure helper.
const deploy = resolveDeployConfig(process.env);

/** Where the docs live under baseUrl: /guide/<slug>/. */
const DOCS_ROUTE = 'guide';

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
  // send headers, so it is a meta tag). 'unsafe-inline' is needed for scripts because Docusaurus
  // inlines its colour-mode and base-URL bootstrap scripts, and for styles because React and Prism
  // set style attributes. Everything else is same-origin only; nothing may be framed or posted.
  headTags: [
    {
      tagName: 'meta',
      attributes: {
        'http-equiv': 'Content-Security-Policy',
        content: [
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "worker-src 'self' blob:",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
        ].join('; '),
      },
    },
    {tagName: 'meta', attributes: {name: 'referrer', content: 'strict-origin-when-cross-origin'}},
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
          // Numbers <Cite> markers and appends each page's source list at build time. Before the
          // default plugins, so the "Sources on this page" heading gets Docusaurus's id and TOC entry.
          beforeDefaultRemarkPlugins: [remarkCite],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  clientModules: ['./src/clientModules/skipToContent.ts'],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: DOCS_ROUTE,
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        searchResultLimits: 8,
        searchResultContextMaxLength: 60,
        searchBarShortcutHint: true,
        // Index prose, not widgets: citation brackets and data tables (which have their own
        // filters) crowded the excerpts; dropping them cut the index from 1.31 MB to 1.01 MB raw
        // (333 KB to 262 KB gzip), loaded on first use of the search box.
        ignoreCssSelectors: ['cite', '[data-search-ignore]'],
        language: ['en'],
      } satisfies SearchOptions,
    ],
  ],

  plugins: [
    datasetPlugin,
    seoPlugin,
    ['@docusaurus/plugin-client-redirects', {redirects} satisfies RedirectOptions],
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
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide'},
        {to: `/${DOCS_ROUTE}/is-chatgpt-open-source/`, label: 'Short answer', position: 'left'},
        {to: `/${DOCS_ROUTE}/open-alternatives/`, label: 'Models', position: 'left'},
        {to: `/${DOCS_ROUTE}/faq/`, label: 'FAQ', position: 'left'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Start here',
          items: [
            {label: 'Is ChatGPT open source?', to: `/${DOCS_ROUTE}/is-chatgpt-open-source/`},
            {label: 'Open source vs open weights', to: `/${DOCS_ROUTE}/open-source-vs-open-weights/`},
            {label: 'gpt-oss', to: `/${DOCS_ROUTE}/gpt-oss/`},
          ],
        },
        {
          title: 'Decide',
          items: [
            {label: 'How to choose', to: `/${DOCS_ROUTE}/how-to-choose/`},
            {label: 'What it costs', to: `/${DOCS_ROUTE}/costs/`},
          ],
        },
        {
          title: 'Reference',
          items: [
            {label: 'FAQ', to: `/${DOCS_ROUTE}/faq/`},
            {label: 'Glossary', to: `/${DOCS_ROUTE}/glossary/`},
            {label: 'Sources', to: `/${DOCS_ROUTE}/sources/`},
          ],
        },
      ],
      copyright: `Independent guide, not affiliated with OpenAI or any model maker. Text CC BY 4.0; facts carry their sources and as-of dates.`,
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      // json, yaml and python ship with prism-react-renderer; only add what is missing. Each extra
      // language grows the code-block chunk on every page that has code.
      additionalLanguages: ['bash'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
