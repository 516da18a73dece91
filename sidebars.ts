import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/**
 * Written by hand so the guide reads as a course: the short answer first, then what "open"
 * means, OpenAI's story, the models, and finally how to choose and what it costs.
 */
/*
 * No category links to a page: a category linked to its own first item made "Next" on that page
 * link to itself (issue #14). The categories stay collapsible, so their label renders as
 * <a href="#" role="button"> (a toggle, which Lighthouse's crawlable-anchors accepts); a
 * non-collapsible category without a link would render an <a> with no href and fail it.
 */
const sidebars: SidebarsConfig = {
  guide: [
    {
      type: 'category',
      label: 'The answer',
      items: ['answer/is-chatgpt-open-source', 'answer/what-is-chatgpt'],
    },
    {
      type: 'category',
      label: 'What "open" means',
      items: ['concepts/open-source', 'concepts/open-source-vs-open-weights', 'concepts/rubric'],
    },
    {
      type: 'category',
      label: 'OpenAI and gpt-oss',
      items: ['openai/why-not-open-source', 'openai/history', 'openai/gpt-oss'],
    },
    {
      type: 'category',
      label: 'Open and closed models',
      items: ['models/open-alternatives', 'models/beyond-chat', 'models/closed-models', 'models/run-locally'],
    },
    {
      type: 'category',
      label: 'Decide',
      items: ['decide/trade-offs', 'decide/how-to-choose', 'decide/costs'],
    },
    {
      type: 'category',
      label: 'More',
      items: ['more/contribute', 'more/future'],
    },
    {
      type: 'category',
      label: 'Reference',
      items: ['reference/faq', 'reference/glossary', 'reference/sources', 'reference/data'],
    },
  ],
};

export default sidebars;
