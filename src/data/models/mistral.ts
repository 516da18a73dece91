/** Mistral AI. One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, CORRECTED, RECENT_VERIFIED, G} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'mistral-7b',
    name: 'Mistral 7B',
    organization: 'Mistral AI',
    firstRelease: '2023-09',
    releaseSource: E.mistralPaper.source,
    summary: "Mistral AI's first model: 7.3B parameters under Apache 2.0.",
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 7.3e9}], ...E.mistralPaper},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (mistralai) or run it with Ollama or llama.cpp.',
    openness: {
      weights: open(E.mistralPaper, 'Weights released under Apache 2.0.'),
      inferenceCode: open(
        E.mistralPaper,
        'Reference inference code released under Apache 2.0 with the paper.',
      ),
      trainingCode: closed(E.mistralPaper, 'Training code not released.'),
      trainingData: closed(E.mistralPaper, 'Training data neither released nor described.'),
      dataDocumentation: closed(E.mistralPaper, 'The paper says nothing about the training data.'),
      paper: partial(E.mistralPaper, 'A short report on architecture and results, without data details.'),
      modelCard: partial(
        E.mistralPaper,
        'Only a short Hugging Face card with usage notes and limitations; no evaluation details beyond the paper.',
      ),
      license: open(E.mistralPaper, 'Apache 2.0, an OSI-approved license.'),
      api: closed(E.mistralPaper, 'Released for download; the paper names no hosted API.'),
    },
    guidePages: [G.alternatives],
    lastVerified: CORRECTED,
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B',
    organization: 'Mistral AI',
    firstRelease: '2023-12-11',
    releaseSource: E.mixtralPaper.source,
    summary:
      'A sparse mixture-of-experts model that sends each token to 2 of 8 experts per layer; OSI found it fell short of its definition.',
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 46.7e9, active: 12.9e9}], ...E.mixtralPaper},
    license: 'Apache-2.0',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (mistralai) or run it with Ollama, llama.cpp or vLLM.',
    openness: {
      weights: open(E.mixtralPaper, 'Weights released under Apache 2.0.'),
      inferenceCode: open(
        E.mixtralPaper,
        'Reference inference code released under Apache 2.0; vLLM support was contributed at launch.',
      ),
      trainingCode: closed(E.osiAi, 'Training code not released; one reason OSI found it fell short.'),
      trainingData: closed(E.mixtralPaper, 'Training data not released.'),
      dataDocumentation: closed(
        E.mixtralPaper,
        'The paper says only that it was pre-trained on multilingual web data.',
      ),
      paper: partial(E.mixtralPaper, 'A report on architecture and results, without data details.'),
      modelCard: partial(
        E.mixtralPaper,
        'Only a short Hugging Face card with usage notes; evaluation is in the paper.',
      ),
      license: open(E.mixtralPaper, 'Apache 2.0, an OSI-approved license.'),
      api: closed(E.mixtralPaper, 'Released for download; the paper names no hosted API.'),
    },
    guidePages: [G.alternatives, G.vsWeights],
    lastVerified: CORRECTED,
  },
  {
    id: 'mistral-large-3',
    name: 'Mistral Large 3',
    organization: 'Mistral AI',
    firstRelease: '2025-12-02',
    releaseSource: E.mistralLarge3.source,
    summary:
      "The largest model of Mistral's December 2025 Mistral 3 family: a multimodal mixture-of-experts model released under Apache 2.0, according to reports.",
    modalities: ['text', 'image'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 675e9, active: 41e9}],
      note: 'As reported from the model card: a 673B language model (39B active) plus a 2.5B vision encoder.',
      ...E.mistralLarge3,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      'Download from Hugging Face (mistralai) or use Mistral AI Studio and cloud hosts; check the license on the copy you download.',
    openness: {
      weights: open(E.mistralLarge3Card, 'Base and instruct weights on Hugging Face under Apache 2.0.'),
      inferenceCode: open(
        E.mistralLarge3Card,
        'The model card shows how to serve it with vLLM (Apache 2.0).',
      ),
      trainingCode: closed(E.mistralLarge3, 'Training code not released.'),
      trainingData: closed(E.mistralLarge3, 'Training data not released.'),
      dataDocumentation: closed(
        E.mistralLarge3Transparency,
        'A 2026 review found no public training-data summary for the model.',
      ),
      paper: closed(E.mistralLarge3, 'No technical report in the sources we read.'),
      modelCard: partial(
        E.mistralLarge3Card,
        'The card gives architecture, context length and usage; little on limitations.',
      ),
      license: open(
        E.mistralLarge3Card,
        'Apache 2.0, an OSI-approved license; Mistral Large 2 used the non-commercial Mistral Research License.',
      ),
      api: open(E.mistralLarge3, 'Hosted on Mistral AI Studio and several clouds, according to reports.'),
    },
    guidePages: [G.alternatives, G.closed],
    lastVerified: CORRECTED,
  },
  {
    id: 'devstral-small-2',
    name: 'Devstral Small 2',
    organization: 'Mistral AI',
    firstRelease: '2025-12-09',
    releaseSource: E.devstralReport.source,
    summary:
      "The 24B member of Mistral's Devstral 2 coding family, under Apache 2.0; the 123B Devstral 2 uses a modified MIT license with a revenue cap (reported).",
    modalities: ['text', 'code', 'image'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 24e9}],
      note: 'Dense model; the larger Devstral 2 has 123B parameters (reported).',
      ...E.devstralCard,
    },
    license: 'Apache-2.0',
    access: ['weights', 'api'],
    howToGet:
      "Download from Hugging Face (mistralai/Devstral-Small-2-24B-Instruct-2512) or use Mistral's API; small enough for one large GPU.",
    openness: {
      weights: open(E.devstralCard, 'Downloadable without a gate under Apache 2.0, per the model card.'),
      inferenceCode: open(E.devstralCard, 'Runs in open engines such as vLLM; usage in the model card.'),
      trainingCode: closed(E.devstralCard, 'Training code not released.'),
      trainingData: closed(E.devstralCard, 'Training data not released.'),
      dataDocumentation: closed(E.devstralCard, 'No description of the training data.'),
      paper: closed(E.devstralReport, 'No technical report; an announcement and benchmarks only.'),
      modelCard: open(E.devstralCard, 'Hugging Face model card with usage, tools and benchmarks.'),
      license: open(E.devstralCard, 'Apache 2.0, an OSI-approved license, per the model card.'),
      api: open(
        E.devstralGateway,
        'Offered by API hosts (for example Vercel AI Gateway, served by Mistral).',
      ),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
]);
