/**
 * The guide's sidebar sections (sidebars.ts), each linked to its first page: the 404 page and the
 * search page's no-JavaScript fallback list them. Links go through Docusaurus Link, so a section
 * whose first page changes slug fails the build (onBrokenLinks: 'throw').
 */
export const GUIDE_SECTIONS: readonly {label: string; to: string}[] = [
  {label: 'The answer: is ChatGPT open source?', to: '/guide/is-chatgpt-open-source/'},
  {label: 'What "open" means', to: '/guide/open-source/'},
  {label: 'OpenAI and gpt-oss', to: '/guide/why-chatgpt-is-not-open-source/'},
  {label: 'Models', to: '/guide/open-alternatives/'},
  {label: 'Decide', to: '/guide/open-vs-closed-trade-offs/'},
  {label: 'More', to: '/guide/contribute/'},
  {label: 'Reference: FAQ, glossary and sources', to: '/guide/faq/'},
];
