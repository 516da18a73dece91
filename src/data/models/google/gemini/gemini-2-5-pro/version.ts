/** Gemini 2.5 Pro: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const cloudPage = ev('gemini-2-5-pro-cloud-docs', '2026-12');
const deprecations = ev('gemini-api-deprecations', '2026-03');
const report = ev('gemini-2-5-report', '2025-07-07');

export default defineVersion(family, {
  id: 'gemini-2-5-pro',
  name: 'Gemini 2.5 Pro',
  organization: 'Google DeepMind',
  firstRelease: '2025-06-17',
  releaseSource: 'gemini-api-deprecations',
  summary:
    "Google's Pro-tier Gemini 2.5 reasoning model: stable as gemini-2.5-pro from 17 June 2025, after preview versions from March 2025; it reads text, code, images, audio and video.",
  inputs: ['text', 'code', 'image', 'audio', 'video'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'not-disclosed',
    note: 'Google has not disclosed parameter counts; the Gemini 2.5 report describes a sparse mixture-of-experts design without sizes.',
    ...report,
  },
  license: 'google-terms',
  access: ['api'],
  howToGet:
    'Through the Gemini API and Google Cloud as gemini-2.5-pro; Google has scheduled its shutdown in the Gemini API. No download.',
  openness: {
    weights: closed(cloudPage, 'Weights not released; the model runs only on Google servers.'),
    inferenceCode: closed(cloudPage, 'No inference code; access is through Google APIs only.'),
    trainingCode: closed(report, 'Training code not released.'),
    trainingData: closed(report, 'Training data not released.'),
    dataDocumentation: partial(
      report,
      'The report names broad data kinds (web documents, code, images, audio, video), filtering and a January 2025 cutoff; no sources or sizes.',
    ),
    paper: partial(
      report,
      'A technical report on the Gemini 2.X family: sparse MoE transformers, TPU training and RL thinking; no parameter counts.',
    ),
    modelCard: partial(
      cloudPage,
      'A Google Cloud model page lists inputs, outputs and limits and points to the report for data, uses and limitations.',
    ),
    license: closed(cloudPage, 'Proprietary terms of service.'),
    api: open(
      deprecations,
      'Generally available in the Gemini API as gemini-2.5-pro from 17 June 2025; the version we read set its shutdown for 17 June 2026.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'gemini-2-5-pro-cloud-docs',
      title: 'Gemini 2.5 Pro: Google Cloud model page (model ID, inputs and outputs, token limits)',
      publisher: 'Google Cloud documentation',
      url: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/gemini/2-5-pro',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'gemini-api-deprecations',
      title: 'Gemini deprecations: release and shutdown dates of Gemini API models',
      publisher: 'Google AI for Developers',
      url: 'https://ai.google.dev/gemini-api/docs/deprecations',
      asOf: '2026-03',
      kind: 'primary',
      topic: 'models',
      note: 'Read in a version listing models up to March 2026; the page changes as shutdown dates are set.',
    },
    {
      id: 'gemini-2-5-report',
      title:
        'Gemini 2.5: Pushing the Frontier with Advanced Reasoning, Multimodality, Long Context, and Next Generation Agentic Capabilities',
      publisher: 'Gemini Team, Google (arXiv 2507.06261)',
      url: 'https://arxiv.org/abs/2507.06261',
      published: '2025-07-07',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
