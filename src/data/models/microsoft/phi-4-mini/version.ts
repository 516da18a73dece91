/**
 * Phi-4-mini: Microsoft's 3.8B text model under MIT, rated from its Hugging Face model card (README
 * at commit 5a14955), its Azure AI Foundry catalog entry, GitHub Models' transparency tab and the
 * Phi-4-Mini technical report.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const card = ev('phi-4-mini-instruct-card', '2026-12');
const azure = ev('azure-foundry-phi-4-mini-instruct', '2026-12');
const transparency = ev('github-models-phi-4-mini-transparency', '2026-12');
const report = ev('phi-4-mini-report', '2025-03-03');

export default defineVersion(maker, {
  id: 'phi-4-mini',
  name: 'Phi-4-mini',
  organization: 'Microsoft',
  firstRelease: '2025-02',
  releaseSource: 'nvidia-nim-phi-4-mini-instruct',
  summary:
    'A 3.8B dense text model in Microsoft’s Phi-4 family, trained largely on synthetic and filtered web data, with a 128K-token context, under MIT.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 3.8e9}],
    note: 'A dense decoder-only Transformer of 3.8B parameters with a 200K-token vocabulary.',
    ...azure,
  },
  license: 'MIT',
  access: ['weights', 'api'],
  howToGet:
    'Download microsoft/Phi-4-mini-instruct from Hugging Face and run it with Transformers, or deploy it from the Azure AI Foundry catalog.',
  openness: {
    weights: open(card, 'Instruct weights on Hugging Face under MIT.'),
    inferenceCode: open(
      card,
      'The card targets Hugging Face Transformers; the repository ships its model code under MIT.',
    ),
    trainingCode: closed(report, 'No training code released in the sources we read.'),
    trainingData: closed(
      transparency,
      'About 5 trillion tokens of synthetic data and filtered public documents; not released.',
    ),
    dataDocumentation: partial(
      transparency,
      'The card gives the token count and broad source types (filtered public documents, synthetic data), not datasets.',
    ),
    paper: open(
      report,
      'Technical report on arXiv covering the architecture, data recipe, training and evaluation of Phi-4-Mini.',
    ),
    modelCard: open(
      card,
      'Model card with intended uses, use-case cautions, supported languages and a training-data summary.',
    ),
    license: open(card, 'MIT, an OSI-approved license.'),
    api: open(azure, 'Listed in Microsoft’s Azure AI Foundry catalog for hosted use.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'phi-4-mini-instruct-card',
      title: 'Phi-4-mini-instruct model card (README at commit 5a14955)',
      publisher: 'Microsoft on Hugging Face',
      url: 'https://huggingface.co/microsoft/Phi-4-mini-instruct',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read through a mirror of the README at commit 5a14955; its metadata gives the MIT license and the Transformers library.',
    },
    {
      id: 'azure-foundry-phi-4-mini-instruct',
      title: 'Phi-4-mini-instruct in the Azure AI Foundry model catalog',
      publisher: 'Microsoft Azure',
      url: 'https://ai.azure.com/catalog/models/Phi-4-mini-instruct',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'github-models-phi-4-mini-transparency',
      title: 'Phi-4-mini-instruct on GitHub Models: transparency tab',
      publisher: 'GitHub Marketplace (Microsoft)',
      url: 'https://github.com/marketplace/models/azureml/Phi-4-mini-instruct?tab=transparency',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'phi-4-mini-report',
      title:
        'Phi-4-Mini Technical Report: Compact yet Powerful Multimodal Language Models via Mixture-of-LoRAs',
      publisher: 'Microsoft (arXiv 2503.01743)',
      url: 'https://arxiv.org/abs/2503.01743',
      published: '2025-03-03',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'nvidia-nim-phi-4-mini-instruct',
      title: 'microsoft / phi-4-mini-instruct (NVIDIA API Catalog reference)',
      publisher: 'NVIDIA',
      url: 'https://docs.api.nvidia.com/nim/reference/microsoft-phi-4-mini-instruct',
      asOf: '2026-12',
      kind: 'secondary',
      topic: 'models',
      note: 'A third party’s copy of the model card; we cite it for the February 2025 release month only.',
    },
  ],
});
