/**
 * MusicGen: Meta's text-to-music models, read from the facebookresearch/audiocraft repository
 * pinned at commit 896ec7c (2025-03-13), the NeurIPS 2023 paper and Replicate's hosted deployment.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const docs = ev('musicgen-docs', '2025-03-13');
const card = ev('musicgen-model-card', '2025-03-13');
const readme = ev('audiocraft-readme', '2025-03-13');
const weightsLicense = ev('audiocraft-license-weights', '2025-03-13');
const paper = ev('musicgen-paper', '2023');
const replicate = ev('replicate-meta-musicgen', '2026-12');

export default defineVersion(maker, {
  id: 'musicgen',
  name: 'MusicGen',
  organization: 'Meta (FAIR)',
  firstRelease: '2023-06',
  releaseSource: 'audiocraft-first-commit',
  summary:
    'Meta’s text-to-music models, from 300M to 3.3B parameters, some also steered by a melody: code under MIT, weights under the non-commercial CC BY-NC 4.0.',
  inputs: ['text', 'audio'],
  outputs: ['audio'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'musicgen-small', total: 3e8},
      {name: 'musicgen-medium, musicgen-melody', total: 1.5e9},
      {name: 'musicgen-large, musicgen-melody-large', total: 3.3e9},
    ],
    note: 'Sizes as the docs give them, tied to the language model’s scale setting; stereo versions are fine-tunes of these. EnCodec tokenizes the audio.',
    ...docs,
  },
  license: 'CC-BY-NC-4.0',
  access: ['weights', 'api'],
  howToGet:
    'pip install audiocraft and load a facebook/musicgen-* checkpoint from Hugging Face, or use Transformers; the weights allow non-commercial use only.',
  openness: {
    weights: partial(
      readme,
      'Checkpoints download from Hugging Face, but under CC BY-NC 4.0, which rules out commercial use.',
    ),
    inferenceCode: open(readme, 'The audiocraft library, demos and generation API are under MIT.'),
    trainingCode: open(
      docs,
      'MIT training pipeline (MusicGenSolver) with configs and grids meant to reproduce the released models.',
    ),
    trainingData: closed(
      docs,
      'Trained on 20K hours of licensed music (an internal set, Shutterstock and Pond5); the docs say no training data is provided.',
    ),
    dataDocumentation: partial(
      card,
      'Names the three music sources, the hours and the vocal removal, but lists no tracks: the corpus cannot be rebuilt.',
    ),
    paper: open(
      paper,
      'NeurIPS 2023 paper: one transformer over interleaved EnCodec token streams, text and melody conditioning, automatic and human evaluation.',
    ),
    modelCard: open(
      card,
      'Model card with intended and out-of-scope uses, metrics, MusicCaps results, limitations and biases.',
    ),
    license: partial(
      weightsLicense,
      'The weights are under CC BY-NC 4.0, a non-commercial license that OSI has not approved; the code is MIT.',
    ),
    api: open(
      replicate,
      'Replicate, a third-party host, serves melody and large versions through its public API; the repository names no Meta-run API.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  trackers: {
    eu: {
      file: 'MusicGen.yaml',
      role: 'end',
      note: 'Rated on MusicGen Stereo Melody Large, one of the checkpoints this record covers.',
    },
  },
  sources: [
    {
      id: 'audiocraft-first-commit',
      title: 'AudioCraft: initial commit with MusicGen code, model card and weight license (commit 5238467)',
      publisher: 'Meta (facebookresearch) on GitHub',
      url: 'https://github.com/facebookresearch/audiocraft/commit/5238467a52adc08ddc72ffd7b6ec8ffb74528af2',
      published: '2023-06-09',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'audiocraft-readme',
      title: 'AudioCraft README: models, training code and license sections',
      publisher: 'Meta (facebookresearch) on GitHub',
      url: 'https://github.com/facebookresearch/audiocraft/blob/896ec7c47f5e5d1e5aa1e4b260c4405328bf009d/README.md',
      asOf: '2025-03-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'musicgen-docs',
      title: 'MusicGen documentation (docs/MUSICGEN.md): checkpoints, sizes, data and training',
      publisher: 'Meta (facebookresearch) on GitHub',
      url: 'https://github.com/facebookresearch/audiocraft/blob/896ec7c47f5e5d1e5aa1e4b260c4405328bf009d/docs/MUSICGEN.md',
      asOf: '2025-03-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'musicgen-model-card',
      title: 'MusicGen model card',
      publisher: 'Meta (facebookresearch) on GitHub',
      url: 'https://github.com/facebookresearch/audiocraft/blob/896ec7c47f5e5d1e5aa1e4b260c4405328bf009d/model_cards/MUSICGEN_MODEL_CARD.md',
      asOf: '2025-03-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'audiocraft-license-weights',
      title: 'AudioCraft LICENSE_weights (Creative Commons Attribution-NonCommercial 4.0)',
      publisher: 'Meta (facebookresearch) on GitHub',
      url: 'https://github.com/facebookresearch/audiocraft/blob/896ec7c47f5e5d1e5aa1e4b260c4405328bf009d/LICENSE_weights',
      asOf: '2025-03-13',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'musicgen-paper',
      title: 'Simple and Controllable Music Generation (the MusicGen paper)',
      publisher: 'Copet et al., Meta (NeurIPS 2023)',
      url: 'https://papers.nips.cc/paper_files/paper/2023/hash/94b472a1842cd7c56dcb125fb2765fbd-Abstract-Conference.html',
      published: '2023',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'replicate-meta-musicgen',
      title: 'meta/musicgen on Replicate: hosted melody and large versions',
      publisher: 'Replicate',
      url: 'https://replicate.com/meta/musicgen/readme',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
