/**
 * Phi-3-mini: Microsoft's 3.8B text model of April 2024 (4K and 128K context versions) under MIT,
 * rated from the Phi-3-mini-4k-instruct Hugging Face card, its Azure AI Foundry catalog entry and
 * the Phi-3 technical report's Microsoft Research page.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const card = ev('phi-3-mini-4k-instruct-card', '2026-12');
const azure = ev('azure-foundry-phi-3-mini-4k-instruct', '2025-01');
const report = ev('phi-3-report-msr', '2024-04');

export default defineVersion(maker, {
  id: 'phi-3-mini',
  name: 'Phi-3-mini',
  organization: 'Microsoft',
  firstRelease: '2024-04-23',
  releaseSource: 'phi-3-report-msr',
  summary:
    'Microsoft’s 3.8B dense text model, trained on filtered web and synthetic “textbook-like” data, released with 4K and 128K context under MIT.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 3.8e9}],
    note: 'A dense decoder-only Transformer; the 4K and 128K context versions have the same size.',
    ...card,
  },
  license: 'MIT',
  access: ['weights', 'api'],
  howToGet:
    'Download microsoft/Phi-3-mini-4k-instruct or -128k-instruct from Hugging Face (ONNX and GGUF builds too) and run it with Transformers, or deploy it from Azure AI Foundry.',
  openness: {
    weights: open(card, 'Instruct weights on Hugging Face under MIT, with no access gate.'),
    inferenceCode: open(
      card,
      'The MIT repository ships its model code; the card shows Transformers usage and links ONNX and GGUF builds.',
    ),
    trainingCode: closed(
      card,
      'No training code; the repository only adds a short sample script for supervised fine-tuning.',
    ),
    trainingData: closed(
      report,
      'Heavily filtered web data plus synthetic data, 3.3T tokens per the report (4.9T in the updated card); not released.',
    ),
    dataDocumentation: partial(
      azure,
      'The card lists three kinds of data (filtered public documents, synthetic textbook-like data, chat data) and a token total, not datasets.',
    ),
    paper: open(
      report,
      'Technical report (MSR-TR-2024-12, arXiv 2404.14219) on the model, its data recipe, alignment and benchmarks.',
    ),
    modelCard: open(
      card,
      'Model card with intended and out-of-scope uses, responsible-AI limits, training details and benchmarks.',
    ),
    license: open(card, 'MIT, an OSI-approved license.'),
    api: open(azure, 'Listed in Microsoft’s Azure AI Foundry catalog for hosted deployment.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'phi-3-mini-4k-instruct-card',
      title: 'Phi-3-mini-4k-instruct model card and repository',
      publisher: 'Microsoft on Hugging Face',
      url: 'https://huggingface.co/microsoft/Phi-3-mini-4k-instruct',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read through stored copies of the card (April 2024 text and the June 2024 update) and the file list at commit 0a67737: MIT LICENSE, modeling_phi3.py, sample_finetune.py.',
    },
    {
      id: 'azure-foundry-phi-3-mini-4k-instruct',
      title: 'Phi-3-mini instruct (4k) in the Azure AI Foundry model catalog',
      publisher: 'Microsoft Azure',
      url: 'https://ai.azure.com/catalog/models/Phi-3-mini-4k-instruct',
      asOf: '2025-01',
      kind: 'primary',
      topic: 'models',
      note: 'Catalog version 15, last updated January 2025; it repeats the model card.',
    },
    {
      id: 'phi-3-report-msr',
      title: 'Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone',
      publisher: 'Microsoft Research (MSR-TR-2024-12; arXiv 2404.14219)',
      url: 'https://www.microsoft.com/en-us/research/publication/phi-3-technical-report-a-highly-capable-language-model-locally-on-your-phone/',
      published: '2024-04',
      kind: 'primary',
      topic: 'models',
      note: 'The publication page lists the Phi-3 model download dated 23 April 2024.',
    },
  ],
});
