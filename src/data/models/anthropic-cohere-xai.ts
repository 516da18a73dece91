/** Anthropic (Claude), Cohere (Command) and xAI (Grok). One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, CORRECTED, RECENT_VERIFIED, G, hostedOnly} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'claude',
    name: 'Claude',
    organization: 'Anthropic',
    firstRelease: '2023-03-14',
    releaseSource: E.claude.source,
    summary:
      "Anthropic's family of closed models (Haiku, Sonnet, Opus), used through its apps, its API and cloud partners.",
    modalities: ['text', 'image'],
    parameters: {status: 'not-disclosed', note: 'Anthropic has not published parameter counts.', ...E.claude},
    license: 'proprietary',
    access: ['app', 'api'],
    howToGet: 'Use claude.ai, the Anthropic API, Amazon Bedrock or Google Vertex AI.',
    openness: {
      weights: closed(E.claude, 'Offered as a hosted assistant and API; no weights released.'),
      inferenceCode: closed(E.claude, 'No inference code; access is through apps and the API only.'),
      trainingCode: closed(E.claude, 'Training code not released.'),
      trainingData: closed(E.claude, 'Training data not released.'),
      dataDocumentation: partial(
        E.claude3Card,
        'The Claude 3 model card names broad data types (public web, third-party, labelling-service and internal data), not sources.',
      ),
      paper: partial(
        E.claude3Card,
        'The Claude 3 model card reports evaluations and safety tests but no architecture or size.',
      ),
      modelCard: open(
        E.claude3Card,
        'Model card with intended uses, limitations, evaluations and safety results.',
      ),
      license: closed(E.claude, 'Proprietary terms of service.'),
      api: open(E.claude, "Available through Anthropic's API since launch."),
    },
    guidePages: [G.closed, G.choose],
    lastVerified: CORRECTED,
  },
  {
    id: 'claude-opus-5-5',
    name: 'Claude Opus 5.5',
    organization: 'Anthropic',
    firstRelease: '2026-09',
    releaseSource: E.opus55Tracker.source,
    summary:
      "Anthropic's current Opus model per its docs (released September 2026, per a third-party tracker); the docs also list a higher-priced Fable tier.",
    modalities: ['text', 'code', 'image'],
    parameters: {
      status: 'not-disclosed',
      note: 'Anthropic has not disclosed parameter counts.',
      ...E.opus55Docs,
    },
    license: 'proprietary',
    access: ['app', 'api'],
    howToGet: "Through claude.ai, Anthropic's API (claude-opus-5-5) and cloud partners; no download.",
    openness: {
      ...hostedOnly(E.opus55Docs, 'Anthropic'),
      dataDocumentation: closed(E.opus55Docs, 'Only a knowledge cutoff (June 2026) is given for the data.'),
      paper: closed(E.opus55Docs, 'No technical report; the docs give capabilities and prices.'),
      modelCard: partial(
        E.opus55Docs,
        'A model overview page lists capabilities and limits; we did not rate a system card.',
      ),
      license: closed(E.opus5Docs, 'Proprietary terms of service.'),
      api: open(E.opus55Docs, "Listed in Anthropic's API with per-token prices."),
    },
    guidePages: [G.closed, G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'command-r-plus',
    name: 'Command R+',
    organization: 'Cohere',
    firstRelease: '2024-04',
    releaseSource: E.commandR.source,
    summary:
      'A 104B model that Cohere sells through its API and also published as weights for non-commercial research.',
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 104e9}], ...E.commandR},
    license: 'CC-BY-NC-4.0',
    access: ['weights', 'api'],
    howToGet:
      "Research use: download from Hugging Face (CohereForAI). Commercial use: Cohere's API or cloud partners.",
    openness: {
      weights: partial(E.commandR, 'Downloadable, but only for non-commercial use.'),
      inferenceCode: open(E.commandR, 'The model card shows how to run it with Hugging Face Transformers.'),
      trainingCode: closed(E.commandR, 'Training code not released.'),
      trainingData: closed(E.commandR, 'Training data not released.'),
      dataDocumentation: closed(
        E.commandR,
        'The card gives languages and context length, not the training data.',
      ),
      paper: closed(E.commandR, 'No technical report for Command R+.'),
      modelCard: open(E.commandR, 'Hugging Face model card.'),
      license: partial(E.commandR, 'CC-BY-NC-4.0 forbids commercial use.'),
      api: open(E.commandR, "Sold through Cohere's API."),
    },
    guidePages: [G.closed, G.alternatives],
    lastVerified: CORRECTED,
  },
  {
    id: 'command-a',
    name: 'Command A',
    organization: 'Cohere',
    firstRelease: '2025-03',
    releaseSource: E.commandACard.source,
    summary:
      "Cohere's 111B enterprise model for agents, tools and retrieval; weights for research use only, commercial use through Cohere.",
    modalities: ['text', 'code'],
    parameters: {status: 'disclosed', sizes: [{total: 111e9}], ...E.commandACard},
    license: 'CC-BY-NC-4.0',
    access: ['weights', 'api'],
    howToGet:
      "Use it through Cohere's API; research weights are on Hugging Face (CohereLabs/c4ai-command-a-03-2025) after accepting the terms.",
    openness: {
      weights: partial(E.commandACard, 'Downloadable after agreeing to terms; non-commercial use only.'),
      inferenceCode: open(
        E.commandACard,
        'Supported in Hugging Face Transformers; usage code in the model card.',
      ),
      trainingCode: closed(E.commandAPaper, 'Training code not released.'),
      trainingData: closed(E.commandAPaper, 'Training data not released.'),
      dataDocumentation: partial(
        E.commandAPaper,
        'The report describes data sources and mixes in broad terms.',
      ),
      paper: open(E.commandAPaper, 'Technical report on arXiv with architecture, training and evaluation.'),
      modelCard: open(E.commandACard, 'Hugging Face model card with uses, languages and evaluation.'),
      license: partial(E.commandACard, 'CC-BY-NC 4.0 plus an acceptable use policy: no commercial use.'),
      api: open(E.commandADocs, "Available in Cohere's API and its cloud partners."),
    },
    guidePages: [G.alternatives, G.closed],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'grok-1',
    name: 'Grok-1',
    organization: 'xAI',
    firstRelease: '2024-03',
    releaseSource: E.grok1.source,
    summary:
      "xAI's 314B mixture-of-experts base model, published as open weights with JAX example code under Apache 2.0; Grok 2.5 followed in 2025 under a custom license.",
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 314e9}],
      note: 'Mixture of 8 experts, 2 used per token; xAI gives no active-parameter figure.',
      ...E.grok1,
    },
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet:
      'Download the checkpoint from Hugging Face (xai-org/grok-1) or by torrent, as the repository explains.',
    openness: {
      weights: open(E.grok1, 'Weights released under Apache 2.0.'),
      inferenceCode: open(E.grok1, 'JAX example code to load and sample from the model.'),
      trainingCode: closed(E.grok1, 'The repository holds inference code only.'),
      trainingData: closed(E.osiAi, 'Data not released; OSI found Grok fell short of its definition.'),
      dataDocumentation: closed(E.grok1, 'The release says nothing about the training data.'),
      paper: closed(E.grok1, 'No technical report accompanies the weights.'),
      modelCard: partial(
        E.grok1,
        'The README gives architecture and size only; no uses, limits or evaluations.',
      ),
      license: open(E.grok1, 'Apache 2.0 for the code and the weights.'),
      api: closed(E.grok1, 'The release is a raw base checkpoint for self-hosting; no API serves it.'),
    },
    guidePages: [G.alternatives, G.closed],
    lastVerified: CORRECTED,
    changes: [
      {
        date: '2026-11-27',
        what: 'Summary corrected to say that Grok 2.5 weights followed in August 2025 under a custom license.',
        source: 'grok-2-repo',
      },
    ],
  },
  {
    id: 'grok-2-5',
    name: 'Grok 2.5',
    organization: 'xAI',
    firstRelease: '2025-08-23',
    releaseSource: E.grok2Repo.source,
    summary:
      'The weights of Grok 2, the model xAI trained and used in 2024, released as "Grok 2.5" under a custom community license that bars training other models with it.',
    modalities: ['text'],
    parameters: {
      status: 'not-listed',
      note: 'The repository gives the download size (about 500 GB in 42 files), not a parameter count; none is recorded here.',
      ...E.grok2Repo,
    },
    license: 'grok-2-community',
    access: ['weights'],
    howToGet:
      'Download from Hugging Face (xai-org/grok-2) and serve it with SGLang on eight GPUs with more than 40 GB each, as the README describes.',
    openness: {
      weights: partial(
        E.grok2Repo,
        'Weights on Hugging Face (about 500 GB) under a custom, revocable license with use restrictions.',
      ),
      inferenceCode: open(
        E.grok2Repo,
        'The README gives the command to serve it with SGLang, an Apache-2.0 engine; no xAI code.',
      ),
      trainingCode: closed(E.grok2Repo, 'Only weights and a tokenizer were released; no training code.'),
      trainingData: closed(E.grok2Repo, 'Training data not released.'),
      dataDocumentation: closed(E.grok2Repo, 'The release says nothing about the training data.'),
      paper: closed(E.grok2Repo, 'No technical report accompanies the release.'),
      modelCard: partial(
        E.grok2Repo,
        'The README covers download, serving and the chat template only; no evaluations or limitations.',
      ),
      license: partial(
        E.grok2License,
        "Custom, revocable license: commercial use only within xAI's usage policy, and no use of the weights or outputs to train other general-purpose models.",
      ),
      api: closed(
        E.grok2Repo,
        'The release is for self-hosting; it names no public API serving this checkpoint.',
      ),
    },
    guidePages: [G.closed, G.alternatives],
    lastVerified: CORRECTED,
    changes: [
      {
        date: '2025-11-04',
        what: 'xAI updated the license text and renamed the Grok 2 Community License the xAI Community License.',
        source: 'grok-2-license',
      },
    ],
  },
]);
