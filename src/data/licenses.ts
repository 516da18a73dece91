/**
 * Licenses that model and tool records refer to by id. Sorted: OSI-approved first, then by id.
 *
 * To add one: use the SPDX id when the license has one (https://spdx.org/licenses/), else a
 * kebab-case id named after the license. Set `kind` honestly: `osi-approved` only for licenses on
 * OSI's list (the build checks `osiApproved` agrees). `asOf` is when the text was checked.
 */
import type {License} from './types';

export const licenses = [
  {
    id: 'Apache-2.0',
    name: 'Apache License 2.0',
    kind: 'osi-approved',
    osiApproved: true,
    url: 'https://www.apache.org/licenses/LICENSE-2.0',
    asOf: '2026-06',
    allows:
      'Use, change and redistribute for any purpose, including commercial use, with an explicit patent license.',
    restrictions:
      'Keep the license and notices and mark changed files; the patent license ends for anyone who sues over patents in the work.',
  },
  {
    id: 'MIT',
    name: 'MIT License',
    kind: 'osi-approved',
    osiApproved: true,
    url: 'https://opensource.org/license/mit',
    asOf: '2026-06',
    allows: 'Use, change and redistribute for any purpose, including commercial use.',
    restrictions: 'Keep the copyright and permission notice.',
  },
  {
    id: 'bigscience-rail-1.0',
    name: 'BigScience RAIL License v1.0',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://huggingface.co/spaces/bigscience/license',
    asOf: '2022-07',
    allows: 'Broad rights to use, change and redistribute the weights, including commercially.',
    restrictions:
      'A list of banned uses (Attachment A) applies and must be passed on to everyone downstream, so it is not open source.',
  },
  {
    id: 'CC-BY-NC-4.0',
    name: 'Creative Commons Attribution-NonCommercial 4.0',
    kind: 'non-commercial',
    osiApproved: false,
    url: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
    asOf: '2024-04',
    allows: 'Share and adapt with attribution.',
    restrictions: 'No commercial use.',
  },
  {
    id: 'creativeml-openrail-m',
    name: 'CreativeML OpenRAIL-M',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
    asOf: '2022-08',
    allows: 'Commercial and non-commercial use, change and redistribution of the weights.',
    restrictions:
      'Use restrictions (for example no illegal or harmful content) travel with every copy and derivative.',
  },
  {
    id: 'deepseek-model-license',
    name: 'DeepSeek Model License',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://huggingface.co/deepseek-ai/DeepSeek-V3',
    asOf: '2024-12-26',
    allows: 'Use, change and redistribute the weights, including commercially.',
    restrictions:
      'Use-based restrictions apply to the weights; the code in the same release is MIT. It covers the original DeepSeek-V3 checkpoint (December 2024); DeepSeek-V3-0324 (2025-03-24) and later V3.x checkpoints are published under MIT instead.',
  },
  {
    id: 'gemma-terms',
    name: 'Gemma Terms of Use',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://ai.google.dev/gemma/terms',
    asOf: '2026',
    allows: 'Use, change and redistribute, including commercially.',
    restrictions:
      'The Gemma Prohibited Use Policy applies and must be passed on to redistributed copies and derivatives.',
  },
  {
    id: 'gpt-2-modified-mit',
    name: 'Modified MIT License (GPT-2)',
    kind: 'permissive',
    osiApproved: false,
    url: 'https://github.com/openai/gpt-2/blob/master/LICENSE',
    asOf: '2026-06',
    allows: 'MIT-style permission to use, change and redistribute, including commercially.',
    restrictions: 'OpenAI added wording to the MIT text, so it is not the OSI-listed MIT license itself.',
  },
  {
    id: 'grok-2-community',
    name: 'Grok 2 Community License (now the xAI Community License Agreement)',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://huggingface.co/xai-org/grok-2/blob/main/LICENSE',
    asOf: '2026-11-27',
    allows:
      "A revocable license to use, copy, change and redistribute the Grok 2 weights for non-commercial and research use, and commercially if you follow xAI's Acceptable Use Policy.",
    restrictions:
      'The weights, derivatives and outputs may not be used to train, create or improve other foundation, large language or general-purpose models (fine-tuning Grok 2 itself is allowed). An early version of the text limited commercial use to companies with under $1 million in annual revenue; xAI replaced that with the usage-policy condition, and renamed the license on 2025-11-04.',
  },
  {
    id: 'jukebox-noncommercial',
    name: 'OpenAI Jukebox Noncommercial Use License',
    kind: 'non-commercial',
    osiApproved: false,
    url: 'https://github.com/openai/jukebox/blob/master/LICENSE',
    asOf: '2020',
    allows: 'Use and change the code and weights for noncommercial purposes.',
    restrictions: 'No commercial use of the software or of its outputs.',
  },
  {
    id: 'llama-1-research',
    name: 'LLaMA non-commercial research license',
    kind: 'non-commercial',
    osiApproved: false,
    url: 'https://ai.meta.com/blog/large-language-model-llama-meta-ai/',
    asOf: '2023-02-24',
    allows: 'Research use by people Meta approved case by case.',
    restrictions: 'No commercial use; access was granted on request.',
  },
  {
    id: 'llama-2-community',
    name: 'Llama 2 Community License',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
    asOf: '2023-07-18',
    allows: 'Royalty-free use, change and redistribution, including commercially.',
    restrictions:
      'Acceptable Use Policy; a separate license is needed if your products had more than 700 million monthly active users on the release date. OSI says this is not open source.',
  },
  {
    id: 'llama-3-community',
    name: 'Meta Llama 3 Community License',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://github.com/meta-llama/llama3/blob/main/LICENSE',
    asOf: '2024-04-18',
    allows: 'Royalty-free use, change and redistribution, including commercially.',
    restrictions:
      'Acceptable Use Policy, "Built with Meta Llama 3" notice, derived model names start with "Llama 3", outputs may not improve non-Llama models, 700-million-MAU clause.',
  },
  {
    id: 'llama-3-1-community',
    name: 'Llama 3.1 Community License',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE',
    asOf: '2026-11-27',
    allows:
      'Royalty-free use, change and redistribution, including commercially; outputs may be used to train or improve other AI models, as long as a distributed model\'s name begins with "Llama".',
    restrictions:
      'Acceptable Use Policy, a "Built with Llama" notice, the "Llama" naming rule for models trained on Llama or its outputs, and the 700-million-MAU clause.',
  },
  {
    id: 'llama-4-community',
    name: 'Llama 4 Community License Agreement',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE',
    asOf: '2026-11-27',
    allows:
      'Royalty-free use, change and redistribution, including commercially; outputs may be used to improve other models under the same "Llama" naming rule as Llama 3.1.',
    restrictions:
      'The Llama 4 Acceptable Use Policy withholds the license rights for the multimodal Llama 4 models (Scout and Maverick) from individuals domiciled in, and companies with their principal place of business in, the European Union; end users of a product built on them are exempt. Also: the rest of the Acceptable Use Policy, a "Built with Llama" notice, naming rules and the 700-million-MAU clause.',
  },
  {
    id: 'no-license-file',
    name: 'No license file',
    kind: 'unclear',
    osiApproved: false,
    url: 'https://github.com/kimiyoung/transformer-xl',
    asOf: '2026-11',
    allows: 'Nothing is granted explicitly; without a license, default copyright applies.',
    restrictions: 'Ask the authors before reusing the code or weights.',
  },
  {
    id: 'not-verified',
    name: 'License not verified',
    kind: 'unclear',
    osiApproved: false,
    url: 'https://arxiv.org/abs/1801.06146',
    asOf: '2026-06',
    allows: 'We have not verified the license of this release; check the distribution you download.',
  },
  {
    id: 'proprietary',
    name: 'Proprietary terms of service',
    kind: 'proprietary',
    osiApproved: false,
    asOf: '2026-06',
    allows: "Use through the vendor's app or API under its terms of service and usage policies.",
    restrictions:
      "No right to the weights, the code or the training data; terms can change at the vendor's discretion.",
  },
  {
    id: 'tii-falcon-180b',
    name: 'Falcon-180B TII License v1.0',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://huggingface.co/spaces/tiiuae/falcon-180b-license',
    asOf: '2023-09',
    allows: 'Use, change and redistribute, including commercially, within the license terms.',
    restrictions: 'An acceptable-use policy applies.',
  },
  /* ---- Added with the 2024-2026 model records (src/data/models-recent.ts); keep this block together. */
  {
    id: 'kimi-k2-modified-mit',
    name: 'Kimi K2 Modified MIT License',
    kind: 'permissive',
    osiApproved: false,
    url: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE',
    asOf: '2025-07',
    allows: 'The MIT grant: use, change and redistribute for any purpose, including commercially.',
    restrictions:
      'A product with more than 100 million monthly active users or more than US$20 million in monthly revenue must show "Kimi K2" in its user interface.',
  },
  {
    id: 'llama-3-3-community',
    name: 'Llama 3.3 Community License Agreement',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE',
    asOf: '2024-12-06',
    allows: 'Royalty-free use, change and redistribution, including commercially.',
    restrictions: 'Acceptable Use Policy, attribution and naming rules and the 700-million-MAU clause.',
  },
  {
    id: 'nvidia-open-model-license',
    name: 'NVIDIA Open Model License Agreement',
    kind: 'restricted',
    osiApproved: false,
    url: 'https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/',
    asOf: '2025-08',
    allows: 'Use, change and redistribute the model and derivatives, including commercially.',
    restrictions:
      "Custom NVIDIA terms, not an OSI license; the rights end for anyone who bypasses or disables the model's safety guardrails.",
  },
] as const satisfies readonly License[];

export type LicenseId = (typeof licenses)[number]['id'];

const byId = new Map<string, License>(licenses.map((l) => [l.id, l]));

export function getLicense(id: string): License | undefined {
  return byId.get(id);
}
