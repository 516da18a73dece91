/** T5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const t5Paper = ev('t5-paper', '2019-10');
const t5Repo = ev('t5-repo', '2026-11');
const c4Data = ev('c4-dataset', '2026-11');
const t5Card = ev('t5-11b-hf-card', '2026-11');

export default defineVersion(maker, {
  id: 't5',
  name: 'T5',
  organization: 'Google',
  firstRelease: '2019-10',
  releaseSource: 't5-paper',
  summary:
    'A text-to-text Transformer that frames every language task as turning input text into output text.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'not-listed',
    note: 'Several sizes are described in the paper; not recorded here.',
    ...t5Paper,
  },
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Checkpoints and code are published by Google Research and mirrored on Hugging Face.',
  openness: {
    weights: open(t5Repo, 'Checkpoints of every size listed in the repository under Apache 2.0.'),
    inferenceCode: open(t5Repo, 'Code to run, fine-tune and evaluate the models, under Apache 2.0.'),
    trainingCode: open(t5Repo, 'Pre-training code and task definitions are in the repository.'),
    trainingData: open(
      c4Data,
      'C4 can be rebuilt with the published TensorFlow Datasets script; Ai2 hosts a processed copy.',
    ),
    dataDocumentation: open(t5Paper, 'The paper describes how its C4 corpus was built from Common Crawl.'),
    paper: open(t5Paper, 'Long paper with architecture, data and training details.'),
    modelCard: partial(
      t5Card,
      'Google published no model card with the release; Hugging Face wrote one for its copy.',
    ),
    license: open(t5Repo, 'Apache 2.0, an OSI-approved license.'),
    api: closed(t5Repo, 'Released for download only; no hosted API from Google.'),
  },
  guidePages: [G.openSource, G.vsWeights],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  osiValidation: {osiName: 'T5 (Google)', result: 'passes', source: 'osi-ai-hub'},
  trackers: {
    eu: {file: 'T5.yaml', role: 'base', note: 'Base model T5; their end model is T5X.'},
    mot: {file: 'T5.yml', note: 'T5.'},
  },
  timelineLabel: 8,
  sources: [
    {
      id: 'c4-dataset',
      title: 'allenai/c4 dataset (a processed copy of C4)',
      publisher: 'Allen Institute for AI on Hugging Face',
      url: 'https://huggingface.co/datasets/allenai/c4',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 't5-11b-hf-card',
      title: 't5-11b model card on Hugging Face',
      publisher: 'Hugging Face',
      url: 'https://huggingface.co/google-t5/t5-11b',
      asOf: '2026-11',
      kind: 'secondary',
      topic: 'models',
    },
    {
      id: 't5-paper',
      title:
        'Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer (the T5 paper)',
      publisher: 'Raffel et al., Google (arXiv 1910.10683)',
      url: 'https://arxiv.org/abs/1910.10683',
      published: '2019-10',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 't5-repo',
      title: 'google-research/text-to-text-transfer-transformer repository',
      publisher: 'Google Research on GitHub',
      url: 'https://github.com/google-research/text-to-text-transfer-transformer',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
