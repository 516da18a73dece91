/** BERT: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const bertRepo = ev('bert-repo-apache', '2026-06');
const bertPaper = ev('bert-paper', '2018-10');
const bertHfCard = ev('bert-base-hf-card', '2026-11');

export default defineVersion(maker, {
  id: 'bert',
  name: 'BERT',
  organization: 'Google AI',
  firstRelease: '2018-10',
  releaseSource: 'bert-paper',
  summary:
    'A bidirectional Transformer encoder for language understanding, released as code and checkpoints.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'Base', total: 1.1e8},
      {name: 'Large', total: 3.4e8},
    ],
    ...bertRepo,
  },
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download the checkpoints from the google-research/bert repository.',
  openness: {
    weights: open(bertRepo, 'Pre-trained checkpoints released under Apache 2.0.'),
    inferenceCode: open(bertRepo, 'TensorFlow code to run and fine-tune the model.'),
    trainingCode: open(bertRepo, 'Pre-training scripts are in the repository.'),
    trainingData: partial(
      bertRepo,
      'Trained on English Wikipedia and BookCorpus; neither is redistributed, and BookCorpus is no longer available for public download (the README says so), so only Wikipedia can be re-obtained.',
    ),
    dataDocumentation: partial(
      bertPaper,
      'The paper names both corpora and their sizes (800M and 2,500M words); no datasheet.',
    ),
    paper: open(bertPaper, 'Full paper with architecture and training details.'),
    modelCard: partial(
      bertHfCard,
      'Google published no model card; Hugging Face wrote one for its copy, with uses, limits and bias.',
    ),
    license: open(bertRepo, 'Apache 2.0, an OSI-approved license.'),
    api: closed(bertRepo, 'Released as code and checkpoints for download; no hosted API.'),
  },
  guidePages: [G.history],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {eu: {file: 'BERT.yaml', role: 'end', note: 'BERT; base and end model are the same.'}},
  sources: [
    {
      id: 'bert-base-hf-card',
      title: 'bert-base-uncased model card on Hugging Face',
      publisher: 'Hugging Face',
      url: 'https://huggingface.co/google-bert/bert-base-uncased',
      asOf: '2026-11',
      kind: 'secondary',
      topic: 'models',
    },
    {
      id: 'bert-paper',
      title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      publisher: 'Devlin et al., Google AI (arXiv 1810.04805)',
      url: 'https://arxiv.org/abs/1810.04805',
      published: '2018-10',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'bert-repo-apache',
      title: 'google-research/bert (Apache License 2.0 text as shipped)',
      publisher: 'Google Research on GitHub',
      url: 'https://github.com/google-research/bert',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'licenses',
    },
  ],
});
