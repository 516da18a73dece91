/** Kimi K2.5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const kimi25Paper = ev('kimi-k2-5-paper', '2026-02-02');
const kimi25Card = ev('kimi-k2-5-card', '2026-01');
const kimi25Blog = ev('kimi-blog', '2026-01-28');

export default defineVersion(maker, {
  id: 'kimi-k2-5',
  name: 'Kimi K2.5',
  organization: 'Moonshot AI',
  firstRelease: '2026-01',
  releaseSource: 'kimi-blog',
  summary:
    'Kimi K2 continued on about 15T mixed text and image tokens: a native multimodal 1T mixture-of-experts model for coding and agents.',
  inputs: ['text', 'code', 'image', 'video'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 1e12, active: 3.2e10}],
    note: 'Only the post-trained checkpoint is released, per the report.',
    ...kimi25Paper,
  },
  license: 'kimi-k2-modified-mit',
  access: ['weights', 'api', 'app'],
  howToGet:
    "Download from Hugging Face (moonshotai/Kimi-K2.5), use Moonshot's API or the Kimi app; self-hosting needs a multi-GPU server.",
  openness: {
    weights: open(kimi25Card, 'Post-trained weights downloadable without a gate; no base checkpoint.'),
    inferenceCode: open(kimi25Card, 'Deployment guides for vLLM and SGLang in the model repository.'),
    trainingCode: closed(kimi25Paper, 'Training code not released.'),
    trainingData: closed(kimi25Paper, 'About 15T mixed visual and text tokens; not released.'),
    dataDocumentation: partial(kimi25Paper, 'The report describes data types and mixing, not the datasets.'),
    paper: open(kimi25Paper, 'Technical report on arXiv covering architecture, training and evaluation.'),
    modelCard: open(kimi25Card, 'README model card with architecture, evaluation and usage.'),
    license: partial(
      kimi25Card,
      'Modified MIT, as for Kimi K2 (card: "modified-mit"); we did not compare the two texts word for word.',
    ),
    api: open(kimi25Blog, 'Available in the Kimi app, on kimi.com and through the API.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'kimi-blog',
      title: 'Kimi blog',
      publisher: 'Moonshot AI (Kimi blog)',
      url: 'https://www.kimi.com/blog',
      asOf: '2026-01-28',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'kimi-k2-5-card',
      title: 'Kimi-K2.5 model card',
      publisher: 'Moonshot AI on Hugging Face',
      url: 'https://huggingface.co/moonshotai/Kimi-K2.5',
      published: '2026-01',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'kimi-k2-5-paper',
      title: 'Kimi K2.5 technical report',
      publisher: 'Kimi Team, Moonshot AI (arXiv 2602.02276)',
      url: 'https://arxiv.org/abs/2602.02276',
      published: '2026-02-02',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
