/** Microsoft (Phi) and the Technology Innovation Institute (Falcon). One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, CORRECTED, RECENT_VERIFIED, G} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'phi-4',
    name: 'Phi-4',
    organization: 'Microsoft',
    firstRelease: '2024-12-12',
    releaseSource: E.phi4Card.source,
    summary:
      'A 14B dense small language model trained largely on synthetic and filtered data, released under the MIT license.',
    modalities: ['text', 'code'],
    parameters: {status: 'disclosed', sizes: [{total: 14e9}], ...E.phi4Card},
    license: 'MIT',
    access: ['weights', 'api'],
    howToGet: 'Download from Hugging Face (microsoft/phi-4) or use it in Azure AI Foundry; runs in Ollama.',
    openness: {
      weights: open(E.phi4Card, 'Weights on Hugging Face under MIT, no gate.'),
      inferenceCode: open(E.phi4Card, 'Runs with Hugging Face Transformers; usage code in the model card.'),
      trainingCode: closed(E.phi4Paper, 'Training code not released.'),
      trainingData: closed(
        E.phi4Data,
        'About 9.8T tokens of synthetic, filtered web, licensed and chat data; not released.',
      ),
      dataDocumentation: partial(
        E.phi4Data,
        'A data summary card lists source categories and sizes, not datasets.',
      ),
      paper: open(E.phi4Paper, 'Technical report on arXiv with data-generation and training details.'),
      modelCard: open(E.phi4Card, 'Model card with intended uses, limits, safety and benchmarks.'),
      license: open(E.phi4Card, 'MIT, an OSI-approved license.'),
      api: open(E.phi4Launch, 'Available as a hosted model in Azure AI Foundry from launch.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'phi-4-reasoning',
    name: 'Phi-4-reasoning',
    organization: 'Microsoft',
    firstRelease: '2025-04-30',
    releaseSource: E.phi4rCard.source,
    summary:
      'Phi-4 fine-tuned to reason step by step on math, science and code, with an RL-trained "plus" variant, under the MIT license.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: 'reasoning', total: 14e9},
        {name: 'reasoning-plus', total: 14e9},
      ],
      note: 'Same 14B dense architecture as Phi-4.',
      ...E.phi4rCard,
    },
    license: 'MIT',
    access: ['weights', 'api'],
    howToGet: 'Download from Hugging Face (microsoft/Phi-4-reasoning); runs in Ollama and through API hosts.',
    openness: {
      weights: open(E.phi4rCard, 'Weights on Hugging Face under MIT, no gate.'),
      inferenceCode: open(E.phi4rCard, 'Runs with Hugging Face Transformers; usage code in the model card.'),
      trainingCode: closed(E.phi4rPaper, 'Fine-tuning and RL code not released.'),
      trainingData: closed(
        E.phi4rCard,
        'About 16B tokens of chain-of-thought training data (synthetic and filtered web); not released.',
      ),
      dataDocumentation: partial(
        E.phi4rPaper,
        'The report describes how prompts were chosen and traces made, not the datasets.',
      ),
      paper: open(E.phi4rPaper, 'Technical report on arXiv with data, training and evaluation.'),
      modelCard: open(E.phi4rCard, 'Model card with intended uses, limits, safety and benchmarks.'),
      license: open(E.phi4rCard, 'MIT, an OSI-approved license.'),
      api: open(E.phi4rRouter, 'Offered through third-party API hosts such as OpenRouter.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'falcon-40b',
    name: 'Falcon-40B',
    organization: 'Technology Innovation Institute (Abu Dhabi)',
    firstRelease: '2023-05',
    releaseSource: E.falcon40b.source,
    summary: "TII's 40B model (with a 7B sibling), moved to Apache 2.0 on 31 May 2023 with royalties waived.",
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 7e9}, {total: 40e9}], ...E.falcon40b},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (tiiuae/falcon-40b).',
    openness: {
      weights: open(E.falcon40b, 'Weights released; Apache 2.0 since 31 May 2023.'),
      inferenceCode: open(
        E.falcon40b,
        'The model card shows how to run it with Hugging Face Transformers (Apache 2.0).',
      ),
      trainingCode: closed(E.falcon40b, 'Training code not released.'),
      trainingData: partial(
        E.refinedWeb,
        'A 600B-token extract of RefinedWeb is public; the full mix is not.',
      ),
      dataDocumentation: partial(
        E.falcon40b,
        'The card lists the mix by share (mostly RefinedWeb, plus books, conversations, code, technical text), not every source.',
      ),
      paper: open(E.falconPaper, 'The Falcon series paper covers architecture, data pipeline and training.'),
      modelCard: open(E.falcon40b, 'Hugging Face model card.'),
      license: open(E.falcon40b, 'Apache 2.0, an OSI-approved license.'),
      api: closed(E.falcon40b, 'Released for download; the release names no hosted API.'),
    },
    guidePages: [G.alternatives, G.vsWeights],
    lastVerified: CORRECTED,
  },
  {
    id: 'falcon-180b',
    name: 'Falcon-180B',
    organization: 'Technology Innovation Institute (Abu Dhabi)',
    firstRelease: '2023-09',
    releaseSource: E.falcon180b.source,
    summary:
      "TII's 180B model, released under a custom TII license with an acceptable-use policy rather than Apache 2.0.",
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 180e9}], ...E.falcon180b},
    license: 'tii-falcon-180b',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (tiiuae/falcon-180B) after accepting the license.',
    openness: {
      weights: partial(
        E.falcon180b,
        'Downloadable only after accepting the TII license, which adds an acceptable-use policy.',
      ),
      inferenceCode: open(
        E.falcon180b,
        'The model card shows how to run it with Hugging Face Transformers (Apache 2.0).',
      ),
      trainingCode: closed(E.falcon180b, 'Training code not released.'),
      trainingData: partial(
        E.refinedWeb,
        'A 600B-token extract of RefinedWeb is public; the full mix is not.',
      ),
      dataDocumentation: partial(
        E.falcon180b,
        'The card lists the mix by share (mostly RefinedWeb, plus curated corpora), not every source.',
      ),
      paper: open(E.falconPaper, 'The Falcon series paper covers architecture, data pipeline and training.'),
      modelCard: open(E.falcon180b, 'Hugging Face model card.'),
      license: partial(E.falcon180b, 'Custom TII license with an acceptable-use policy; not OSI-approved.'),
      api: closed(E.falcon180b, 'Released for download; the release names no hosted API.'),
    },
    guidePages: [G.alternatives, G.vsWeights],
    lastVerified: CORRECTED,
  },
]);
