/** Mistral Large 3: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const mistralLarge3 = ev('mistral-large-3-report', '2026-11-27');
const mistralLarge3Card = ev('mistral-large-3-card', '2025-12');
const mistralLarge3Transparency = ev('gpai-transparency-mistral-large-3', '2026');

export default defineVersion(family, {
  id: 'mistral-large-3',
  name: 'Mistral Large 3',
  organization: 'Mistral AI',
  firstRelease: '2025-12-02',
  releaseSource: 'mistral-large-3-report',
  summary:
    "The largest model of Mistral's December 2025 Mistral 3 family: a multimodal mixture-of-experts model released under Apache 2.0, according to reports.",
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 6.75e11, active: 4.1e10}],
    note: 'As reported from the model card: a 673B language model (39B active) plus a 2.5B vision encoder.',
    ...mistralLarge3,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download from Hugging Face (mistralai) or use Mistral AI Studio and cloud hosts; check the license on the copy you download.',
  openness: {
    weights: open(mistralLarge3Card, 'Base and instruct weights on Hugging Face under Apache 2.0.'),
    inferenceCode: open(mistralLarge3Card, 'The model card shows how to serve it with vLLM (Apache 2.0).'),
    trainingCode: closed(mistralLarge3, 'Training code not released.'),
    trainingData: closed(mistralLarge3, 'Training data not released.'),
    dataDocumentation: closed(
      mistralLarge3Transparency,
      'A 2026 review found no public training-data summary for the model.',
    ),
    paper: closed(mistralLarge3, 'No technical report in the sources we read.'),
    modelCard: partial(
      mistralLarge3Card,
      'The card gives architecture, context length and usage; little on limitations.',
    ),
    license: open(
      mistralLarge3Card,
      'Apache 2.0, an OSI-approved license; Mistral Large 2 used the non-commercial Mistral Research License.',
    ),
    api: open(mistralLarge3, 'Hosted on Mistral AI Studio and several clouds, according to reports.'),
  },
  guidePages: [G.alternatives, G.closed],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  trackers: {
    eu: {file: 'Mistral.yaml', role: 'end', note: 'Mistral Large 3 675B.'},
    mot: {file: 'Mistral-Large-3-675B-Base-2512.yml', note: 'Mistral Large 3 675B base.'},
  },
  sources: [
    {
      id: 'gpai-transparency-mistral-large-3',
      title: 'Training-data transparency evaluation of Mistral Large 3 (pinned commit 9b59d87)',
      publisher: 'AIAccountabilityLab gpai-training-transparency on GitHub',
      url: 'https://raw.githubusercontent.com/AIAccountabilityLab/gpai-training-transparency/9b59d877246254be133ea75795e900ae5a01d4d7/public/evals/mistral-3-5/index.html',
      asOf: '2026',
      kind: 'secondary',
      topic: 'research',
    },
    {
      id: 'mistral-large-3-card',
      title: 'Mistral-Large-3-675B-Instruct-2512 model card',
      publisher: 'Mistral AI on Hugging Face',
      url: 'https://huggingface.co/mistralai/Mistral-Large-3-675B-Instruct-2512',
      published: '2025-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'mistral-large-3-report',
      title: 'Mistral Large 3',
      publisher: 'AI/TLDR',
      url: 'https://ai-tldr.dev/models/mistral-large-3/',
      asOf: '2026-11-27',
      kind: 'secondary',
      topic: 'models',
      note: "Secondary summary of Mistral's 2025-12-02 announcement; we did not read Mistral's own page.",
    },
  ],
});
