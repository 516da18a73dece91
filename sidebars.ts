import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/**
 * Written by hand so the guide reads as a course: the short answer first, then what "open"
 * means, OpenAI's story, the models, and finally how to choose and what it costs.
 */
const sidebars: SidebarsConfig = {
  guide: [
    {
      type: 'category',
      label: 'The answer',
      // A non-collapsible category without a link renders an <a> with no href (Lighthouse SEO
      // "crawlable-anchors"); linking it to the short answer gives the label a real target.
      link: {type: 'doc', id: 'answer/is-chatgpt-open-source'},
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
      label: 'Models',
      items: ['models/open-alternatives', 'models/closed-models', 'models/run-locally'],
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
      items: ['reference/faq', 'reference/glossary', 'reference/sources'],
    },
  ],
};

export default sidebars;
