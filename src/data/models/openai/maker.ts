/** OpenAI: the maker's shared sources (cited by several of its models). Models live in the folders beside this file. */
import {defineMaker} from '../../define';

export default defineMaker({
  id: 'openai',
  name: 'OpenAI',
  sources: [
    {
      id: 'gpt4-technical-report',
      title: 'GPT-4 Technical Report',
      publisher: 'OpenAI (arXiv 2303.08774)',
      url: 'https://arxiv.org/abs/2303.08774',
      published: '2023-03-15',
      kind: 'primary',
      topic: 'chatgpt',
    },
    {
      id: 'openai-chatgpt-launch',
      title: 'Introducing ChatGPT',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/chatgpt/',
      published: '2022-11-30',
      kind: 'primary',
      topic: 'chatgpt',
    },
    {
      id: 'openai-chatgpt-whisper-apis',
      title: 'Introducing ChatGPT and Whisper APIs',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/introducing-chatgpt-and-whisper-apis/',
      published: '2023-03-01',
      kind: 'primary',
      topic: 'chatgpt',
    },
  ],
});
