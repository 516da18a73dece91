/** The Qwen family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'qwen',
  name: 'Qwen',
  summary: 'Alibaba Cloud’s Qwen team’s models; the Qwen3 generation covers general chat and coding.',
  sources: [
    {
      id: 'qwen3-report',
      title: 'Qwen3 Technical Report',
      publisher: 'Qwen Team (arXiv 2505.09388)',
      url: 'https://arxiv.org/abs/2505.09388',
      published: '2025-05',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
