/** The DeepSeek family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'deepseek',
  name: 'DeepSeek',
  summary:
    'Large mixture-of-experts models from the Hangzhou lab DeepSeek, released with downloadable weights.',
  sources: [
    {
      id: 'deepseek-r1-repo',
      title: 'deepseek-ai/DeepSeek-R1 repository',
      publisher: 'DeepSeek on GitHub',
      url: 'https://github.com/deepseek-ai/DeepSeek-R1',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
