/** Grok-1: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const grok1 = ev('grok-1-repo', '2024-03');
const osiAi = ev('osi-ai-hub', '2026-06');

export default defineVersion(family, {
  id: 'grok-1',
  name: 'Grok-1',
  organization: 'xAI',
  firstRelease: '2024-03',
  releaseSource: 'grok-1-repo',
  summary:
    "xAI's 314B mixture-of-experts base model, published as open weights with JAX example code under Apache 2.0; Grok 2.5 followed in 2025 under a custom license.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 3.14e11}],
    note: 'Mixture of 8 experts, 2 used per token; xAI gives no active-parameter figure.',
    ...grok1,
  },
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet:
    'Download the checkpoint from Hugging Face (xai-org/grok-1) or by torrent, as the repository explains.',
  openness: {
    weights: open(grok1, 'Weights released under Apache 2.0.'),
    inferenceCode: open(grok1, 'JAX example code to load and sample from the model.'),
    trainingCode: closed(grok1, 'The repository holds inference code only.'),
    trainingData: closed(osiAi, 'Data not released; OSI found Grok fell short of its definition.'),
    dataDocumentation: closed(grok1, 'The release says nothing about the training data.'),
    paper: closed(grok1, 'No technical report accompanies the weights.'),
    modelCard: partial(grok1, 'The README gives architecture and size only; no uses, limits or evaluations.'),
    license: open(grok1, 'Apache 2.0 for the code and the weights.'),
    api: closed(grok1, 'The release is a raw base checkpoint for self-hosting; no API serves it.'),
  },
  guidePages: [G.alternatives, G.closed],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-11-27',
      kind: 'correction',
      what: 'Summary corrected to say that Grok 2.5 weights followed in August 2025 under a custom license.',
      source: 'grok-2-repo',
    },
  ],
  osiValidation: {
    osiName: 'Grok (xAI)',
    result: 'fails',
    source: 'osi-ai-hub',
    note: 'OSI wrote "Grok"; we read it as Grok-1, the only Grok with public weights when OSI validated.',
  },
  trackers: {mot: {file: 'Grok-1.yml', note: 'Grok-1.'}},
  sources: [
    {
      id: 'grok-1-repo',
      title: 'xai-org/grok-1 repository',
      publisher: 'xAI on GitHub',
      url: 'https://github.com/xai-org/grok-1',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
