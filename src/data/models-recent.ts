/**
 * Models and families released from late 2024 to 2026 (issue #12, section 2). Same record type and
 * rules as ./models.ts, which merges this list into the exported, sorted `models`.
 *
 * Every record rates all nine openness dimensions. How we rate, so new records stay consistent:
 *  - weights: open = anyone can download them under terms that allow use, study, change and sharing;
 *    partial = gated behind an agreement, or released under use-restricted or non-commercial terms;
 *  - trainingData: open only when the data itself can be downloaded; partial when part of it can
 *    (for example fine-tuning data only, or behind an access agreement);
 *  - dataDocumentation: open = sources and mixes listed in enough detail to rebuild the corpus;
 *    partial = categories and token counts only;
 *  - license: open only for an OSI-approved license; partial for custom, modified or restricted terms;
 *  - api: open when anyone can call the model through a public API (the maker's or a host's).
 * Evidence comes from the maker's model card, license file, paper or official page wherever one
 * exists; a fact only a secondary source supports says "reported" in its note.
 */
import type {Evidence, Model, Rating, RatingLevel} from './types';

/** Evidence used by the records below, with the date the source showed the fact. */
const R = {
  // Ai2: OLMo 3 and Tülu 3
  olmo3Blog: {source: 'https://allenai.org/blog/olmo3', asOf: '2025-11-20'},
  olmo3Paper: {source: 'https://arxiv.org/abs/2512.13961', asOf: '2025-12'},
  olmo3Card: {source: 'https://huggingface.co/allenai/Olmo-3-1125-32B', asOf: '2025-11'},
  olmoCore: {source: 'https://github.com/allenai/OLMo-core', asOf: '2025-11'},
  tulu3Blog: {source: 'https://allenai.org/blog/tulu-3', asOf: '2024-11-21'},
  tulu3Paper: {source: 'https://arxiv.org/abs/2411.15124', asOf: '2024-11'},
  tulu3Card: {source: 'https://huggingface.co/allenai/Llama-3.1-Tulu-3-70B', asOf: '2024-11'},
  openInstruct: {source: 'https://github.com/allenai/open-instruct', asOf: '2024-11'},
  // Moonshot AI: Kimi K2
  kimiRepo: {source: 'https://github.com/MoonshotAI/Kimi-K2', asOf: '2025-07'},
  kimiLicense: {source: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE', asOf: '2025-07'},
  kimiPaper: {source: 'https://arxiv.org/abs/2507.20534', asOf: '2025-07'},
  kimiApi: {source: 'https://platform.moonshot.ai/docs/overview', asOf: '2025-11'},
  // Alibaba Cloud (Qwen team): Qwen3-Coder
  qwenCoderCard: {source: 'https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct', asOf: '2025-07-22'},
  qwenCoderBlog: {source: 'https://qwenlm.github.io/blog/qwen3-coder/', asOf: '2025-07-22'},
  qwen3Report: {source: 'https://arxiv.org/abs/2505.09388', asOf: '2025-05'},
  qwenCode: {source: 'https://github.com/QwenLM/qwen-code', asOf: '2025-07'},
  // Z.ai (Zhipu AI): GLM-4.5
  glmCard: {source: 'https://huggingface.co/zai-org/GLM-4.5', asOf: '2025-07-28'},
  glmRepo: {source: 'https://github.com/zai-org/GLM-4.5', asOf: '2025-07-28'},
  glmPaper: {source: 'https://arxiv.org/abs/2508.06471', asOf: '2025-08'},
  // Microsoft: Phi-4
  phi4Card: {source: 'https://huggingface.co/microsoft/phi-4', asOf: '2024-12-12'},
  phi4Paper: {source: 'https://arxiv.org/abs/2412.08905', asOf: '2024-12-12'},
  phi4Data: {
    source: 'https://huggingface.co/microsoft/phi-4/blob/main/data_summary_card.md',
    asOf: '2025-11-24',
  },
  phi4Launch: {
    source:
      'https://techcommunity.microsoft.com/blog/aiplatformblog/introducing-phi-4-microsoft%E2%80%99s-newest-small-language-model-specializing-in-comple/4357090',
    asOf: '2024-12-12',
  },
  // IBM: Granite 4.0
  graniteCard: {source: 'https://huggingface.co/ibm-granite/granite-4.0-h-small', asOf: '2025-10-02'},
  graniteLaunch: {
    source:
      'https://www.ibm.com/new/announcements/ibm-granite-4-0-hyper-efficient-high-performance-hybrid-models',
    asOf: '2025-10-02',
  },
  // Swiss AI Initiative: Apertus
  apertusCard: {source: 'https://huggingface.co/swiss-ai/Apertus-70B-2509', asOf: '2025-09-02'},
  apertusPaper: {source: 'https://arxiv.org/abs/2509.14233', asOf: '2025-09'},
  apertusSummary: {
    source: 'https://huggingface.co/swiss-ai/Apertus-70B-2509/blob/main/Apertus_EU_Public_Summary.pdf',
    asOf: '2025-09-01',
  },
  publicAi: {source: 'https://github.com/forpublicai/chat.publicai.co', asOf: '2025-09'},
  // Hugging Face: SmolLM3
  smolCard: {source: 'https://huggingface.co/HuggingFaceTB/SmolLM3-3B', asOf: '2025-07-08'},
  smolBlog: {source: 'https://huggingface.co/blog/smollm3', asOf: '2025-07-08'},
  smolRepo: {source: 'https://github.com/huggingface/smollm', asOf: '2025-07'},
  smolData: {source: 'https://huggingface.co/collections/HuggingFaceTB/smollm3', asOf: '2025-08-12'},
  // Meta: Llama 3.3
  llama33Card: {
    source: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/MODEL_CARD.md',
    asOf: '2024-12-06',
  },
  llama33License: {
    source: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE',
    asOf: '2024-12-06',
  },
  llama3Paper: {source: 'https://arxiv.org/abs/2407.21783', asOf: '2024-07'},
  llama33Router: {source: 'https://openrouter.ai/meta-llama/llama-3.3-70b-instruct', asOf: '2025'},
  // Cohere: Command A
  commandACard: {source: 'https://huggingface.co/CohereLabs/c4ai-command-a-03-2025', asOf: '2025-03'},
  commandAPaper: {source: 'https://arxiv.org/abs/2504.00698', asOf: '2025-04'},
  commandADocs: {source: 'https://docs.cohere.com/docs/command-a', asOf: '2025-03'},
  // NVIDIA: Nemotron Nano 2
  nemoCard: {source: 'https://huggingface.co/nvidia/NVIDIA-Nemotron-Nano-9B-v2', asOf: '2025-08-18'},
  nemoBaseCard: {
    source: 'https://huggingface.co/nvidia/NVIDIA-Nemotron-Nano-9B-v2-Base',
    asOf: '2025-08-18',
  },
  nemoPaper: {source: 'https://arxiv.org/abs/2508.14444', asOf: '2025-08'},
  nemoPretrainData: {
    source: 'https://huggingface.co/datasets/nvidia/Nemotron-Pretraining-Code-v1',
    asOf: '2025-08',
  },
  nemoLicense: {
    source: 'https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/',
    asOf: '2025-08',
  },
  nemoApi: {source: 'https://build.nvidia.com/nvidia/nvidia-nemotron-nano-9b-v2', asOf: '2025-08'},
  // ByteDance Seed: Seed-OSS-36B
  seedCard: {source: 'https://huggingface.co/ByteDance-Seed/Seed-OSS-36B-Instruct', asOf: '2025-08'},
  seedRepo: {source: 'https://github.com/ByteDance-Seed/seed-oss', asOf: '2025-08'},
  seedBaseWoSyn: {source: 'https://huggingface.co/ByteDance-Seed/Seed-OSS-36B-Base-woSyn', asOf: '2025-08'},
  // Anthropic: Claude Opus 5.5 (closed)
  opus55Docs: {source: 'https://platform.claude.com/docs/en/models/opus-5-5/overview', asOf: '2026-11'},
  opus5Docs: {source: 'https://platform.claude.com/docs/en/models/opus-5/overview', asOf: '2026-11'},
  opus55Tracker: {
    source: 'https://github.com/jakemanger/whatmodel/blob/main/pages/model/claude-opus-5-5.md',
    asOf: '2026-10',
  },
  // Google: Gemini 3.1 Pro (closed)
  gemini31Docs: {
    source: 'https://ai.google.dev/gemini-api/docs/models/gemini-3.1-pro-preview',
    asOf: '2026-02',
  },
  geminiChangelog: {source: 'https://ai.google.dev/gemini-api/docs/changelog', asOf: '2026-02-19'},
} satisfies Record<string, Evidence>;

function rate(level: RatingLevel, ev: Evidence, note: string): Rating {
  return {level, note, ...ev};
}
const open = (ev: Evidence, note: string) => rate('open', ev, note);
const partial = (ev: Evidence, note: string) => rate('partial', ev, note);
const closed = (ev: Evidence, note: string) => rate('closed', ev, note);

const VERIFIED = '2026-11-27';

/** Guide routes. The open-alternatives page lists every model in its full table; closed-models lists the hosted ones. */
const G = {
  alternatives: '/guide/open-alternatives/',
  closed: '/guide/closed-models/',
} as const;

/** Ratings shared by hosted-only models: nothing but the service is released. */
function hostedOnly(ev: Evidence, maker: string) {
  return {
    weights: closed(ev, `Weights not released; the model runs only on ${maker} and partner servers.`),
    inferenceCode: closed(ev, 'No inference code; access is through apps and the API only.'),
    trainingCode: closed(ev, 'Training code not released.'),
    trainingData: closed(ev, 'Training data not released.'),
  };
}

const recentRecords = [
  {
    id: 'tulu-3',
    name: 'Tülu 3',
    organization: 'Allen Institute for AI (Ai2)',
    firstRelease: '2024-11-21',
    releaseSource: R.tulu3Blog.source,
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
      ...R.tulu3Card,
    },
    license: 'llama-3-1-community',
    access: ['weights'],
    howToGet:
      'Download from Hugging Face (allenai/Llama-3.1-Tulu-3-8B or -70B) and accept the Llama 3.1 license terms.',
    openness: {
      weights: partial(
        R.tulu3Card,
        'Downloadable, but under the Llama 3.1 license inherited from the base model.',
      ),
      inferenceCode: open(
        R.openInstruct,
        'Runs in standard open runtimes; evaluation and inference code published.',
      ),
      trainingCode: partial(
        R.openInstruct,
        'Post-training code (open-instruct) is released; the Llama 3.1 pre-training code is not.',
      ),
      trainingData: partial(
        R.tulu3Blog,
        "All fine-tuning and preference data released; the base model's pre-training data is not.",
      ),
      dataDocumentation: partial(
        R.tulu3Paper,
        'Post-training mixes documented in detail; pre-training data only as Meta describes it.',
      ),
      paper: open(R.tulu3Paper, 'Detailed technical report on arXiv covering data, recipe and evaluation.'),
      modelCard: open(R.tulu3Card, 'Hugging Face model card with intended use, limits and results.'),
      license: partial(
        R.tulu3Card,
        'Llama 3.1 Community License: custom terms with an acceptable use policy.',
      ),
      api: closed(R.tulu3Blog, 'The release is for self-hosting; no hosted API is offered with it.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'llama-3-3-70b',
    name: 'Llama 3.3 70B',
    organization: 'Meta',
    firstRelease: '2024-12-06',
    releaseSource: R.llama33Card.source,
    summary: 'A 70B text-only instruction-tuned Llama model under its own Llama 3.3 Community License.',
    modalities: ['text', 'code'],
    parameters: {status: 'disclosed', sizes: [{total: 70e9}], ...R.llama33Card},
    license: 'llama-3-3-community',
    access: ['weights', 'api'],
    howToGet:
      'Request access on Hugging Face (meta-llama/Llama-3.3-70B-Instruct) or from Meta; many API providers host it.',
    openness: {
      weights: partial(R.llama33Card, 'Downloadable after accepting a custom license with use restrictions.'),
      inferenceCode: partial(
        R.llama33License,
        "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
      ),
      trainingCode: closed(R.llama33Card, 'Training code not released.'),
      trainingData: closed(R.llama33Card, 'Pretrained on 15T+ tokens of public online data; not released.'),
      dataDocumentation: partial(
        R.llama33Card,
        'Token count, cutoff and broad sources only; no dataset list.',
      ),
      paper: partial(
        R.llama3Paper,
        'The Llama 3 herd paper covers the family; there is no report for 3.3 itself.',
      ),
      modelCard: open(R.llama33Card, 'Model card with intended use, benchmarks and safety notes.'),
      license: partial(
        R.llama33License,
        'Llama 3.3 Community License with an acceptable use policy and a 700M-user clause.',
      ),
      api: open(R.llama33Router, 'Offered by many third-party API providers.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'phi-4',
    name: 'Phi-4',
    organization: 'Microsoft',
    firstRelease: '2024-12-12',
    releaseSource: R.phi4Card.source,
    summary:
      'A 14B dense small language model trained largely on synthetic and filtered data, released under the MIT license.',
    modalities: ['text', 'code'],
    parameters: {status: 'disclosed', sizes: [{total: 14e9}], ...R.phi4Card},
    license: 'MIT',
    access: ['weights', 'api'],
    howToGet: 'Download from Hugging Face (microsoft/phi-4) or use it in Azure AI Foundry; runs in Ollama.',
    openness: {
      weights: open(R.phi4Card, 'Weights on Hugging Face under MIT, no gate.'),
      inferenceCode: open(R.phi4Card, 'Runs with Hugging Face Transformers; usage code in the model card.'),
      trainingCode: closed(R.phi4Paper, 'Training code not released.'),
      trainingData: closed(
        R.phi4Data,
        'About 9.8T tokens of synthetic, filtered web, licensed and chat data; not released.',
      ),
      dataDocumentation: partial(
        R.phi4Data,
        'A data summary card lists source categories and sizes, not datasets.',
      ),
      paper: open(R.phi4Paper, 'Technical report on arXiv with data-generation and training details.'),
      modelCard: open(R.phi4Card, 'Model card with intended uses, limits, safety and benchmarks.'),
      license: open(R.phi4Card, 'MIT, an OSI-approved license.'),
      api: open(R.phi4Launch, 'Available as a hosted model in Azure AI Foundry from launch.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'command-a',
    name: 'Command A',
    organization: 'Cohere',
    firstRelease: '2025-03',
    releaseSource: R.commandACard.source,
    summary:
      "Cohere's 111B enterprise model for agents, tools and retrieval; weights for research use only, commercial use through Cohere.",
    modalities: ['text', 'code'],
    parameters: {status: 'disclosed', sizes: [{total: 111e9}], ...R.commandACard},
    license: 'CC-BY-NC-4.0',
    access: ['weights', 'api'],
    howToGet:
      "Use it through Cohere's API; research weights are on Hugging Face (CohereLabs/c4ai-command-a-03-2025) after accepting the terms.",
    openness: {
      weights: partial(R.commandACard, 'Downloadable after agreeing to terms; non-commercial use only.'),
      inferenceCode: open(
        R.commandACard,
        'Supported in Hugging Face Transformers; usage code in the model card.',
      ),
      trainingCode: closed(R.commandAPaper, 'Training code not released.'),
      trainingData: closed(R.commandAPaper, 'Training data not released.'),
      dataDocumentation: partial(
        R.commandAPaper,
        'The report describes data sources and mixes in broad terms.',
      ),
      paper: open(R.commandAPaper, 'Technical report on arXiv with architecture, training and evaluation.'),
      modelCard: open(R.commandACard, 'Hugging Face model card with uses, languages and evaluation.'),
      license: partial(R.commandACard, 'CC-BY-NC 4.0 plus an acceptable use policy: no commercial use.'),
      api: open(R.commandADocs, "Available in Cohere's API and its cloud partners."),
    },
    guidePages: [G.alternatives, G.closed],
    lastVerified: VERIFIED,
  },
  {
    id: 'smollm3',
    name: 'SmolLM3',
    organization: 'Hugging Face',
    firstRelease: '2025-07-08',
    releaseSource: R.smolBlog.source,
    summary:
      'A fully open 3B model with a reasoning mode and six languages, released with its data mixture and training configs.',
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 3e9}], ...R.smolCard},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet:
      'Download from Hugging Face (HuggingFaceTB/SmolLM3-3B); runs in Transformers, vLLM and llama.cpp.',
    openness: {
      weights: open(R.smolCard, 'Base, instruct and intermediate checkpoints under Apache 2.0.'),
      inferenceCode: open(R.smolCard, 'Supported in Transformers and vLLM; usage code in the model card.'),
      trainingCode: open(R.smolRepo, 'Training configs and code published in huggingface/smollm.'),
      trainingData: open(R.smolData, 'Pre-training datasets published as a Hugging Face collection.'),
      dataDocumentation: open(R.smolBlog, 'Data mixture per training stage documented with the release.'),
      paper: partial(R.smolBlog, 'A long engineering blog post with the recipe; no peer-reviewed paper.'),
      modelCard: open(R.smolCard, 'Model card with uses, limits and evaluations.'),
      license: open(R.smolCard, 'Apache 2.0, an OSI-approved license.'),
      api: closed(R.smolCard, 'Released for self-hosting; the maker runs no API for it.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'kimi-k2',
    name: 'Kimi K2',
    organization: 'Moonshot AI',
    firstRelease: '2025-07-11',
    releaseSource: R.kimiRepo.source,
    summary:
      'A 1-trillion-parameter mixture-of-experts model for coding and agents, under a modified MIT license with an attribution rule.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 1e12, active: 32e9}],
      note: 'Base and Instruct variants; Kimi K2 Thinking (November 2025) builds on the same base.',
      ...R.kimiRepo,
    },
    license: 'kimi-k2-modified-mit',
    access: ['weights', 'api', 'app'],
    howToGet:
      "Download from Hugging Face (moonshotai), use Moonshot's API or the Kimi app; self-hosting needs a multi-GPU server.",
    openness: {
      weights: open(R.kimiRepo, 'Base and Instruct weights downloadable without a gate.'),
      inferenceCode: open(R.kimiRepo, 'Deployment guides for vLLM, SGLang and other open engines.'),
      trainingCode: closed(R.kimiPaper, 'Training code not released.'),
      trainingData: closed(R.kimiPaper, 'About 15.5T pre-training tokens; not released.'),
      dataDocumentation: partial(
        R.kimiPaper,
        'The report describes data domains and rephrasing, not the datasets.',
      ),
      paper: open(
        R.kimiPaper,
        'Technical report on arXiv with architecture, optimizer and training details.',
      ),
      modelCard: open(R.kimiRepo, 'README model card with architecture, evaluation and usage.'),
      license: partial(
        R.kimiLicense,
        'MIT with an added rule: very large products must show "Kimi K2" in their UI.',
      ),
      api: open(R.kimiApi, "Available on Moonshot's API platform and through third-party hosts."),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'qwen3-coder',
    name: 'Qwen3-Coder',
    organization: 'Alibaba Cloud (Qwen team)',
    firstRelease: '2025-07-22',
    releaseSource: R.qwenCoderBlog.source,
    summary:
      "Qwen's agentic coding model family; the flagship is a 480B mixture-of-experts model under Apache 2.0.",
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [{name: '480B-A35B', total: 480e9, active: 35e9}],
      note: 'A smaller 30B-A3B version followed.',
      ...R.qwenCoderCard,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      "Download from Hugging Face (Qwen/Qwen3-Coder-480B-A35B-Instruct), use Alibaba Cloud's API, or run it from the Qwen Code command-line tool.",
    openness: {
      weights: open(R.qwenCoderCard, 'Weights on Hugging Face under Apache 2.0, no gate.'),
      inferenceCode: open(
        R.qwenCode,
        'Runs in Transformers and vLLM; the Qwen Code agent tool is open source.',
      ),
      trainingCode: closed(R.qwenCoderBlog, 'Training code not released.'),
      trainingData: closed(R.qwenCoderBlog, 'Training data not released.'),
      dataDocumentation: partial(
        R.qwenCoderBlog,
        'The release post gives token counts and the code share, not the datasets.',
      ),
      paper: partial(
        R.qwen3Report,
        'The Qwen3 technical report covers the family; no separate Coder report.',
      ),
      modelCard: open(R.qwenCoderCard, 'Hugging Face model card with usage, settings and evaluation.'),
      license: open(R.qwenCoderCard, 'Apache 2.0, an OSI-approved license.'),
      api: open(R.qwenCoderBlog, "Offered through Alibaba Cloud's model API and third-party hosts."),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'glm-4-5',
    name: 'GLM-4.5',
    organization: 'Z.ai (Zhipu AI)',
    firstRelease: '2025-07-28',
    releaseSource: R.glmCard.source,
    summary:
      'A mixture-of-experts model for reasoning, coding and agents, with a smaller Air variant, under the MIT license.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: 'GLM-4.5', total: 355e9, active: 32e9},
        {name: 'GLM-4.5-Air', total: 106e9, active: 12e9},
      ],
      ...R.glmCard,
    },
    license: 'MIT',
    access: ['weights', 'api', 'app'],
    howToGet: "Download from Hugging Face (zai-org/GLM-4.5) or use Z.ai's API and chat app.",
    openness: {
      weights: open(R.glmCard, 'Base, hybrid-reasoning and FP8 weights under MIT, no gate.'),
      inferenceCode: open(R.glmRepo, 'Inference code and vLLM/SGLang instructions in zai-org/GLM-4.5.'),
      trainingCode: partial(
        R.glmPaper,
        'The reinforcement-learning framework is open source; pre-training code is not.',
      ),
      trainingData: closed(R.glmPaper, 'Training data not released.'),
      dataDocumentation: partial(R.glmPaper, 'The report describes data sources and stages in broad terms.'),
      paper: open(R.glmPaper, 'Technical report on arXiv with architecture and training details.'),
      modelCard: open(R.glmCard, 'Hugging Face model card with evaluation and usage.'),
      license: open(R.glmCard, 'MIT, an OSI-approved license.'),
      api: open(R.glmCard, "Served by Z.ai's API platform and by third-party hosts."),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'nemotron-nano-2',
    name: 'NVIDIA Nemotron Nano 2',
    organization: 'NVIDIA',
    firstRelease: '2025-08-18',
    releaseSource: R.nemoCard.source,
    summary:
      'A hybrid Mamba-Transformer reasoning model released with most of its pre-training and post-training data.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: 'Nano 9B v2', total: 9e9},
        {name: 'Nano 12B v2 Base', total: 12e9},
      ],
      ...R.nemoCard,
    },
    license: 'nvidia-open-model-license',
    access: ['weights', 'api'],
    howToGet: 'Download from Hugging Face (nvidia/NVIDIA-Nemotron-Nano-9B-v2) or try it on build.nvidia.com.',
    openness: {
      weights: partial(
        R.nemoCard,
        'Downloadable under the NVIDIA Open Model License, custom terms with conditions.',
      ),
      inferenceCode: open(R.nemoCard, 'Runs in Transformers, vLLM and TensorRT-LLM; usage code in the card.'),
      trainingCode: partial(
        R.nemoPaper,
        "NVIDIA's training frameworks are open source; we found no release of this model's own scripts.",
      ),
      trainingData: partial(
        R.nemoPretrainData,
        'Large parts of the pre-training and post-training data released, some behind an access agreement.',
      ),
      dataDocumentation: open(
        R.nemoBaseCard,
        'Dataset counts, sizes, languages and collection periods listed.',
      ),
      paper: open(R.nemoPaper, 'Technical report on arXiv with architecture, data and training details.'),
      modelCard: open(R.nemoCard, 'Model card with uses, limits, evaluation and safety notes.'),
      license: partial(R.nemoLicense, 'NVIDIA Open Model License: custom terms, not OSI-approved.'),
      api: open(R.nemoApi, "Hosted on NVIDIA's API catalogue (build.nvidia.com)."),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'seed-oss-36b',
    name: 'Seed-OSS-36B',
    organization: 'ByteDance Seed',
    firstRelease: '2025-08',
    releaseSource: R.seedCard.source,
    summary:
      "ByteDance's first open-weight language model family: a 36B dense model with long context, under Apache 2.0.",
    modalities: ['text', 'code'],
    parameters: {status: 'disclosed', sizes: [{total: 36e9}], ...R.seedCard},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet:
      'Download from Hugging Face (ByteDance-Seed/Seed-OSS-36B-Instruct or the two Base versions); runs in vLLM and Transformers.',
    openness: {
      weights: open(R.seedCard, 'Instruct and Base weights under Apache 2.0, no gate.'),
      inferenceCode: open(R.seedRepo, 'Inference code and vLLM instructions in ByteDance-Seed/seed-oss.'),
      trainingCode: closed(R.seedRepo, 'Training code not released.'),
      trainingData: closed(R.seedCard, 'Training data not released.'),
      dataDocumentation: partial(
        R.seedBaseWoSyn,
        'Token count given, and a Base variant trained without synthetic instruction data; sources not listed.',
      ),
      paper: closed(R.seedCard, 'No technical report found; the model card gives architecture and results.'),
      modelCard: open(R.seedCard, 'Model card with architecture, benchmarks and usage.'),
      license: open(R.seedCard, 'Apache 2.0, an OSI-approved license.'),
      api: closed(R.seedCard, 'Released for self-hosting; no API from the maker is listed.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'apertus',
    name: 'Apertus',
    organization: 'Swiss AI Initiative (EPFL, ETH Zurich, CSCS)',
    firstRelease: '2025-09-02',
    releaseSource: R.apertusCard.source,
    summary:
      "Switzerland's fully open multilingual model family, released with weights, data recipes, code and an EU training-data summary.",
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: '8B', total: 8e9},
        {name: '70B', total: 70e9},
      ],
      ...R.apertusCard,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      'Download from Hugging Face (swiss-ai/Apertus-8B-2509, -70B-2509) or use the Public AI utility.',
    openness: {
      weights: open(R.apertusCard, 'Base and instruct weights under Apache 2.0.'),
      inferenceCode: open(R.apertusCard, 'Supported in Transformers and vLLM; usage code in the card.'),
      trainingCode: open(R.apertusPaper, 'Pre-training and post-training code published with the report.'),
      trainingData: open(
        R.apertusPaper,
        'Built only from public datasets; scripts to rebuild the corpus, with opt-outs applied, are published.',
      ),
      dataDocumentation: open(
        R.apertusSummary,
        'Detailed data description plus an EU AI Act public training-data summary.',
      ),
      paper: open(R.apertusPaper, 'Technical report on arXiv covering data, architecture and evaluation.'),
      modelCard: open(R.apertusCard, 'Model card with uses, limits and evaluation.'),
      license: open(R.apertusCard, 'Apache 2.0, an OSI-approved license.'),
      api: open(R.publicAi, 'Hosted by the nonprofit Public AI Inference Utility, which offers an API.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'granite-4-0',
    name: 'IBM Granite 4.0',
    organization: 'IBM',
    firstRelease: '2025-10-02',
    releaseSource: R.graniteLaunch.source,
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
      ...R.graniteLaunch,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      'Download from Hugging Face (ibm-granite) or use IBM watsonx.ai; runs in Ollama, vLLM and llama.cpp.',
    openness: {
      weights: open(R.graniteCard, 'Base and instruct weights under Apache 2.0, no gate.'),
      inferenceCode: open(R.graniteCard, 'Supported in Transformers and vLLM; usage code in the card.'),
      trainingCode: closed(R.graniteLaunch, 'Training code not released.'),
      trainingData: closed(R.graniteCard, 'Trained on about 15T tokens; the data itself is not released.'),
      dataDocumentation: partial(
        R.graniteCard,
        'Data categories and training stages described, not a dataset list.',
      ),
      paper: partial(
        R.graniteLaunch,
        'An announcement and model cards describe the design; no full technical report.',
      ),
      modelCard: open(R.graniteCard, 'Model card with uses, languages, evaluation and limits.'),
      license: open(R.graniteCard, 'Apache 2.0, an OSI-approved license.'),
      api: open(R.graniteLaunch, 'Available on IBM watsonx.ai and through partner platforms.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'olmo-3',
    name: 'OLMo 3',
    organization: 'Allen Institute for AI (Ai2)',
    firstRelease: '2025-11-20',
    releaseSource: R.olmo3Blog.source,
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
      ...R.olmo3Card,
    },
    license: 'Apache-2.0',
    access: ['weights', 'app'],
    howToGet:
      "Download from Hugging Face (allenai) or try it in Ai2's Playground; data and code are linked from the release.",
    openness: {
      weights: open(R.olmo3Card, 'Final and intermediate checkpoints under Apache 2.0.'),
      inferenceCode: open(R.olmoCore, 'Supported in Transformers and vLLM; code in allenai/OLMo-core.'),
      trainingCode: open(R.olmoCore, 'Pre-training (OLMo-core) and post-training code released.'),
      trainingData: open(
        R.olmo3Paper,
        'Pre-training (Dolma 3), mid-training and post-training (Dolci) data released.',
      ),
      dataDocumentation: open(R.olmo3Paper, 'Every data mix and processing step documented in the report.'),
      paper: open(R.olmo3Paper, 'Full technical report on arXiv covering the whole model flow.'),
      modelCard: open(R.olmo3Card, 'Hugging Face model cards with uses, limits and evaluations.'),
      license: open(R.olmo3Card, 'Apache 2.0, an OSI-approved license.'),
      api: partial(
        R.olmo3Blog,
        "Ai2's Playground offers a chat demo; API access depends on third-party hosts.",
      ),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'gemini-3-1-pro',
    name: 'Gemini 3.1 Pro',
    organization: 'Google DeepMind',
    firstRelease: '2026-02-19',
    releaseSource: R.geminiChangelog.source,
    summary:
      "Google's Pro-tier Gemini model, released as a preview on 19 February 2026; Google later called the GA Gemini 3.5 Flash (May 2026) its most intelligent model.",
    modalities: ['text', 'code', 'image', 'audio', 'video'],
    parameters: {
      status: 'not-disclosed',
      note: 'Google has not disclosed parameter counts.',
      ...R.gemini31Docs,
    },
    license: 'proprietary',
    access: ['app', 'api'],
    howToGet: 'Through the Gemini app, Google AI Studio, the Gemini API and Vertex AI; no download.',
    openness: {
      ...hostedOnly(R.gemini31Docs, 'Google'),
      dataDocumentation: closed(
        R.gemini31Docs,
        'Only a knowledge cutoff (January 2025) is given for the data.',
      ),
      paper: closed(R.gemini31Docs, 'No technical report for this model version.'),
      modelCard: partial(
        R.gemini31Docs,
        'A developer page lists inputs, limits and features; not a full model card.',
      ),
      license: closed(R.gemini31Docs, 'Proprietary terms of service.'),
      api: open(R.geminiChangelog, 'Available in the Gemini API as gemini-3.1-pro-preview.'),
    },
    guidePages: [G.closed, G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'claude-opus-5-5',
    name: 'Claude Opus 5.5',
    organization: 'Anthropic',
    firstRelease: '2026-09',
    releaseSource: R.opus55Tracker.source,
    summary:
      "Anthropic's current Opus model per its docs (released September 2026, per a third-party tracker); the docs also list a higher-priced Fable tier.",
    modalities: ['text', 'code', 'image'],
    parameters: {
      status: 'not-disclosed',
      note: 'Anthropic has not disclosed parameter counts.',
      ...R.opus55Docs,
    },
    license: 'proprietary',
    access: ['app', 'api'],
    howToGet: "Through claude.ai, Anthropic's API (claude-opus-5-5) and cloud partners; no download.",
    openness: {
      ...hostedOnly(R.opus55Docs, 'Anthropic'),
      dataDocumentation: closed(R.opus55Docs, 'Only a knowledge cutoff (June 2026) is given for the data.'),
      paper: closed(R.opus55Docs, 'No technical report; the docs give capabilities and prices.'),
      modelCard: partial(
        R.opus55Docs,
        'A model overview page lists capabilities and limits; we did not rate a system card.',
      ),
      license: closed(R.opus5Docs, 'Proprietary terms of service.'),
      api: open(R.opus55Docs, "Listed in Anthropic's API with per-token prices."),
    },
    guidePages: [G.closed, G.alternatives],
    lastVerified: VERIFIED,
  },
] satisfies Model[];

/* ------------------------------------------------------------------------------------------ */
/* Second pass (issue #12 §2): models the first pass skipped, checked 2026-11-27.               */
/* ------------------------------------------------------------------------------------------ */

const R2 = {
  // Ai2: OLMo 3.1
  olmo31Card: {source: 'https://huggingface.co/allenai/Olmo-3.1-32B-Think', asOf: '2026-01-05'},
  olmo31Instruct: {source: 'https://huggingface.co/allenai/Olmo-3.1-32B-Instruct', asOf: '2025-12'},
  olmo31Router: {source: 'https://openrouter.ai/allenai/olmo-3.1-32b-think', asOf: '2025-12-16'},
  olmo3Collection: {source: 'https://huggingface.co/collections/allenai/olmo-3', asOf: '2025-12'},
  // Microsoft: Phi-4-reasoning
  phi4rCard: {source: 'https://huggingface.co/microsoft/Phi-4-reasoning', asOf: '2025-04-30'},
  phi4rPaper: {source: 'https://arxiv.org/abs/2504.21318', asOf: '2025-04'},
  phi4rRouter: {source: 'https://openrouter.ai/microsoft/phi-4-reasoning:free', asOf: '2025-05-01'},
  // Z.ai: GLM-5
  glm5Card: {source: 'https://huggingface.co/zai-org/GLM-5', asOf: '2026-02'},
  glm5License: {source: 'https://github.com/zai-org/GLM-5/blob/main/LICENSE', asOf: '2026-02'},
  glm5Blog: {source: 'https://z.ai/blog/glm-5', asOf: '2026-02'},
  glm5Api: {source: 'https://docs.z.ai/guides/llm/glm-5', asOf: '2026-02'},
  glm5Bedrock: {
    source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-zai-glm-5.html',
    asOf: '2026-11',
  },
  slime: {source: 'https://github.com/THUDM/slime', asOf: '2026-02'},
  // EuroLLM consortium: EuroLLM-22B
  euroCard: {source: 'https://huggingface.co/utter-project/EuroLLM-22B-Instruct-2512', asOf: '2025-12'},
  euroBaseCard: {source: 'https://huggingface.co/utter-project/EuroLLM-22B-2512', asOf: '2025-12'},
  // Moonshot AI: Kimi K2.5
  kimi25Card: {source: 'https://huggingface.co/moonshotai/Kimi-K2.5', asOf: '2026-01'},
  kimi25Paper: {source: 'https://arxiv.org/abs/2602.02276', asOf: '2026-02-02'},
  kimi25Blog: {source: 'https://www.kimi.com/blog', asOf: '2026-01-28'},
  // Mistral AI: Devstral Small 2 (secondary sources only for the release date and license)
  devstralCard: {
    source: 'https://huggingface.co/mistralai/Devstral-Small-2-24B-Instruct-2512',
    asOf: '2025-12',
  },
  devstralGateway: {source: 'https://vercel.com/ai-gateway/models/devstral-small-2', asOf: '2026-11'},
  devstralReport: {
    source:
      'https://groundy.com/articles/devstral-2-from-mistral-a-fully-open-source-coding-agent-model-you-can-run-on-a/',
    asOf: '2026-04',
  },
} satisfies Record<string, Evidence>;

const moreRecords = [
  {
    id: 'olmo-3-1',
    name: 'OLMo 3.1',
    organization: 'Allen Institute for AI (Ai2)',
    firstRelease: '2025-12',
    releaseSource: R2.olmo31Card.source,
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
      ...R2.olmo31Card,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      'Download from Hugging Face (allenai/Olmo-3.1-32B-Think or -Instruct); also offered by third-party API hosts.',
    openness: {
      weights: open(R2.olmo31Card, 'Final and intermediate checkpoints under Apache 2.0, no gate.'),
      inferenceCode: open(
        R2.olmo31Card,
        'Runs in Hugging Face Transformers and vLLM; usage code in the card.',
      ),
      trainingCode: open(
        R.olmoCore,
        'Pre-training (OLMo-core) and post-training (open-instruct) code released.',
      ),
      trainingData: open(
        R2.olmo3Collection,
        'Pre-training (Dolma 3) and post-training (Dolci) datasets published on Hugging Face.',
      ),
      dataDocumentation: open(R.olmo3Paper, 'The OLMo 3 report lists the sources and mixes of every stage.'),
      paper: open(R.olmo3Paper, 'The OLMo 3 technical report on arXiv also reports the 3.1 models.'),
      modelCard: open(R2.olmo31Card, 'Hugging Face model card with stages, evaluation and limits.'),
      license: open(R2.olmo31Card, 'Apache 2.0, an OSI-approved license.'),
      api: open(R2.olmo31Router, 'Listed by OpenRouter from December 2025 (a third-party host).'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'phi-4-reasoning',
    name: 'Phi-4-reasoning',
    organization: 'Microsoft',
    firstRelease: '2025-04-30',
    releaseSource: R2.phi4rCard.source,
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
      ...R2.phi4rCard,
    },
    license: 'MIT',
    access: ['weights', 'api'],
    howToGet: 'Download from Hugging Face (microsoft/Phi-4-reasoning); runs in Ollama and through API hosts.',
    openness: {
      weights: open(R2.phi4rCard, 'Weights on Hugging Face under MIT, no gate.'),
      inferenceCode: open(R2.phi4rCard, 'Runs with Hugging Face Transformers; usage code in the model card.'),
      trainingCode: closed(R2.phi4rPaper, 'Fine-tuning and RL code not released.'),
      trainingData: closed(
        R2.phi4rCard,
        'About 16B tokens of chain-of-thought training data (synthetic and filtered web); not released.',
      ),
      dataDocumentation: partial(
        R2.phi4rPaper,
        'The report describes how prompts were chosen and traces made, not the datasets.',
      ),
      paper: open(R2.phi4rPaper, 'Technical report on arXiv with data, training and evaluation.'),
      modelCard: open(R2.phi4rCard, 'Model card with intended uses, limits, safety and benchmarks.'),
      license: open(R2.phi4rCard, 'MIT, an OSI-approved license.'),
      api: open(R2.phi4rRouter, 'Offered through third-party API hosts such as OpenRouter.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'glm-5',
    name: 'GLM-5',
    organization: 'Z.ai (Zhipu AI)',
    firstRelease: '2026-02-11',
    releaseSource: R2.glm5Bedrock.source,
    summary:
      "Z.ai's 744B mixture-of-experts model for coding and long agent tasks, the successor to GLM-4.7, under the MIT license.",
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 744e9, active: 40e9}],
      note: 'Pre-trained on 28.5T tokens, per the model card.',
      ...R2.glm5Card,
    },
    license: 'MIT',
    access: ['weights', 'api', 'app'],
    howToGet:
      "Download from Hugging Face (zai-org/GLM-5), use Z.ai's API or chat.z.ai, or a cloud host such as Amazon Bedrock.",
    openness: {
      weights: open(R2.glm5Card, 'Weights on Hugging Face under MIT, no gate.'),
      inferenceCode: open(R2.glm5Card, 'Supported by open inference engines such as vLLM and SGLang.'),
      trainingCode: partial(
        R2.slime,
        'The slime RL framework used in post-training is open; pre-training code is not.',
      ),
      trainingData: closed(R2.glm5Card, 'Training data not released.'),
      dataDocumentation: closed(
        R2.glm5Card,
        'The model card gives only the pre-training token count; a data section in a technical report is reported but was not checked here.',
      ),
      paper: partial(
        R2.glm5Blog,
        'A technical blog gives architecture, size and training method in outline; we did not rate a full report.',
      ),
      modelCard: open(R2.glm5Card, 'Hugging Face model card with architecture, benchmarks and deployment.'),
      license: open(R2.glm5License, 'MIT, an OSI-approved license.'),
      api: open(R2.glm5Api, "Available in Z.ai's API and through cloud hosts such as Amazon Bedrock."),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'eurollm-22b',
    name: 'EuroLLM-22B',
    organization: 'EuroLLM consortium (Unbabel, IST Lisbon, University of Edinburgh and others)',
    firstRelease: '2025-12',
    releaseSource: R2.euroCard.source,
    summary:
      'An EU-funded 22B multilingual model covering all 24 official EU languages and 11 more, under Apache 2.0.',
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 22e9}],
      note: 'Base and Instruct versions; trained on about 4T tokens.',
      ...R2.euroCard,
    },
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (utter-project/EuroLLM-22B-Instruct-2512); runs in Transformers.',
    openness: {
      weights: open(R2.euroCard, 'Base and Instruct weights under Apache 2.0.'),
      inferenceCode: open(R2.euroCard, 'Runs with Hugging Face Transformers; usage code in the model card.'),
      trainingCode: closed(R2.euroBaseCard, 'The model cards link no training code.'),
      trainingData: closed(R2.euroBaseCard, 'The model cards link no pre-training corpus.'),
      dataDocumentation: partial(
        R2.euroBaseCard,
        'Data categories (web, parallel, curated sets) and the token count only.',
      ),
      paper: closed(
        R2.euroCard,
        'We found no technical report for the 22B model (checked 2026-11-27); the card lists its architecture.',
      ),
      modelCard: open(R2.euroCard, 'Model card with languages, architecture, results and limits.'),
      license: open(R2.euroCard, 'Apache 2.0, an OSI-approved license.'),
      api: closed(R2.euroCard, 'Offered for download; we found no hosted API from the makers.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'kimi-k2-5',
    name: 'Kimi K2.5',
    organization: 'Moonshot AI',
    firstRelease: '2026-01',
    releaseSource: R2.kimi25Blog.source,
    summary:
      'Kimi K2 continued on about 15T mixed text and image tokens: a native multimodal 1T mixture-of-experts model for coding and agents.',
    modalities: ['text', 'code', 'image', 'video'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 1e12, active: 32e9}],
      note: 'Only the post-trained checkpoint is released, per the report.',
      ...R2.kimi25Paper,
    },
    license: 'kimi-k2-modified-mit',
    access: ['weights', 'api', 'app'],
    howToGet:
      "Download from Hugging Face (moonshotai/Kimi-K2.5), use Moonshot's API or the Kimi app; self-hosting needs a multi-GPU server.",
    openness: {
      weights: open(R2.kimi25Card, 'Post-trained weights downloadable without a gate; no base checkpoint.'),
      inferenceCode: open(R2.kimi25Card, 'Deployment guides for vLLM and SGLang in the model repository.'),
      trainingCode: closed(R2.kimi25Paper, 'Training code not released.'),
      trainingData: closed(R2.kimi25Paper, 'About 15T mixed visual and text tokens; not released.'),
      dataDocumentation: partial(
        R2.kimi25Paper,
        'The report describes data types and mixing, not the datasets.',
      ),
      paper: open(
        R2.kimi25Paper,
        'Technical report on arXiv covering architecture, training and evaluation.',
      ),
      modelCard: open(R2.kimi25Card, 'README model card with architecture, evaluation and usage.'),
      license: partial(
        R2.kimi25Card,
        'Modified MIT, as for Kimi K2 (card: "modified-mit"); we did not compare the two texts word for word.',
      ),
      api: open(R2.kimi25Blog, 'Available in the Kimi app, on kimi.com and through the API.'),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
  {
    id: 'devstral-small-2',
    name: 'Devstral Small 2',
    organization: 'Mistral AI',
    firstRelease: '2025-12-09',
    releaseSource: R2.devstralReport.source,
    summary:
      "The 24B member of Mistral's Devstral 2 coding family, under Apache 2.0; the 123B Devstral 2 uses a modified MIT license with a revenue cap (reported).",
    modalities: ['text', 'code', 'image'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 24e9}],
      note: 'Dense model; the larger Devstral 2 has 123B parameters (reported).',
      ...R2.devstralCard,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      "Download from Hugging Face (mistralai/Devstral-Small-2-24B-Instruct-2512) or use Mistral's API; small enough for one large GPU.",
    openness: {
      weights: open(R2.devstralCard, 'Downloadable without a gate under Apache 2.0, per the model card.'),
      inferenceCode: open(R2.devstralCard, 'Runs in open engines such as vLLM; usage in the model card.'),
      trainingCode: closed(R2.devstralCard, 'Training code not released.'),
      trainingData: closed(R2.devstralCard, 'Training data not released.'),
      dataDocumentation: closed(R2.devstralCard, 'No description of the training data.'),
      paper: closed(R2.devstralReport, 'No technical report; an announcement and benchmarks only.'),
      modelCard: open(R2.devstralCard, 'Hugging Face model card with usage, tools and benchmarks.'),
      license: open(R2.devstralCard, 'Apache 2.0, an OSI-approved license, per the model card.'),
      api: open(
        R2.devstralGateway,
        'Offered by API hosts (for example Vercel AI Gateway, served by Mistral).',
      ),
    },
    guidePages: [G.alternatives],
    lastVerified: VERIFIED,
  },
] satisfies Model[];

/** The records above, typed loosely for consumers; ./models.ts merges and sorts them. */
export const recentModels: readonly Model[] = [...recentRecords, ...moreRecords];
