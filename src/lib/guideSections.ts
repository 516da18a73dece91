/**
 * The guide's sidebar sections (sidebars.ts), each linked to its first page: the 404 page and the
 * search page's no-JavaScript fallback list them. `doc` is a Docusaurus doc id (the file path under
 * docs/), linked with <DocLink>, so a slug change needs no edit here and an unknown id fails the build.
 */
export const GUIDE_SECTIONS: readonly {label: string; doc: string}[] = [
  {label: 'The answer: is ChatGPT open source?', doc: 'answer/is-chatgpt-open-source'},
  {label: 'What "open" means', doc: 'concepts/open-source'},
  {label: 'OpenAI and gpt-oss', doc: 'openai/why-not-open-source'},
  {label: 'Models', doc: 'models/open-alternatives'},
  {label: 'Decide', doc: 'decide/trade-offs'},
  {label: 'More', doc: 'more/contribute'},
  {label: 'Reference: FAQ, glossary and sources', doc: 'reference/faq'},
];
