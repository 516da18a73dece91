/** Alibaba (Qwen), Z.ai (GLM), Moonshot AI (Kimi) and ByteDance Seed. One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, CORRECTED, RECENT_VERIFIED, G} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'qwen3-235b',
    name: 'Qwen3-235B-A22B',
    organization: 'Alibaba Cloud (Qwen team)',
    firstRelease: '2025-04-29',
    releaseSource: E.qwen3.source,
    summary: 'The largest Qwen3 model at launch, a mixture-of-experts model under Apache 2.0.',
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 235e9, active: 22e9}], ...E.qwen3},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (Qwen); smaller Qwen3 sizes run in Ollama and llama.cpp.',
    openness: {
      weights: open(E.qwen3, 'Weights released under Apache 2.0.'),
      inferenceCode: open(
        E.qwen3Card,
        'Supported in Transformers, vLLM and SGLang; the model card shows usage code.',
      ),
      trainingCode: closed(E.qwen3, 'Training code not released.'),
      trainingData: closed(E.qwen3, 'Training data not released.'),
      dataDocumentation: partial(
        E.qwen3Report,
        'The report gives 36T tokens in 119 languages and broad data types, not sources.',
      ),
      paper: open(
        E.qwen3Report,
        'Technical report on arXiv with architecture, training stages and evaluations.',
      ),
      modelCard: partial(
        E.qwen3Card,
        'The card covers features, usage and benchmarks; little on limitations.',
      ),
      license: open(E.qwen3, 'Apache 2.0, an OSI-approved license.'),
      api: open(E.qwen3, 'Served through Alibaba Cloud Model Studio, per the release post.'),
    },
    guidePages: [G.alternatives],
    lastVerified: CORRECTED,
  },
  {
    id: 'qwen3-coder',
    name: 'Qwen3-Coder',
    organization: 'Alibaba Cloud (Qwen team)',
    firstRelease: '2025-07-22',
    releaseSource: E.qwenCoderBlog.source,
    summary:
      "Qwen's agentic coding model family; the flagship is a 480B mixture-of-experts model under Apache 2.0.",
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [{name: '480B-A35B', total: 480e9, active: 35e9}],
      note: 'A smaller 30B-A3B version followed.',
      ...E.qwenCoderCard,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      "Download from Hugging Face (Qwen/Qwen3-Coder-480B-A35B-Instruct), use Alibaba Cloud's API, or run it from the Qwen Code command-line tool.",
    openness: {
      weights: open(E.qwenCoderCard, 'Weights on Hugging Face under Apache 2.0, no gate.'),
      inferenceCode: open(
        E.qwenCode,
        'Runs in Transformers and vLLM; the Qwen Code agent tool is open source.',
      ),
      trainingCode: closed(E.qwenCoderBlog, 'Training code not released.'),
      trainingData: closed(E.qwenCoderBlog, 'Training data not released.'),
      dataDocumentation: partial(
        E.qwenCoderBlog,
        'The release post gives token counts and the code share, not the datasets.',
      ),
      paper: partial(
        E.qwen3Report,
        'The Qwen3 technical report covers the family; no separate Coder report.',
      ),
      modelCard: open(E.qwenCoderCard, 'Hugging Face model card with usage, settings and evaluation.'),
      license: open(E.qwenCoderCard, 'Apache 2.0, an OSI-approved license.'),
      api: open(E.qwenCoderBlog, "Offered through Alibaba Cloud's model API and third-party hosts."),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'glm-4-5',
    name: 'GLM-4.5',
    organization: 'Z.ai (Zhipu AI)',
    firstRelease: '2025-07-28',
    releaseSource: E.glmCard.source,
    summary:
      'A mixture-of-experts model for reasoning, coding and agents, with a smaller Air variant, under the MIT license.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: 'GLM-4.5', total: 355e9, active: 32e9},
        {name: 'GLM-4.5-Air', total: 106e9, active: 12e9},
      ],
      ...E.glmCard,
    },
    license: 'MIT',
    access: ['weights', 'api', 'app'],
    howToGet: "Download from Hugging Face (zai-org/GLM-4.5) or use Z.ai's API and chat app.",
    openness: {
      weights: open(E.glmCard, 'Base, hybrid-reasoning and FP8 weights under MIT, no gate.'),
      inferenceCode: open(E.glmRepo, 'Inference code and vLLM/SGLang instructions in zai-org/GLM-4.5.'),
      trainingCode: partial(
        E.glmPaper,
        'The reinforcement-learning framework is open source; pre-training code is not.',
      ),
      trainingData: closed(E.glmPaper, 'Training data not released.'),
      dataDocumentation: partial(E.glmPaper, 'The report describes data sources and stages in broad terms.'),
      paper: open(E.glmPaper, 'Technical report on arXiv with architecture and training details.'),
      modelCard: open(E.glmCard, 'Hugging Face model card with evaluation and usage.'),
      license: open(E.glmCard, 'MIT, an OSI-approved license.'),
      api: open(E.glmCard, "Served by Z.ai's API platform and by third-party hosts."),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'glm-5',
    name: 'GLM-5',
    organization: 'Z.ai (Zhipu AI)',
    firstRelease: '2026-02-11',
    releaseSource: E.glm5Bedrock.source,
    summary:
      "Z.ai's 744B mixture-of-experts model for coding and long agent tasks, the successor to GLM-4.7, under the MIT license.",
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 744e9, active: 40e9}],
      note: 'Pre-trained on 28.5T tokens, per the model card.',
      ...E.glm5Card,
    },
    license: 'MIT',
    access: ['weights', 'api', 'app'],
    howToGet:
      "Download from Hugging Face (zai-org/GLM-5), use Z.ai's API or chat.z.ai, or a cloud host such as Amazon Bedrock.",
    openness: {
      weights: open(E.glm5Card, 'Weights on Hugging Face under MIT, no gate.'),
      inferenceCode: open(E.glm5Card, 'Supported by open inference engines such as vLLM and SGLang.'),
      trainingCode: partial(
        E.slime,
        'The slime RL framework used in post-training is open; pre-training code is not.',
      ),
      trainingData: closed(E.glm5Card, 'Training data not released.'),
      dataDocumentation: closed(
        E.glm5Card,
        'The model card gives only the pre-training token count; a data section in a technical report is reported but was not checked here.',
      ),
      paper: partial(
        E.glm5Blog,
        'A technical blog gives architecture, size and training method in outline; we did not rate a full report.',
      ),
      modelCard: open(E.glm5Card, 'Hugging Face model card with architecture, benchmarks and deployment.'),
      license: open(E.glm5License, 'MIT, an OSI-approved license.'),
      api: open(E.glm5Api, "Available in Z.ai's API and through cloud hosts such as Amazon Bedrock."),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'kimi-k2',
    name: 'Kimi K2',
    organization: 'Moonshot AI',
    firstRelease: '2025-07-11',
    releaseSource: E.kimiRepo.source,
    summary:
      'A 1-trillion-parameter mixture-of-experts model for coding and agents, under a modified MIT license with an attribution rule.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 1e12, active: 32e9}],
      note: 'Base and Instruct variants; Kimi K2 Thinking (November 2025) builds on the same base.',
      ...E.kimiRepo,
    },
    license: 'kimi-k2-modified-mit',
    access: ['weights', 'api', 'app'],
    howToGet:
      "Download from Hugging Face (moonshotai), use Moonshot's API or the Kimi app; self-hosting needs a multi-GPU server.",
    openness: {
      weights: open(E.kimiRepo, 'Base and Instruct weights downloadable without a gate.'),
      inferenceCode: open(E.kimiRepo, 'Deployment guides for vLLM, SGLang and other open engines.'),
      trainingCode: closed(E.kimiPaper, 'Training code not released.'),
      trainingData: closed(E.kimiPaper, 'About 15.5T pre-training tokens; not released.'),
      dataDocumentation: partial(
        E.kimiPaper,
        'The report describes data domains and rephrasing, not the datasets.',
      ),
      paper: open(
        E.kimiPaper,
        'Technical report on arXiv with architecture, optimizer and training details.',
      ),
      modelCard: open(E.kimiRepo, 'README model card with architecture, evaluation and usage.'),
      license: partial(
        E.kimiLicense,
        'MIT with an added rule: very large products must show "Kimi K2" in their UI.',
      ),
      api: open(E.kimiApi, "Available on Moonshot's API platform and through third-party hosts."),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'kimi-k2-5',
    name: 'Kimi K2.5',
    organization: 'Moonshot AI',
    firstRelease: '2026-01',
    releaseSource: E.kimi25Blog.source,
    summary:
      'Kimi K2 continued on about 15T mixed text and image tokens: a native multimodal 1T mixture-of-experts model for coding and agents.',
    modalities: ['text', 'code', 'image', 'video'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 1e12, active: 32e9}],
      note: 'Only the post-trained checkpoint is released, per the report.',
      ...E.kimi25Paper,
    },
    license: 'kimi-k2-modified-mit',
    access: ['weights', 'api', 'app'],
    howToGet:
      "Download from Hugging Face (moonshotai/Kimi-K2.5), use Moonshot's API or the Kimi app; self-hosting needs a multi-GPU server.",
    openness: {
      weights: open(E.kimi25Card, 'Post-trained weights downloadable without a gate; no base checkpoint.'),
      inferenceCode: open(E.kimi25Card, 'Deployment guides for vLLM and SGLang in the model repository.'),
      trainingCode: closed(E.kimi25Paper, 'Training code not released.'),
      trainingData: closed(E.kimi25Paper, 'About 15T mixed visual and text tokens; not released.'),
      dataDocumentation: partial(
        E.kimi25Paper,
        'The report describes data types and mixing, not the datasets.',
      ),
      paper: open(E.kimi25Paper, 'Technical report on arXiv covering architecture, training and evaluation.'),
      modelCard: open(E.kimi25Card, 'README model card with architecture, evaluation and usage.'),
      license: partial(
        E.kimi25Card,
        'Modified MIT, as for Kimi K2 (card: "modified-mit"); we did not compare the two texts word for word.',
      ),
      api: open(E.kimi25Blog, 'Available in the Kimi app, on kimi.com and through the API.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'seed-oss-36b',
    name: 'Seed-OSS-36B',
    organization: 'ByteDance Seed',
    firstRelease: '2025-08',
    releaseSource: E.seedCard.source,
    summary:
      "ByteDance's first open-weight language model family: a 36B dense model with long context, under Apache 2.0.",
    modalities: ['text', 'code'],
    parameters: {status: 'disclosed', sizes: [{total: 36e9}], ...E.seedCard},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet:
      'Download from Hugging Face (ByteDance-Seed/Seed-OSS-36B-Instruct or the two Base versions); runs in vLLM and Transformers.',
    openness: {
      weights: open(E.seedCard, 'Instruct and Base weights under Apache 2.0, no gate.'),
      inferenceCode: open(E.seedRepo, 'Inference code and vLLM instructions in ByteDance-Seed/seed-oss.'),
      trainingCode: closed(E.seedRepo, 'Training code not released.'),
      trainingData: closed(E.seedCard, 'Training data not released.'),
      dataDocumentation: partial(
        E.seedBaseWoSyn,
        'Token count given, and a Base variant trained without synthetic instruction data; sources not listed.',
      ),
      paper: closed(E.seedCard, 'No technical report found; the model card gives architecture and results.'),
      modelCard: open(E.seedCard, 'Model card with architecture, benchmarks and usage.'),
      license: open(E.seedCard, 'Apache 2.0, an OSI-approved license.'),
      api: closed(E.seedCard, 'Released for self-hosting; no API from the maker is listed.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
]);
