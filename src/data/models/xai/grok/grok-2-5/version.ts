/** Grok 2.5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const grok2Repo = ev('grok-2-repo', '2025-08-23');
const grok2License = ev('grok-2-license', '2025-11-04');

export default defineVersion(family, {
  id: 'grok-2-5',
  name: 'Grok 2.5',
  organization: 'xAI',
  firstRelease: '2025-08-23',
  releaseSource: 'grok-2-repo',
  summary:
    'The weights of Grok 2, the model xAI trained and used in 2024, released as "Grok 2.5" under a custom community license that bars training other models with it.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'not-listed',
    note: 'The repository gives the download size (about 500 GB in 42 files), not a parameter count; none is recorded here.',
    ...grok2Repo,
  },
  license: 'grok-2-community',
  access: ['weights'],
  howToGet:
    'Download from Hugging Face (xai-org/grok-2) and serve it with SGLang on eight GPUs with more than 40 GB each, as the README describes.',
  openness: {
    weights: partial(
      grok2Repo,
      'Weights on Hugging Face (about 500 GB) under a custom, revocable license with use restrictions.',
    ),
    inferenceCode: open(
      grok2Repo,
      'The README gives the command to serve it with SGLang, an Apache-2.0 engine; no xAI code.',
    ),
    trainingCode: closed(grok2Repo, 'Only weights and a tokenizer were released; no training code.'),
    trainingData: closed(grok2Repo, 'Training data not released.'),
    dataDocumentation: closed(grok2Repo, 'The release says nothing about the training data.'),
    paper: closed(grok2Repo, 'No technical report accompanies the release.'),
    modelCard: partial(
      grok2Repo,
      'The README covers download, serving and the chat template only; no evaluations or limitations.',
    ),
    license: partial(
      grok2License,
      "Custom, revocable license: commercial use only within xAI's usage policy, and no use of the weights or outputs to train other general-purpose models.",
    ),
    api: closed(
      grok2Repo,
      'The release is for self-hosting; it names no public API serving this checkpoint.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  changes: [
    {
      date: '2025-11-04',
      kind: 'terms',
      what: 'xAI updated the license text and renamed the Grok 2 Community License the xAI Community License.',
      source: 'grok-2-license',
    },
  ],
  trackers: {
    eu: {
      file: 'Grok.yaml',
      role: 'end',
      note: 'Named Grok 2; the August 2025 weights release we call Grok 2.5.',
    },
  },
  sources: [],
});
