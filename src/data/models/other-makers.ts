/** Other makers: Hugging Face (SmolLM3), the Swiss AI Initiative (Apertus), EuroLLM, IBM (Granite), NVIDIA (Nemotron). One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, RECENT_VERIFIED, G} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'smollm3',
    name: 'SmolLM3',
    organization: 'Hugging Face',
    firstRelease: '2025-07-08',
    releaseSource: E.smolBlog.source,
    summary:
      'A fully open 3B model with a reasoning mode and six languages, released with its data mixture and training configs.',
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 3e9}], ...E.smolCard},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet:
      'Download from Hugging Face (HuggingFaceTB/SmolLM3-3B); runs in Transformers, vLLM and llama.cpp.',
    openness: {
      weights: open(E.smolCard, 'Base, instruct and intermediate checkpoints under Apache 2.0.'),
      inferenceCode: open(E.smolCard, 'Supported in Transformers and vLLM; usage code in the model card.'),
      trainingCode: open(E.smolRepo, 'Training configs and code published in huggingface/smollm.'),
      trainingData: open(E.smolData, 'Pre-training datasets published as a Hugging Face collection.'),
      dataDocumentation: open(E.smolBlog, 'Data mixture per training stage documented with the release.'),
      paper: partial(E.smolBlog, 'A long engineering blog post with the recipe; no peer-reviewed paper.'),
      modelCard: open(E.smolCard, 'Model card with uses, limits and evaluations.'),
      license: open(E.smolCard, 'Apache 2.0, an OSI-approved license.'),
      api: closed(E.smolCard, 'Released for self-hosting; the maker runs no API for it.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'apertus',
    name: 'Apertus',
    organization: 'Swiss AI Initiative (EPFL, ETH Zurich, CSCS)',
    firstRelease: '2025-09-02',
    releaseSource: E.apertusCard.source,
    summary:
      "Switzerland's fully open multilingual model family, released with weights, data recipes, code and an EU training-data summary.",
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: '8B', total: 8e9},
        {name: '70B', total: 70e9},
      ],
      ...E.apertusCard,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      'Download from Hugging Face (swiss-ai/Apertus-8B-2509, -70B-2509) or use the Public AI utility.',
    openness: {
      weights: open(E.apertusCard, 'Base and instruct weights under Apache 2.0.'),
      inferenceCode: open(E.apertusCard, 'Supported in Transformers and vLLM; usage code in the card.'),
      trainingCode: open(E.apertusPaper, 'Pre-training and post-training code published with the report.'),
      trainingData: open(
        E.apertusPaper,
        'Built only from public datasets; scripts to rebuild the corpus, with opt-outs applied, are published.',
      ),
      dataDocumentation: open(
        E.apertusSummary,
        'Detailed data description plus an EU AI Act public training-data summary.',
      ),
      paper: open(E.apertusPaper, 'Technical report on arXiv covering data, architecture and evaluation.'),
      modelCard: open(E.apertusCard, 'Model card with uses, limits and evaluation.'),
      license: open(E.apertusCard, 'Apache 2.0, an OSI-approved license.'),
      api: open(E.publicAi, 'Hosted by the nonprofit Public AI Inference Utility, which offers an API.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'eurollm-22b',
    name: 'EuroLLM-22B',
    organization: 'EuroLLM consortium (Unbabel, IST Lisbon, University of Edinburgh and others)',
    firstRelease: '2025-12',
    releaseSource: E.euroCard.source,
    summary:
      'An EU-funded 22B multilingual model covering all 24 official EU languages and 11 more, under Apache 2.0.',
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 22e9}],
      note: 'Base and Instruct versions; trained on about 4T tokens.',
      ...E.euroCard,
    },
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (utter-project/EuroLLM-22B-Instruct-2512); runs in Transformers.',
    openness: {
      weights: open(E.euroCard, 'Base and Instruct weights under Apache 2.0.'),
      inferenceCode: open(E.euroCard, 'Runs with Hugging Face Transformers; usage code in the model card.'),
      trainingCode: closed(E.euroBaseCard, 'The model cards link no training code.'),
      trainingData: closed(E.euroBaseCard, 'The model cards link no pre-training corpus.'),
      dataDocumentation: partial(
        E.euroBaseCard,
        'Data categories (web, parallel, curated sets) and the token count only.',
      ),
      paper: closed(
        E.euroCard,
        'We found no technical report for the 22B model (checked 2026-11-27); the card lists its architecture.',
      ),
      modelCard: open(E.euroCard, 'Model card with languages, architecture, results and limits.'),
      license: open(E.euroCard, 'Apache 2.0, an OSI-approved license.'),
      api: closed(E.euroCard, 'Offered for download; we found no hosted API from the makers.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'granite-4-0',
    name: 'IBM Granite 4.0',
    organization: 'IBM',
    firstRelease: '2025-10-02',
    releaseSource: E.graniteLaunch.source,
    summary:
      "IBM's hybrid Mamba-Transformer model family for enterprise tasks, under Apache 2.0 with cryptographically signed checkpoints.",
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: 'H-Small', total: 32e9, active: 9e9},
        {name: 'H-Tiny', total: 7e9, active: 1e9},
        {name: 'H-Micro', total: 3e9},
        {name: 'Micro', total: 3e9},
      ],
      ...E.graniteLaunch,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      'Download from Hugging Face (ibm-granite) or use IBM watsonx.ai; runs in Ollama, vLLM and llama.cpp.',
    openness: {
      weights: open(E.graniteCard, 'Base and instruct weights under Apache 2.0, no gate.'),
      inferenceCode: open(E.graniteCard, 'Supported in Transformers and vLLM; usage code in the card.'),
      trainingCode: closed(E.graniteLaunch, 'Training code not released.'),
      trainingData: closed(E.graniteCard, 'Trained on about 15T tokens; the data itself is not released.'),
      dataDocumentation: partial(
        E.graniteCard,
        'Data categories and training stages described, not a dataset list.',
      ),
      paper: partial(
        E.graniteLaunch,
        'An announcement and model cards describe the design; no full technical report.',
      ),
      modelCard: open(E.graniteCard, 'Model card with uses, languages, evaluation and limits.'),
      license: open(E.graniteCard, 'Apache 2.0, an OSI-approved license.'),
      api: open(E.graniteLaunch, 'Available on IBM watsonx.ai and through partner platforms.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'nemotron-nano-2',
    name: 'NVIDIA Nemotron Nano 2',
    organization: 'NVIDIA',
    firstRelease: '2025-08-18',
    releaseSource: E.nemoCard.source,
    summary:
      'A hybrid Mamba-Transformer reasoning model released with most of its pre-training and post-training data.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: 'Nano 9B v2', total: 9e9},
        {name: 'Nano 12B v2 Base', total: 12e9},
      ],
      ...E.nemoCard,
    },
    license: 'nvidia-open-model-license',
    access: ['weights', 'api'],
    howToGet: 'Download from Hugging Face (nvidia/NVIDIA-Nemotron-Nano-9B-v2) or try it on build.nvidia.com.',
    openness: {
      weights: partial(
        E.nemoCard,
        'Downloadable under the NVIDIA Open Model License, custom terms with conditions.',
      ),
      inferenceCode: open(E.nemoCard, 'Runs in Transformers, vLLM and TensorRT-LLM; usage code in the card.'),
      trainingCode: partial(
        E.nemoPaper,
        "NVIDIA's training frameworks are open source; we found no release of this model's own scripts.",
      ),
      trainingData: partial(
        E.nemoPretrainData,
        'Large parts of the pre-training and post-training data released, some behind an access agreement.',
      ),
      dataDocumentation: open(
        E.nemoBaseCard,
        'Dataset counts, sizes, languages and collection periods listed.',
      ),
      paper: open(E.nemoPaper, 'Technical report on arXiv with architecture, data and training details.'),
      modelCard: open(E.nemoCard, 'Model card with uses, limits, evaluation and safety notes.'),
      license: partial(E.nemoLicense, 'NVIDIA Open Model License: custom terms, not OSI-approved.'),
      api: open(E.nemoApi, "Hosted on NVIDIA's API catalogue (build.nvidia.com)."),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
]);
