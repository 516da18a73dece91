/** DeepSeek. One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, CORRECTED, G} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    organization: 'DeepSeek (Hangzhou, China)',
    firstRelease: '2024-12-26',
    releaseSource: E.dsV3.source,
    summary:
      "A 671B mixture-of-experts model (37B active). The December 2024 checkpoint's weights use the DeepSeek Model License; DeepSeek-V3-0324 (2025-03-24) and later V3.x checkpoints are MIT.",
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 671e9, active: 37e9}], ...E.dsV3},
    license: 'deepseek-model-license',
    access: ['weights', 'api', 'app'],
    howToGet:
      'Download from Hugging Face (deepseek-ai/DeepSeek-V3); DeepSeek also runs a chatbot and an OpenAI-compatible API.',
    openness: {
      weights: partial(
        E.dsV3,
        'The December 2024 checkpoint is downloadable under the use-restricted DeepSeek Model License.',
      ),
      inferenceCode: open(E.dsV3, 'Code released under MIT.'),
      trainingCode: closed(E.dsV3, 'Training code not released.'),
      trainingData: closed(E.dsV3, 'Training data not released.'),
      dataDocumentation: partial(
        E.dsV3Report,
        'The report gives 14.8T tokens and broad composition, not the sources.',
      ),
      paper: open(
        E.dsV3Report,
        'Technical report on arXiv with architecture, training infrastructure and method.',
      ),
      modelCard: partial(
        E.dsV3,
        'The Hugging Face card gives architecture, benchmarks and how to run it; no intended uses or limits.',
      ),
      license: partial(
        E.dsV3,
        'Original checkpoint (2024-12-26): custom DeepSeek Model License with use restrictions. MIT since 2025-03-24 (V3-0324) for later V3 checkpoints, according to reports; see the DeepSeek-V3.2 record.',
      ),
      api: open(E.dsR1, 'DeepSeek offers an OpenAI-compatible API.'),
    },
    guidePages: [G.alternatives],
    lastVerified: CORRECTED,
    changes: [
      {
        date: '2026-11-27',
        what: 'Corrected the summary and license note: V3-0324 and later V3 checkpoints are MIT; the December 2024 weights keep the DeepSeek Model License.',
        source: 'deepseek-v3-0324-report',
      },
      {
        date: '2025-03-24',
        what: 'License changed to MIT with the DeepSeek-V3-0324 checkpoint.',
        source: 'deepseek-v3-0324-report',
      },
    ],
  },
  {
    id: 'deepseek-r1',
    name: 'DeepSeek-R1',
    organization: 'DeepSeek (Hangzhou, China)',
    firstRelease: '2025-01',
    releaseSource: E.dsR1.source,
    summary:
      "A reasoning model trained with large-scale reinforcement learning on DeepSeek-V3-Base; the 671B weights are MIT-licensed, the distilled models keep their base models' licenses.",
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 671e9, active: 37e9}],
      note: 'Distilled versions from 1.5B to 70B were released too: the Qwen-based ones derive from Apache-2.0 Qwen2.5, the Llama-based 8B and 70B stay under the Llama 3.1 and Llama 3.3 licenses.',
      ...E.dsR1,
    },
    license: 'MIT',
    access: ['weights', 'api', 'app'],
    howToGet:
      'Download from Hugging Face (deepseek-ai); distilled sizes run in Ollama; DeepSeek also runs a chatbot and API.',
    openness: {
      weights: open(E.dsR1, 'Weights released under MIT.'),
      inferenceCode: open(
        E.dsR1,
        'Runs with the MIT-licensed DeepSeek-V3 code and open engines the README lists (vLLM, SGLang).',
      ),
      trainingCode: closed(E.dsR1, 'Training code not released.'),
      trainingData: closed(E.dsR1, 'Training data not released.'),
      dataDocumentation: partial(
        E.dsR1Paper,
        'The paper describes the cold-start and reinforcement-learning data in outline; the base data is only sized.',
      ),
      paper: open(
        E.dsR1Paper,
        'Paper on arXiv describing the reinforcement-learning recipe and distillation.',
      ),
      modelCard: partial(E.dsR1, 'The README gives benchmarks and usage; no intended uses or limits.'),
      license: open(
        E.dsR1License,
        'MIT for R1 itself. Not every distill is MIT: the Llama-based 8B and 70B distills remain under the Llama 3.1 and 3.3 licenses.',
      ),
      api: open(E.dsR1, 'OpenAI-compatible API from DeepSeek.'),
    },
    guidePages: [G.alternatives, G.choose],
    lastVerified: CORRECTED,
  },
  {
    id: 'deepseek-v3-2',
    name: 'DeepSeek-V3.2',
    organization: 'DeepSeek (Hangzhou, China)',
    firstRelease: '2025-12-01',
    releaseSource: E.dsV32Release.source,
    summary:
      'The current V3.x checkpoint: a mixture-of-experts model with DeepSeek Sparse Attention, weights and code under MIT.',
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 671e9}],
      note: 'The reference inference configuration is for the 671B model; the active count per token is not recorded here.',
      ...E.dsV32Exp,
    },
    license: 'MIT',
    access: ['weights', 'api', 'app'],
    howToGet:
      'Download from Hugging Face (deepseek-ai/DeepSeek-V3.2); DeepSeek serves it in its chatbot and API.',
    openness: {
      weights: open(E.dsV32Card, 'Weights on Hugging Face under MIT.'),
      inferenceCode: open(
        E.dsV32Exp,
        'Inference demo code in the V3.2-Exp repository, plus open kernels; vLLM and SGLang support it.',
      ),
      trainingCode: closed(E.dsV32Exp, 'Inference code and kernels only; no training pipeline.'),
      trainingData: closed(E.dsV32Card, 'Training data not released.'),
      dataDocumentation: partial(
        E.dsV32Card,
        'The card describes its synthetic agentic-task data pipeline, not the pre-training corpus.',
      ),
      paper: open(
        E.dsV32Card,
        'Technical report linked from the model card (sparse attention, RL, agentic data).',
      ),
      modelCard: open(E.dsV32Card, 'Hugging Face model card with benchmarks and usage notes.'),
      license: open(
        E.dsV32Exp,
        'MIT for the repository and the weights. V3 weights moved to MIT with V3-0324 (2025-03-24).',
      ),
      api: open(E.dsV32Release, "Serves DeepSeek's app and API, according to release reports."),
    },
    guidePages: [G.alternatives],
    lastVerified: CORRECTED,
  },
]);
