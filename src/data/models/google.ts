/** Google and Google DeepMind: BERT, T5, Gemini and Gemma. One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, CORRECTED, RECENT_VERIFIED, G, hostedOnly} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'bert',
    name: 'BERT',
    organization: 'Google AI',
    firstRelease: '2018-10',
    releaseSource: E.bertPaper.source,
    summary:
      'A bidirectional Transformer encoder for language understanding, released as code and checkpoints.',
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [
        {name: 'Base', total: 110e6},
        {name: 'Large', total: 340e6},
      ],
      ...E.bertRepo,
    },
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Download the checkpoints from the google-research/bert repository.',
    openness: {
      weights: open(E.bertRepo, 'Pre-trained checkpoints released under Apache 2.0.'),
      inferenceCode: open(E.bertRepo, 'TensorFlow code to run and fine-tune the model.'),
      trainingCode: open(E.bertRepo, 'Pre-training scripts are in the repository.'),
      trainingData: partial(
        E.bertRepo,
        'Trained on English Wikipedia and BookCorpus; neither is redistributed, and BookCorpus is no longer available for public download (the README says so), so only Wikipedia can be re-obtained.',
      ),
      dataDocumentation: partial(
        E.bertPaper,
        'The paper names both corpora and their sizes (800M and 2,500M words); no datasheet.',
      ),
      paper: open(E.bertPaper, 'Full paper with architecture and training details.'),
      modelCard: partial(
        E.bertHfCard,
        'Google published no model card; Hugging Face wrote one for its copy, with uses, limits and bias.',
      ),
      license: open(E.bertRepo, 'Apache 2.0, an OSI-approved license.'),
      api: closed(E.bertRepo, 'Released as code and checkpoints for download; no hosted API.'),
    },
    guidePages: [G.history],
    lastVerified: CORRECTED,
  },
  {
    id: 't5',
    name: 'T5',
    organization: 'Google',
    firstRelease: '2019-10',
    releaseSource: E.t5Paper.source,
    summary:
      'A text-to-text Transformer that frames every language task as turning input text into output text.',
    modalities: ['text'],
    parameters: {
      status: 'not-listed',
      note: 'Several sizes are described in the paper; not recorded here.',
      ...E.t5Paper,
    },
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Checkpoints and code are published by Google Research and mirrored on Hugging Face.',
    openness: {
      weights: open(E.t5Repo, 'Checkpoints of every size listed in the repository under Apache 2.0.'),
      inferenceCode: open(E.t5Repo, 'Code to run, fine-tune and evaluate the models, under Apache 2.0.'),
      trainingCode: open(E.t5Repo, 'Pre-training code and task definitions are in the repository.'),
      trainingData: open(
        E.c4Data,
        'C4 can be rebuilt with the published TensorFlow Datasets script; Ai2 hosts a processed copy.',
      ),
      dataDocumentation: open(
        E.t5Paper,
        'The paper describes how its C4 corpus was built from Common Crawl.',
      ),
      paper: open(E.t5Paper, 'Long paper with architecture, data and training details.'),
      modelCard: partial(
        E.t5Card,
        'Google published no model card with the release; Hugging Face wrote one for its copy.',
      ),
      license: open(E.t5Repo, 'Apache 2.0, an OSI-approved license.'),
      api: closed(E.t5Repo, 'Released for download only; no hosted API from Google.'),
    },
    guidePages: [G.openSource, G.vsWeights],
    lastVerified: CORRECTED,
  },
  {
    id: 'gemini',
    name: 'Gemini (formerly Bard)',
    organization: 'Google',
    firstRelease: '2023-03',
    releaseSource: E.gemini.source,
    summary:
      "Google's closed assistant and model family; the Bard chatbot (March 2023) was renamed Gemini on 8 February 2024.",
    modalities: ['text', 'image', 'audio', 'video'],
    parameters: {
      status: 'not-disclosed',
      note: 'Google has not published parameter counts for Gemini models.',
      ...E.gemini,
    },
    license: 'proprietary',
    access: ['app', 'api'],
    howToGet: "Use the Gemini app, Google AI Studio or Vertex AI. Google's open-weight line is Gemma.",
    openness: {
      weights: closed(
        E.gemini,
        "Served only through Google's apps and cloud; the open-weight line is Gemma.",
      ),
      inferenceCode: closed(E.geminiReport, 'No inference code; access is through apps and the API only.'),
      trainingCode: closed(E.geminiReport, 'Training code not released.'),
      trainingData: closed(E.geminiReport, 'Training data not released.'),
      dataDocumentation: partial(
        E.geminiReport,
        'The Gemini 1.0 report names broad data types (web, books, code, images, audio, video), not sources or sizes.',
      ),
      paper: partial(
        E.geminiReport,
        'The Gemini 1.0 report covers capabilities and evaluations but gives no parameter counts.',
      ),
      modelCard: partial(
        E.geminiReport,
        'The Gemini 1.0 report includes a model card summary; it omits how the model was built.',
      ),
      license: closed(E.gemini, 'Proprietary terms of service.'),
      api: open(E.geminiApi, 'Available through the Gemini API (Google AI Studio) and Vertex AI.'),
    },
    guidePages: [G.closed],
    lastVerified: CORRECTED,
  },
  {
    id: 'gemini-3-1-pro',
    name: 'Gemini 3.1 Pro',
    organization: 'Google DeepMind',
    firstRelease: '2026-02-19',
    releaseSource: E.geminiChangelog.source,
    summary:
      "Google's Pro-tier Gemini model, released as a preview on 19 February 2026; Google later called the GA Gemini 3.5 Flash (May 2026) its most intelligent model.",
    modalities: ['text', 'code', 'image', 'audio', 'video'],
    parameters: {
      status: 'not-disclosed',
      note: 'Google has not disclosed parameter counts.',
      ...E.gemini31Docs,
    },
    license: 'proprietary',
    access: ['app', 'api'],
    howToGet: 'Through the Gemini app, Google AI Studio, the Gemini API and Vertex AI; no download.',
    openness: {
      ...hostedOnly(E.gemini31Docs, 'Google'),
      dataDocumentation: closed(
        E.gemini31Docs,
        'Only a knowledge cutoff (January 2025) is given for the data.',
      ),
      paper: closed(E.gemini31Docs, 'No technical report for this model version.'),
      modelCard: partial(
        E.gemini31Docs,
        'A developer page lists inputs, limits and features; not a full model card.',
      ),
      license: closed(E.gemini31Docs, 'Proprietary terms of service.'),
      api: open(E.geminiChangelog, 'Available in the Gemini API as gemini-3.1-pro-preview.'),
    },
    guidePages: [G.closed, G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'gemma-1',
    name: 'Gemma (1)',
    organization: 'Google DeepMind',
    firstRelease: '2024-02-21',
    releaseSource: E.gemma1.source,
    summary:
      "Google's first open-weight models, built from Gemini research and released under the Gemma Terms of Use.",
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 2e9}, {total: 7e9}], ...E.gemma1},
    license: 'gemma-terms',
    access: ['weights'],
    howToGet: 'Download from Kaggle or Hugging Face after accepting the Gemma terms.',
    openness: {
      weights: partial(
        E.gemma1,
        'Downloadable after accepting the Gemma terms, which carry a prohibited-use policy.',
      ),
      inferenceCode: open(
        E.gemma1Report,
        'Google released inference code (PyTorch, JAX) under Apache 2.0; Transformers supports it.',
      ),
      trainingCode: closed(E.gemma1Report, 'Training code not released.'),
      trainingData: closed(E.gemma1, 'Trained on up to 6 trillion tokens that were not released.'),
      dataDocumentation: partial(
        E.gemma1Report,
        'The report gives token counts and broad sources (web, code, mathematics), not datasets.',
      ),
      paper: open(E.gemma1Report, 'Technical report on arXiv with architecture, training and evaluations.'),
      modelCard: open(E.gemma1Report, 'Model cards with uses, limits and evaluations accompany the weights.'),
      license: partial(E.gemmaTerms, 'Custom terms with a prohibited-use policy that passes to derivatives.'),
      api: closed(E.gemma1Report, 'Released for self-hosting; the report names no hosted API.'),
    },
    guidePages: [G.alternatives],
    lastVerified: CORRECTED,
  },
  {
    id: 'gemma-3-27b',
    name: 'Gemma 3 27B',
    organization: 'Google DeepMind',
    firstRelease: '2025-03',
    releaseSource: E.gemma3.source,
    summary: 'The largest Gemma 3 model, under the Gemma Terms of Use with a prohibited-use policy.',
    modalities: ['text', 'image'],
    parameters: {status: 'disclosed', sizes: [{total: 27e9}], ...E.gemma3},
    license: 'gemma-terms',
    access: ['weights'],
    howToGet:
      'Download from Hugging Face or Kaggle after accepting the Gemma terms; runs in Ollama and llama.cpp.',
    openness: {
      weights: partial(
        E.gemma3Card,
        'Downloadable after accepting the Gemma terms, which carry a prohibited-use policy.',
      ),
      inferenceCode: open(
        E.gemma3Card,
        'Supported in Hugging Face Transformers; the model card shows usage code.',
      ),
      trainingCode: closed(E.gemma3Report, 'Training code not released.'),
      trainingData: closed(E.gemma3, 'Training data not released.'),
      dataDocumentation: partial(
        E.gemma3Card,
        'Token count (14T for 27B) and broad sources (web, code, mathematics, images) only.',
      ),
      paper: open(E.gemma3Report, 'Technical report with architecture, training recipe and evaluations.'),
      modelCard: open(E.gemma3Card, 'Model card with uses, limits, data summary and evaluations.'),
      license: partial(E.gemmaTerms, 'Custom terms with a prohibited-use policy that passes to derivatives.'),
      api: open(E.gemma3, 'Offered in Google AI Studio at launch, per the announcement.'),
    },
    guidePages: [G.alternatives, G.vsWeights],
    lastVerified: CORRECTED,
  },
  {
    id: 'gemma-4',
    name: 'Gemma 4',
    organization: 'Google DeepMind',
    firstRelease: '2026-04',
    releaseSource: E.gemma4.source,
    summary:
      "Google's 2026 open-weight generation, reported to ship under Apache 2.0 rather than the Gemma Terms of Use.",
    modalities: ['text', 'image'],
    parameters: {status: 'not-listed', note: 'Sizes not recorded here.', ...E.gemma4},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet:
      "Download from Google's model pages or Hugging Face; check the license on the copy you download.",
    openness: {
      weights: open(
        E.gemma4,
        'Weights on Hugging Face (google/gemma-4-31B-it and smaller sizes) under Apache 2.0.',
      ),
      inferenceCode: open(
        E.gemma4,
        'Supported in Hugging Face Transformers; the model card shows usage code.',
      ),
      trainingCode: closed(E.gemma4, 'Training code not released.'),
      trainingData: closed(E.gemma4, 'Training data not released.'),
      dataDocumentation: partial(E.gemma4, 'The model card describes the training data by broad type only.'),
      paper: partial(
        E.gemma4,
        'The model card gives architecture and sizes; we did not verify a full technical report.',
      ),
      modelCard: open(E.gemma4, 'Hugging Face model card with uses, limits and evaluations.'),
      license: open(
        E.gemmaTerms,
        'The Gemma Terms page says Gemma 4 uses a separate Apache-2.0-based license.',
      ),
      api: closed(E.gemma4, 'Released for self-hosting; the sources we checked name no hosted API.'),
    },
    guidePages: [G.alternatives],
    lastVerified: CORRECTED,
  },
]);
