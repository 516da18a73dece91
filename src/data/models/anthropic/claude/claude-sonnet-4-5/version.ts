/** Claude Sonnet 4.5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const sonnet45Docs = ev('claude-sonnet-4-5-docs', '2026-12');
const modelReport = ev('anthropic-model-report-sonnet-4-5', '2025-10-07');

export default defineVersion(family, {
  id: 'claude-sonnet-4-5',
  name: 'Claude Sonnet 4.5',
  organization: 'Anthropic',
  firstRelease: '2025-09-29',
  releaseSource: 'claude-sonnet-4-5-docs',
  summary:
    "Anthropic's Sonnet model for agents and coding, released 29 September 2025; its docs now mark it deprecated, with retirement set for 30 November 2026.",
  inputs: ['text', 'code', 'image'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'not-disclosed',
    note: 'Anthropic has not disclosed parameter counts; its model report gives none.',
    ...modelReport,
  },
  license: 'anthropic-terms',
  access: ['api'],
  howToGet:
    "Through Anthropic's API as claude-sonnet-4-5-20250929 until its scheduled retirement on 30 November 2026; no download.",
  openness: {
    weights: closed(sonnet45Docs, 'Weights not released; the model is offered only as a hosted API model.'),
    inferenceCode: closed(sonnet45Docs, 'No inference code; access is through the API only.'),
    trainingCode: closed(modelReport, 'Training code not released.'),
    trainingData: closed(
      modelReport,
      'Training data not released; the model report calls the pretraining mix proprietary.',
    ),
    dataDocumentation: closed(
      modelReport,
      'We read only a proprietary pretraining mix and a January 2025 knowledge cutoff; no sources or sizes.',
    ),
    paper: closed(
      modelReport,
      'No technical report; the model report names pretraining plus RLHF and RLAIF, but no architecture or size.',
    ),
    modelCard: partial(
      modelReport,
      'A summary model report gives uses, modalities, cutoff and safety highlights; we did not read the full system card.',
    ),
    license: closed(sonnet45Docs, 'Proprietary terms of service.'),
    api: open(
      sonnet45Docs,
      'In the API as claude-sonnet-4-5-20250929 at $3/$15 per million tokens; deprecated, retiring 30 November 2026.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'claude-sonnet-4-5-docs',
      title: 'Claude Sonnet 4.5: model overview (status, model ID, context window, pricing)',
      publisher: 'Anthropic (Claude Developer Platform docs)',
      url: 'https://platform.claude.com/docs/en/models/sonnet-4-5/overview',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read from the localized copies of this page (ja, zh-CN, pt-BR), whose model facts are the same English text.',
    },
    {
      id: 'anthropic-model-report-sonnet-4-5',
      title: 'Anthropic Transparency Hub: model report for Claude Sonnet 4.5',
      publisher: 'Anthropic',
      url: 'https://www.anthropic.com/transparency',
      asOf: '2025-10-07',
      kind: 'primary',
      topic: 'models',
      note: 'The version last updated 7 October 2025 led with Claude Sonnet 4.5; later versions lead with newer models.',
    },
  ],
});
