/** Allen Institute for AI (Ai2): the maker's shared sources (cited by several of its models). Models live in the folders beside this file. */
import {defineMaker} from '../../define';

export default defineMaker({
  id: 'ai2',
  name: 'Allen Institute for AI (Ai2)',
  sources: [
    {
      id: 'olmo-3-paper',
      title: 'Olmo 3 technical report',
      publisher: 'Team Olmo, Ai2 (arXiv 2512.13961)',
      url: 'https://arxiv.org/abs/2512.13961',
      published: '2025-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'olmo-core-repo',
      title: 'allenai/OLMo-core repository',
      publisher: 'Allen Institute for AI on GitHub',
      url: 'https://github.com/allenai/OLMo-core',
      published: '2025-11',
      kind: 'primary',
      topic: 'tools',
    },
  ],
});
