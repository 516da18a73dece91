/** Allen Institute for AI (Ai2): OLMo and Tülu. One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, CORRECTED, RECENT_VERIFIED, G} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'olmo',
    name: 'OLMo (first release)',
    organization: 'Allen Institute for AI (Ai2)',
    firstRelease: '2024-02-01',
    releaseSource: E.olmo1.source,
    summary:
      "Ai2's first fully open language models, released with training data, code, logs and hundreds of checkpoints; OSI found OLMo met its definition.",
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 1e9}, {total: 7e9}], ...E.olmo1},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (allenai); newer OLMo versions replace it for most uses.',
    openness: {
      weights: open(E.olmo1, 'Weights and more than 500 checkpoints per base model released.'),
      inferenceCode: open(E.olmo1, 'Code released under Apache 2.0.'),
      trainingCode: open(E.olmo1, 'Training, evaluation and fine-tuning code released.'),
      trainingData: open(E.olmo1, 'The Dolma corpus (about 3 trillion tokens) released.'),
      dataDocumentation: open(
        E.olmoPaper,
        'Dolma is documented source by source, with its processing tools.',
      ),
      paper: open(E.olmoPaper, 'Paper on arXiv with data, architecture, training and evaluation.'),
      modelCard: open(E.olmo1Card, 'Hugging Face model card with uses, limits, data and evaluation.'),
      license: open(E.osiAi, 'Apache 2.0; OSI found OLMo met the Open Source AI Definition.'),
      api: closed(E.olmo1, 'Released for download; Ai2 named no hosted API for it.'),
    },
    guidePages: [G.openSource, G.vsWeights, G.alternatives],
    lastVerified: CORRECTED,
  },
  {
    id: 'olmo-2-32b',
    name: 'OLMo 2 32B',
    organization: 'Allen Institute for AI (Ai2)',
    firstRelease: '2025-03-13',
    releaseSource: E.olmo2.source,
    summary:
      'The largest OLMo 2 model, released with its weights, training data, code and recipe under Apache 2.0.',
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 32e9}], ...E.olmo2},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet:
      'Download from Hugging Face (allenai); data, code and checkpoints are linked from the release post.',
    openness: {
      weights: open(E.olmo2, 'Weights released under Apache 2.0.'),
      inferenceCode: open(E.olmo2, 'Code released alongside the weights.'),
      trainingCode: open(E.olmo2, 'Training code (OLMo-core) released.'),
      trainingData: open(E.olmo2, 'Pre-training and mid-training data mixes released.'),
      dataDocumentation: open(E.olmo2, 'Data mixes and the training recipe are documented.'),
      paper: open(
        E.olmo2Paper,
        'The OLMo 2 paper on arXiv covers data, architecture, training and evaluation.',
      ),
      modelCard: open(E.olmo2Card, 'Hugging Face model card with uses, limits, data and evaluation.'),
      license: open(E.osiAi, 'Apache 2.0; OSI found OLMo met the Open Source AI Definition.'),
      api: closed(E.olmo2, 'Released for download; the release post names no hosted API.'),
    },
    guidePages: [G.openSource, G.vsWeights, G.alternatives, G.choose],
    lastVerified: CORRECTED,
  },
  {
    id: 'olmo-3',
    name: 'OLMo 3',
    organization: 'Allen Institute for AI (Ai2)',
    firstRelease: '2025-11-20',
    releaseSource: E.olmo3Blog.source,
    summary:
      'A fully open 7B and 32B family (Base, Think, Instruct) released with every dataset, checkpoint and training stage under Apache 2.0.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: '7B', total: 7e9},
        {name: '32B', total: 32e9},
      ],
      note: 'OLMo 3.1 (December 2025) updated the 32B Think and Instruct models.',
      ...E.olmo3Card,
    },
    license: 'Apache-2.0',
    access: ['weights', 'app'],
    howToGet:
      "Download from Hugging Face (allenai) or try it in Ai2's Playground; data and code are linked from the release.",
    openness: {
      weights: open(E.olmo3Card, 'Final and intermediate checkpoints under Apache 2.0.'),
      inferenceCode: open(E.olmoCore, 'Supported in Transformers and vLLM; code in allenai/OLMo-core.'),
      trainingCode: open(E.olmoCore, 'Pre-training (OLMo-core) and post-training code released.'),
      trainingData: open(
        E.olmo3Paper,
        'Pre-training (Dolma 3), mid-training and post-training (Dolci) data released.',
      ),
      dataDocumentation: open(E.olmo3Paper, 'Every data mix and processing step documented in the report.'),
      paper: open(E.olmo3Paper, 'Full technical report on arXiv covering the whole model flow.'),
      modelCard: open(E.olmo3Card, 'Hugging Face model cards with uses, limits and evaluations.'),
      license: open(E.olmo3Card, 'Apache 2.0, an OSI-approved license.'),
      api: partial(
        E.olmo3Blog,
        "Ai2's Playground offers a chat demo; API access depends on third-party hosts.",
      ),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'olmo-3-1',
    name: 'OLMo 3.1',
    organization: 'Allen Institute for AI (Ai2)',
    firstRelease: '2025-12',
    releaseSource: E.olmo31Card.source,
    summary:
      'An update to OLMo 3 32B: a Think model with extended reinforcement learning (reported) and a new 32B Instruct model, released like OLMo 3 with its data, code and checkpoints.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: '32B Think', total: 32e9},
        {name: '32B Instruct', total: 32e9},
      ],
      note: 'Both build on the OLMo 3 32B base model.',
      ...E.olmo31Card,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      'Download from Hugging Face (allenai/Olmo-3.1-32B-Think or -Instruct); also offered by third-party API hosts.',
    openness: {
      weights: open(E.olmo31Card, 'Final and intermediate checkpoints under Apache 2.0, no gate.'),
      inferenceCode: open(
        E.olmo31Card,
        'Runs in Hugging Face Transformers and vLLM; usage code in the card.',
      ),
      trainingCode: open(
        E.olmoCore,
        'Pre-training (OLMo-core) and post-training (open-instruct) code released.',
      ),
      trainingData: open(
        E.olmo3Collection,
        'Pre-training (Dolma 3) and post-training (Dolci) datasets published on Hugging Face.',
      ),
      dataDocumentation: open(E.olmo3Paper, 'The OLMo 3 report lists the sources and mixes of every stage.'),
      paper: open(E.olmo3Paper, 'The OLMo 3 technical report on arXiv also reports the 3.1 models.'),
      modelCard: open(E.olmo31Card, 'Hugging Face model card with stages, evaluation and limits.'),
      license: open(E.olmo31Card, 'Apache 2.0, an OSI-approved license.'),
      api: open(E.olmo31Router, 'Listed by OpenRouter from December 2025 (a third-party host).'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'tulu-3',
    name: 'Tülu 3',
    organization: 'Allen Institute for AI (Ai2)',
    firstRelease: '2024-11-21',
    releaseSource: E.tulu3Blog.source,
    summary:
      "Ai2's post-training recipe applied to Llama 3.1, released with all of its fine-tuning data, code and evaluations.",
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: '8B', total: 8e9},
        {name: '70B', total: 70e9},
      ],
      note: 'A 405B version followed in January 2025.',
      ...E.tulu3Card,
    },
    license: 'llama-3-1-community',
    access: ['weights'],
    howToGet:
      'Download from Hugging Face (allenai/Llama-3.1-Tulu-3-8B or -70B) and accept the Llama 3.1 license terms.',
    openness: {
      weights: partial(
        E.tulu3Card,
        'Downloadable, but under the Llama 3.1 license inherited from the base model.',
      ),
      inferenceCode: open(
        E.openInstruct,
        'Runs in standard open runtimes; evaluation and inference code published.',
      ),
      trainingCode: partial(
        E.openInstruct,
        'Post-training code (open-instruct) is released; the Llama 3.1 pre-training code is not.',
      ),
      trainingData: partial(
        E.tulu3Blog,
        "All fine-tuning and preference data released; the base model's pre-training data is not.",
      ),
      dataDocumentation: partial(
        E.tulu3Paper,
        'Post-training mixes documented in detail; pre-training data only as Meta describes it.',
      ),
      paper: open(E.tulu3Paper, 'Detailed technical report on arXiv covering data, recipe and evaluation.'),
      modelCard: open(E.tulu3Card, 'Hugging Face model card with intended use, limits and results.'),
      license: partial(
        E.tulu3Card,
        'Llama 3.1 Community License: custom terms with an acceptable use policy.',
      ),
      api: closed(E.tulu3Blog, 'The release is for self-hosting; no hosted API is offered with it.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
]);
