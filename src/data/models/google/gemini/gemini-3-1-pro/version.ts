/** Gemini 3.1 Pro: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, hostedOnly, open, partial} from '../../../../define';
import family from '../family';

const gemini31Docs = ev('gemini-3-1-pro-docs', '2026-02');
const geminiChangelog = ev('gemini-api-changelog', '2026-02-19');

export default defineVersion(family, {
  id: 'gemini-3-1-pro',
  name: 'Gemini 3.1 Pro',
  organization: 'Google DeepMind',
  firstRelease: '2026-02-19',
  releaseSource: 'gemini-api-changelog',
  summary:
    "Google's Pro-tier Gemini model, released as a preview on 19 February 2026; Google later called the GA Gemini 3.5 Flash (May 2026) its most intelligent model.",
  inputs: ['text', 'code', 'image', 'audio', 'video'],
  outputs: ['text', 'code'],
  parameters: {status: 'not-disclosed', note: 'Google has not disclosed parameter counts.', ...gemini31Docs},
  license: 'google-terms',
  access: ['app', 'api'],
  howToGet: 'Through the Gemini app, Google AI Studio, the Gemini API and Vertex AI; no download.',
  openness: {
    ...hostedOnly(gemini31Docs, 'Google'),
    dataDocumentation: closed(gemini31Docs, 'Only a knowledge cutoff (January 2025) is given for the data.'),
    paper: closed(gemini31Docs, 'No technical report for this model version.'),
    modelCard: partial(
      gemini31Docs,
      'A developer page lists inputs, limits and features; not a full model card.',
    ),
    license: closed(gemini31Docs, 'Proprietary terms of service.'),
    api: open(geminiChangelog, 'Available in the Gemini API as gemini-3.1-pro-preview.'),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'gemini-3-1-pro-docs',
      title: 'Gemini 3.1 Pro Preview: Gemini API model page',
      publisher: 'Google AI for Developers',
      url: 'https://ai.google.dev/gemini-api/docs/models/gemini-3.1-pro-preview',
      asOf: '2026-02',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
