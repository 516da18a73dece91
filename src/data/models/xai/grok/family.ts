/** The Grok family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'grok',
  name: 'Grok',
  summary:
    'xAI’s models; this page covers the two generations whose weights xAI has released, not the Grok models it serves in its apps.',
  sources: [
    {
      id: 'grok-2-repo',
      title: 'xai-org/grok-2 model repository',
      publisher: 'xAI on Hugging Face',
      url: 'https://huggingface.co/xai-org/grok-2',
      published: '2025-08-23',
      asOf: '2026-11-27',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
