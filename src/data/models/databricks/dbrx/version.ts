/**
 * DBRX: Databricks' mixture-of-experts language model (Base and Instruct), read from the
 * databricks/dbrx repository (README and model card pinned at commit a320039, 2024-04-19).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('dbrx-readme', '2024-04-19');
const card = ev('dbrx-instruct-card', '2024-04-19');
const licenseText = ev('dbrx-license', '2024-03-27');

export default defineVersion(maker, {
  id: 'dbrx',
  name: 'DBRX',
  organization: 'Databricks (Mosaic Research)',
  firstRelease: '2024-03-27',
  releaseSource: 'dbrx-license',
  summary:
    'Databricks’ fine-grained mixture-of-experts language model (132B total, 36B active; Base and Instruct), trained on 12T tokens of text and code, under the Databricks Open Model License.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'DBRX Base and Instruct', total: 1.32e11, active: 3.6e10}],
    note: '16 experts, 4 active per token; 32K-token context.',
    ...readme,
  },
  license: 'databricks-open-model-license',
  access: ['weights', 'api'],
  howToGet:
    'Accept the license on Hugging Face (databricks/dbrx-instruct; dbrx-base needs manual approval) and run it with transformers or vLLM.',
  openness: {
    weights: partial(
      readme,
      'Download after accepting a custom license on Hugging Face; the Base model also needs manual approval.',
    ),
    inferenceCode: open(
      readme,
      'The repo’s own code is under the custom license, but the README documents running it with open runtimes: vLLM, llama.cpp and MLX.',
    ),
    trainingCode: partial(
      readme,
      'Trained with Databricks’ optimized versions of its open libraries (Composer, LLM Foundry, MegaBlocks); LLM Foundry has public fine-tuning configs.',
    ),
    trainingData: closed(card, 'The 12T-token curated pretraining set was not released.'),
    dataDocumentation: partial(
      card,
      'Only the token count, a text-and-code mix, mostly English, a December 2023 cutoff and curriculum learning; no sources.',
    ),
    paper: closed(
      card,
      'No paper or technical report; the card points to a technical blog post for details.',
    ),
    modelCard: open(
      card,
      'Model cards for Base and Instruct: architecture, intended and out-of-scope uses, limitations, risks and evaluation.',
    ),
    license: partial(
      licenseText,
      'Custom license: no use of DBRX or its outputs to improve other LLMs, an acceptable use policy and a 700M-user clause.',
    ),
    api: open(
      card,
      'Databricks offered both models through its Foundation Model API, pay-per-token and provisioned (April 2024); current availability not checked.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  trackers: {mot: {file: 'dbrx-instruct.yml', note: 'DBRX Instruct.'}},
  sources: [
    {
      id: 'dbrx-readme',
      title: 'databricks/dbrx README (commit a320039): model details, quick start, inference and license',
      publisher: 'Databricks on GitHub',
      url: 'https://github.com/databricks/dbrx/blob/a3200393e678387a6f30f3e903108c650625eb21/README.md',
      published: '2024-04-19',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'dbrx-instruct-card',
      title: 'DBRX Instruct model card (MODEL_CARD_dbrx_instruct.md, commit a320039)',
      publisher: 'Databricks on GitHub',
      url: 'https://github.com/databricks/dbrx/blob/a3200393e678387a6f30f3e903108c650625eb21/MODEL_CARD_dbrx_instruct.md',
      published: '2024-04-19',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
