/** OpenAI: the maker's shared sources (cited by several of its models). Models live in the folders beside this file. */
import type {Rating} from '../../../domain/types';
import {closed, defineMaker, ev} from '../../define';

/** Ratings shared by OpenAI's hosted-only models, all shown by what the GPT-4 report withholds. */
export function openAiHostedProfile<S extends string>(api: Rating<S>) {
  const gpt4Report = ev('gpt4-technical-report', '2023-03-15');
  return {
    weights: closed(gpt4Report, 'Weights not released; the model runs only on OpenAI and partner servers.'),
    inferenceCode: closed(gpt4Report, 'No inference code; access is through the app or API only.'),
    trainingCode: closed(gpt4Report, 'Training method and code withheld, citing competition and safety.'),
    trainingData: closed(gpt4Report, 'Training data not released.'),
    dataDocumentation: closed(gpt4Report, 'The report gives no details of dataset construction.'),
    license: closed(gpt4Report, 'Proprietary terms of use; nothing is licensed for download.'),
    api,
  };
}

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
