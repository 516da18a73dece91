/**
 * Jamba 1.5 (Mini and Large): AI21 Labs' hybrid Transformer–Mamba mixture-of-experts models, read
 * from the Jamba-1.5 report and a verbatim copy of the Hugging Face model card pinned at a commit.
 * The Jamba Open Model License text itself could not be retrieved, so its terms are not rated here.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const report = ev('jamba-1-5-paper', '2024-08');
const card = ev('jamba-1-5-mini-card-copy', '2025-07-23');

export default defineVersion(maker, {
  id: 'jamba-1-5',
  name: 'Jamba 1.5 (Mini, Large)',
  organization: 'AI21 Labs',
  firstRelease: '2024-08',
  releaseSource: 'jamba-1-5-paper',
  summary:
    'AI21’s instruction-tuned hybrid Transformer–Mamba mixture-of-experts models with a 256K-token context, Mini (52B total, 12B active) and Large (398B, 94B active), under AI21’s own license.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'Jamba 1.5 Mini', total: 5.2e10, active: 1.2e10},
      {name: 'Jamba 1.5 Large', total: 3.98e11, active: 9.4e10},
    ],
    note: 'Totals and active counts as the model card gives them; the report gives the same active counts.',
    ...card,
  },
  license: 'jamba-open-model-license',
  access: ['weights', 'api'],
  howToGet:
    'Download from Hugging Face (ai21labs, first published as AI21-Jamba-1.5-Mini and AI21-Jamba-1.5-Large) and run it with vLLM or Transformers.',
  openness: {
    weights: partial(
      report,
      'Weights for both sizes are public under the Jamba Open Model License, a custom AI21 license we could not read for this record.',
    ),
    inferenceCode: open(
      card,
      'The card documents running it with open runtimes (vLLM, Transformers); the report says ExpertsInt8 quantization was released as open source.',
    ),
    trainingCode: closed(
      card,
      'No pretraining or post-training code; the card only shows fine-tuning examples with TRL.',
    ),
    trainingData: closed(card, 'No training data was released; the card names none.'),
    dataDocumentation: closed(
      card,
      'The card gives only a March 2024 knowledge cutoff; we did not confirm a data description in the report.',
    ),
    paper: open(
      report,
      'Technical report on arXiv: the hybrid architecture, both sizes, ExpertsInt8 serving and evaluations.',
    ),
    modelCard: partial(
      card,
      'The card covers usage, tool use, JSON mode and benchmarks, but not intended uses, limitations or risks.',
    ),
    license: partial(
      report,
      'Jamba Open Model License: AI21’s custom terms, not OSI-approved; not read for this record, so its conditions are not rated.',
    ),
    api: open(
      card,
      'The card says the models are offered in AI21 Studio and through cloud partners; whether they are still offered was not checked.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'jamba-1-5-paper',
      title: 'Jamba-1.5: Hybrid Transformer-Mamba Models at Scale',
      publisher: 'Jamba Team, AI21 Labs (arXiv 2408.12570)',
      url: 'https://arxiv.org/abs/2408.12570',
      published: '2024-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'jamba-1-5-mini-card-copy',
      title:
        'AI21 Jamba 1.5 Mini model card (README of ai21labs/AI21-Jamba-1.5-Mini), verbatim copy at commit 3a0a670',
      publisher: 'MCTidy research project (asgaardlab) on GitHub',
      url: 'https://github.com/asgaardlab/model-card-reorganization/blob/3a0a6702b42ac2a960774259f4573059561b8dd8/verified_model_cards/ai21labs@AI21-Jamba-1.5-Mini/1_raw.md',
      asOf: '2025-07-23',
      kind: 'secondary',
      topic: 'models',
      note: 'The raw Hugging Face README as downloaded by a research project; the card on Hugging Face itself could not be opened for this record. It covers both Mini and Large.',
    },
  ],
});
