/** Gemini (formerly Bard): its record, ratings with evidence, and the sources only it cites. */
import {defineProduct, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';
import gemini31Pro from '../gemini-3-1-pro/version';

const gemini = ev('google-bard-becomes-gemini', '2024-02-08');
const geminiReport = ev('gemini-report', '2023-12');
const geminiChangelog = ev('gemini-api-changelog', '2026-02-19');

export default defineProduct(family, {
  id: 'gemini-app',
  formerIds: ['gemini'],
  name: 'Gemini (formerly Bard)',
  organization: 'Google',
  firstRelease: '2023-03',
  releaseSource: 'google-bard-becomes-gemini',
  summary:
    "Google's closed assistant and model family; the Bard chatbot (March 2023) was renamed Gemini on 8 February 2024.",
  inputs: ['text', 'image', 'audio', 'video'],
  outputs: ['text', 'image', 'video'],
  parameters: {
    status: 'not-disclosed',
    note: 'Google has not published parameter counts for Gemini models.',
    ...gemini,
  },
  license: 'google-terms',
  access: ['app', 'api'],
  howToGet: "Use the Gemini app, Google AI Studio or Vertex AI. Google's open-weight line is Gemma.",
  openness: {
    weights: closed(gemini, "Served only through Google's apps and cloud; the open-weight line is Gemma."),
    inferenceCode: closed(geminiReport, 'No inference code; access is through apps and the API only.'),
    trainingCode: closed(geminiReport, 'Training code not released.'),
    trainingData: closed(geminiReport, 'Training data not released.'),
    dataDocumentation: partial(
      geminiReport,
      'Our rule: a description of data kinds is partial, none is closed. The Gemini 1.0 report names web, books, code, images, audio and video; no sources or sizes.',
    ),
    paper: partial(
      geminiReport,
      'The Gemini 1.0 report covers capabilities and evaluations but gives no parameter counts.',
    ),
    modelCard: partial(
      geminiReport,
      'The Gemini 1.0 report includes a model card summary; it omits how the model was built.',
    ),
    license: closed(gemini, 'Proprietary terms of service.'),
    api: open(geminiChangelog, 'Available through the Gemini API (Google AI Studio) and Vertex AI.'),
  },
  guidePages: [G.closed],
  lastVerified: '2026-12-07',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-12-07',
      kind: 'correction',
      what: 'Data documentation note now states the rule used for every closed model (a description of data kinds is partial); the rating stays partial.',
      source: 'gemini-report',
    },
  ],
  runs: [gemini31Pro],
  sources: [
    {
      id: 'gemini-report',
      title: 'Gemini: A Family of Highly Capable Multimodal Models',
      publisher: 'Gemini Team, Google (arXiv 2312.11805)',
      url: 'https://arxiv.org/abs/2312.11805',
      published: '2023-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'google-bard-becomes-gemini',
      title: 'Bard becomes Gemini: Gemini Advanced and a new app',
      publisher: 'Google (The Keyword)',
      url: 'https://blog.google/products/gemini/bard-gemini-advanced-app/',
      published: '2024-02-08',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
