/** The Falcon family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'falcon',
  name: 'Falcon',
  summary:
    'Models from Abu Dhabi’s Technology Innovation Institute; its two largest early releases used different licenses.',
  sources: [
    {
      id: 'falcon-paper',
      title: 'The Falcon Series of Open Language Models',
      publisher: 'Almazrouei et al., TII (arXiv 2311.16867)',
      url: 'https://arxiv.org/abs/2311.16867',
      published: '2023-11',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'falcon-refinedweb-dataset',
      title: 'tiiuae/falcon-refinedweb (dataset card)',
      publisher: 'Technology Innovation Institute on Hugging Face',
      url: 'https://huggingface.co/datasets/tiiuae/falcon-refinedweb',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
