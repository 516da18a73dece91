/** Claude Opus 5.5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, hostedOnly, open, partial} from '../../../../define';
import family from '../family';

const opus55Docs = ev('claude-opus-5-5-docs', '2026-11');

export default defineVersion(family, {
  id: 'claude-opus-5-5',
  name: 'Claude Opus 5.5',
  organization: 'Anthropic',
  firstRelease: '2026-09',
  releaseSource: 'whatmodel-claude-opus-5-5',
  summary:
    "Anthropic's current Opus model per its docs (released September 2026, per a third-party tracker); the docs also list a higher-priced Fable tier.",
  inputs: ['text', 'code', 'image'],
  outputs: ['text', 'code'],
  parameters: {status: 'not-disclosed', note: 'Anthropic has not disclosed parameter counts.', ...opus55Docs},
  license: 'anthropic-terms',
  access: ['app', 'api'],
  howToGet: "Through claude.ai, Anthropic's API (claude-opus-5-5) and cloud partners; no download.",
  openness: {
    ...hostedOnly(opus55Docs, 'Anthropic'),
    dataDocumentation: closed(opus55Docs, 'Only a knowledge cutoff (June 2026) is given for the data.'),
    paper: closed(opus55Docs, 'No technical report; the docs give capabilities and prices.'),
    modelCard: partial(
      opus55Docs,
      'A model overview page lists capabilities and limits; we did not rate a system card.',
    ),
    license: closed(
      opus55Docs,
      "Proprietary: offered only as a paid service through Anthropic's API, apps and cloud partners; no model license is published.",
    ),
    api: open(opus55Docs, "Listed in Anthropic's API with per-token prices."),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-11-27',
  changes: [
    {
      date: '2026-12-07',
      kind: 'correction',
      what: "License evidence corrected: it cited the Claude Opus 5 page; it now cites Opus 5.5's own model page.",
      source: 'claude-opus-5-5-docs',
    },
  ],
  sources: [
    {
      id: 'claude-opus-5-5-docs',
      title: 'Claude Opus 5.5: model overview',
      publisher: 'Anthropic (Claude Developer Platform docs)',
      url: 'https://platform.claude.com/docs/en/models/opus-5-5/overview',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'whatmodel-claude-opus-5-5',
      title: 'Claude Opus 5.5 entry in the whatmodel catalogue',
      publisher: 'jakemanger/whatmodel on GitHub',
      url: 'https://github.com/jakemanger/whatmodel/blob/main/pages/model/claude-opus-5-5.md',
      published: '2026-10',
      kind: 'secondary',
      topic: 'models',
    },
  ],
});
