/** OpenAI: models released with weights (GPT-2, CLIP, Jukebox, Whisper, gpt-oss). One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, VERIFIED, CORRECTED, G} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'gpt-2',
    name: 'GPT-2',
    organization: 'OpenAI',
    firstRelease: '2019-02',
    releaseSource: E.gpt2Repo.source,
    summary:
      "OpenAI's last open-weight language model before gpt-oss, released in stages and completed with the 1.5B model on 5 November 2019.",
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 124e6}, {total: 355e6}, {total: 774e6}, {total: 1.5e9}],
      note: 'Early posts said 117M and 345M; OpenAI corrected these to 124M and 355M.',
      ...E.gpt2Repo,
    },
    license: 'gpt-2-modified-mit',
    access: ['weights'],
    howToGet: 'Download the weights with the scripts in the archived openai/gpt-2 repository.',
    openness: {
      weights: open(E.gpt2Repo, 'All four sizes can be downloaded.'),
      inferenceCode: open(E.gpt2Repo, 'Sampling code is in the repository.'),
      trainingCode: closed(
        E.gpt2Repo,
        'No training code; the repository is a starting point for experiments.',
      ),
      trainingData: closed(
        E.gpt2Repo,
        'The WebText corpus was not released; only a dataset of model outputs was.',
      ),
      dataDocumentation: partial(
        E.gpt2Paper,
        'The paper explains how WebText was built (outbound Reddit links, about 8 million documents, 40 GB); no source list.',
      ),
      paper: open(
        E.gpt2Paper,
        'Paper with architecture, the four model sizes, the WebText dataset and evaluations.',
      ),
      modelCard: open(E.gpt2Card, 'The repository includes a model card with intended uses and limitations.'),
      license: partial(
        E.gpt2Repo,
        'Modified MIT: MIT-style rights with added wording, so not an OSI-listed license text.',
      ),
      api: closed(E.gpt2Repo, 'Released for download only; OpenAI offered no GPT-2 API.'),
    },
    guidePages: [G.history, G.gptOss],
    lastVerified: CORRECTED,
  },
  {
    id: 'clip',
    name: 'CLIP',
    organization: 'OpenAI',
    firstRelease: '2021-01',
    releaseSource: E.clipRepo.source,
    summary:
      'An image-and-text model that learns to match pictures with captions; code and weights are MIT-licensed.',
    modalities: ['image', 'text'],
    parameters: {
      status: 'not-listed',
      note: 'Several image encoders (ResNet and ViT variants); sizes not recorded here.',
      ...E.clipPaper,
    },
    license: 'MIT',
    access: ['weights'],
    howToGet: 'Install the package from the openai/CLIP repository; it downloads the weights.',
    openness: {
      weights: open(E.clipRepo, 'Weights released under MIT.'),
      inferenceCode: open(E.clipRepo, 'Code to load and run the models.'),
      trainingCode: closed(E.clipRepo, 'The repository ships inference code, not the training pipeline.'),
      trainingData: closed(E.clipPaper, 'The image-text training set was not released.'),
      dataDocumentation: partial(
        E.clipPaper,
        'The paper describes how 400 million image-text pairs were gathered from the web, not the sources.',
      ),
      paper: open(E.clipPaper, 'Research paper describing the method.'),
      modelCard: open(E.clipRepo, 'The repository includes a model card.'),
      license: open(E.clipRepo, 'MIT, an OSI-approved license.'),
      api: closed(E.clipRepo, 'Released for download only; no hosted API.'),
    },
    guidePages: [G.history, G.gptOss],
    lastVerified: CORRECTED,
  },
  {
    id: 'jukebox',
    name: 'Jukebox',
    organization: 'OpenAI',
    firstRelease: '2020',
    releaseSource: E.jukebox.source,
    summary:
      'A music-generation model released with code and weights under a noncommercial license: proof that not every OpenAI release is open source.',
    modalities: ['audio'],
    parameters: {status: 'not-listed', note: 'Sizes not recorded here.', ...E.jukebox},
    license: 'jukebox-noncommercial',
    access: ['weights'],
    howToGet:
      'Code and weights are linked from the openai/jukebox repository; commercial use is not allowed.',
    openness: {
      weights: partial(E.jukebox, 'Weights released, but only for noncommercial use.'),
      inferenceCode: partial(E.jukebox, 'Code released under the same noncommercial license.'),
      trainingCode: partial(
        E.jukeboxRepo,
        'Code to train the VQ-VAE and priors is included, under the same noncommercial license.',
      ),
      trainingData: closed(
        E.jukeboxPaper,
        'Trained on about 1.2 million songs collected from the web; not released.',
      ),
      dataDocumentation: partial(
        E.jukeboxPaper,
        'The paper gives the size of the song collection and how lyrics and metadata were paired, not the sources.',
      ),
      paper: open(E.jukeboxPaper, 'Paper on arXiv with architecture, training and results.'),
      license: partial(
        E.jukebox,
        'Noncommercial Use License: no commercial use of the software or its outputs.',
      ),
      api: closed(E.jukeboxRepo, 'Released for download only; no hosted API.'),
    },
    unrated: {
      modelCard: 'We found no model card for Jukebox and no source that says whether one was published.',
    },
    guidePages: [G.history],
    lastVerified: CORRECTED,
  },
  {
    id: 'whisper',
    name: 'Whisper',
    organization: 'OpenAI',
    firstRelease: '2022-09',
    releaseSource: E.whisperRepo.source,
    summary: 'A speech-recognition and translation model whose code and weights OpenAI released under MIT.',
    modalities: ['audio', 'text'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: 'tiny', total: 39e6},
        {name: 'large', total: 1550e6},
      ],
      note: 'Sizes from 39M to 1,550M; the later turbo model has 809M.',
      ...E.whisperCard,
    },
    license: 'MIT',
    access: ['weights', 'api'],
    howToGet:
      'Install the openai-whisper package; it downloads the weights. OpenAI also sells hosted transcription.',
    openness: {
      weights: open(E.whisperRepo, 'All sizes released under MIT.'),
      inferenceCode: open(E.whisperRepo, 'Code to run transcription and translation.'),
      trainingCode: closed(E.whisperRepo, 'The repository has inference code only.'),
      trainingData: closed(
        E.whisperCard,
        '680,000 hours of audio collected from the internet, not released.',
      ),
      dataDocumentation: partial(
        E.whisperCard,
        'The model card gives the amount and language mix of the data, not its sources.',
      ),
      paper: open(E.whisperPaper, 'Research paper describing data, model and evaluation.'),
      modelCard: open(E.whisperCard, 'Model card with uses, limits and evaluation.'),
      license: open(E.whisperRepo, 'MIT, an OSI-approved license.'),
      api: open(E.chatgptApi, 'OpenAI offers a hosted Whisper API (from 1 March 2023).'),
    },
    guidePages: [G.history, G.gptOss],
    lastVerified: VERIFIED,
  },
  {
    id: 'gpt-oss-20b',
    name: 'gpt-oss-20b',
    organization: 'OpenAI',
    firstRelease: '2025-08-05',
    releaseSource: E.gptOssIntro.source,
    summary:
      "OpenAI's smaller open-weight reasoning model, text-only, under Apache 2.0; runs within 16 GB of memory.",
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 21e9, active: 3.6e9}],
      note: '20.9B total exactly.',
      ...E.gptOssRepo,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      'Download from Hugging Face (openai/gpt-oss-20b) or run it with Ollama (gpt-oss:20b), LM Studio or llama.cpp.',
    openness: {
      weights: open(E.gptOssRepo, 'Weights on Hugging Face under Apache 2.0.'),
      inferenceCode: open(E.gptOssCard, 'Reference implementations for PyTorch, Triton and Apple Metal.'),
      trainingCode: closed(E.gptOssCard, 'Only weights, inference code, tools and tokenizer were released.'),
      trainingData: closed(E.gptOssCard, 'Training data not released.'),
      dataDocumentation: partial(
        E.gptOssCard,
        'Broad description only: mostly English text on STEM, coding and general knowledge.',
      ),
      paper: open(E.gptOssCard, 'Model card on arXiv with architecture and training details.'),
      modelCard: open(E.gptOssCard, 'Published model card with evaluations and safety testing.'),
      license: open(
        E.gptOssPolicy,
        'Apache 2.0 plus a two-sentence usage policy that asks users to follow applicable law.',
      ),
      api: open(E.gptOssRouter20, 'Offered by third-party API providers.'),
    },
    guidePages: [G.gptOss, G.local, G.choose],
    lastVerified: CORRECTED,
  },
  {
    id: 'gpt-oss-120b',
    name: 'gpt-oss-120b',
    organization: 'OpenAI',
    firstRelease: '2025-08-05',
    releaseSource: E.gptOssIntro.source,
    summary:
      "OpenAI's larger open-weight reasoning model: a text-only mixture-of-experts model under Apache 2.0 that fits on one 80 GB GPU.",
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 117e9, active: 5.1e9}],
      note: '116.8B total exactly.',
      ...E.gptOssRepo,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      'Download from Hugging Face (openai/gpt-oss-120b), run with vLLM, Transformers or Ollama (gpt-oss:120b), or use a hosting provider.',
    openness: {
      weights: open(E.gptOssRepo, 'Weights on Hugging Face under Apache 2.0.'),
      inferenceCode: open(E.gptOssCard, 'Reference implementations for PyTorch, Triton and Apple Metal.'),
      trainingCode: closed(E.gptOssCard, 'Only weights, inference code, tools and tokenizer were released.'),
      trainingData: closed(E.gptOssCard, 'Training data not released.'),
      dataDocumentation: partial(
        E.gptOssCard,
        'Broad description only: mostly English text on STEM, coding and general knowledge.',
      ),
      paper: open(E.gptOssCard, 'Model card on arXiv with architecture and training details.'),
      modelCard: open(E.gptOssCard, 'Published model card with evaluations and safety testing.'),
      license: open(
        E.gptOssPolicy,
        'Apache 2.0 plus a two-sentence usage policy that asks users to follow applicable law.',
      ),
      api: open(E.gptOssRouter, 'Offered by many third-party API providers.'),
    },
    guidePages: [G.answer, G.gptOss, G.vsWeights, G.alternatives, G.local, G.choose],
    lastVerified: CORRECTED,
  },
  {
    id: 'gpt-oss-safeguard-120b',
    name: 'gpt-oss-safeguard-120b',
    organization: 'OpenAI',
    firstRelease: '2025-10-29',
    releaseSource: E.safeguardCollection.source,
    summary:
      'A research-preview fine-tune of gpt-oss-120b that classifies content against a policy the developer writes and shows its reasoning.',
    modalities: ['text'],
    parameters: {
      status: 'not-listed',
      note: "A fine-tune of gpt-oss-120b; see that record for the base model's size.",
      ...E.safeguardCard,
    },
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (openai/gpt-oss-safeguard-120b); a 20b version exists too.',
    openness: {
      weights: open(E.safeguardCard, 'Weights on Hugging Face under Apache 2.0.'),
      inferenceCode: open(
        E.safeguardCard,
        'Runs with the same open tooling as gpt-oss (Transformers, vLLM, Ollama), per the card.',
      ),
      trainingCode: closed(E.safeguardCard, 'Fine-tuning code not released.'),
      trainingData: closed(E.safeguardCard, 'Fine-tuning data not released.'),
      dataDocumentation: closed(E.safeguardCard, 'The card does not describe the fine-tuning data.'),
      paper: partial(
        E.safeguardCard,
        'A short technical report on evaluations accompanies it; no training details.',
      ),
      modelCard: open(E.safeguardCard, 'Hugging Face model card.'),
      license: open(E.safeguardCard, 'Apache 2.0 plus the gpt-oss usage policy.'),
      api: closed(E.safeguardCollection, 'Released as open weights; OpenAI offers no API for it.'),
    },
    guidePages: [G.gptOss],
    lastVerified: CORRECTED,
  },
]);
