import {defineSources} from './define';

/**
 * Topic "chatgpt": ChatGPT as a product: launch, plans, features and usage.
 * Records sorted by id. See ./index.ts for how to add one.
 */
export const sources = defineSources([
  {
    id: 'aiwiki-gpt-4o',
    title: 'GPT-4o',
    publisher: 'AI Wiki',
    asOf: '2026-06',
    kind: 'secondary',
    topic: 'chatgpt',
    note: "Wiki summary of OpenAI's 2024-05-13 announcement, which this list also cites.",
  },
  {
    id: 'aiwiki-gpt-5',
    title: 'GPT-5',
    publisher: 'AI Wiki',
    asOf: '2026',
    kind: 'secondary',
    topic: 'chatgpt',
  },
  {
    id: 'chatgpt-data-controls-2023',
    title: "Don't want ChatGPT to save your chat history? OpenAI gives you an option to turn it off",
    publisher: 'Financial Express',
    published: '2023-04-26',
    kind: 'secondary',
    topic: 'chatgpt',
  },
  {
    id: 'devclubhouse-chatgpt',
    title: 'ChatGPT model profile',
    publisher: 'DevClubhouse',
    asOf: '2026-06',
    kind: 'secondary',
    topic: 'chatgpt',
    note: 'Undated page; checked for the team fact sheet in June 2026.',
  },
  {
    id: 'gpt4-technical-report',
    title: 'GPT-4 Technical Report',
    publisher: 'OpenAI (arXiv 2303.08774)',
    published: '2023-03-15',
    kind: 'primary',
    topic: 'chatgpt',
  },
  {
    id: 'mungomash-chatgpt-versions',
    title: 'ChatGPT versions timeline',
    publisher: 'mungomash.com',
    asOf: '2026',
    kind: 'secondary',
    topic: 'chatgpt',
  },
  {
    id: 'openai-chatgpt-launch',
    title: 'Introducing ChatGPT',
    publisher: 'OpenAI',
    published: '2022-11-30',
    kind: 'primary',
    topic: 'chatgpt',
  },
  {
    id: 'openai-chatgpt-whisper-apis',
    title: 'Introducing ChatGPT and Whisper APIs',
    publisher: 'OpenAI',
    published: '2023-03-01',
    kind: 'primary',
    topic: 'chatgpt',
  },
  {
    id: 'tokenmix-gpt-5-5',
    title: 'GPT-5.5 release date and pricing',
    publisher: 'TokenMix',
    published: '2026-05-14',
    kind: 'secondary',
    topic: 'chatgpt',
    note: 'Page updated 2026-05-14.',
  },
]);
