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
    terms: {
      commercialUse: {
        status: 'yes',
        note: 'Section 2 grants a royalty-free license for any purpose, commercial use included.',
        source: 'apache-2-license-text',
      },
      outputsForTraining: {
        status: 'yes',
        note: 'No clause limits what you do with outputs.',
        source: 'apache-2-license-text',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 4 lets you publish changed versions under terms of your choice.',
        source: 'apache-2-license-text',
      },
      acceptableUsePolicy: {status: 'no', note: 'No list of banned uses.', source: 'apache-2-license-text'},
      passesToDerivatives: {
        status: 'no',
        note: 'No share-alike: your changes can carry any license (section 4).',
        source: 'apache-2-license-text',
      },
      attributionDuties: {
        status: 'no',
        note: 'Only keep the license, copyright and NOTICE texts and mark changed files (section 4).',
        source: 'apache-2-license-text',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration or click-through; check the download page of the model itself.',
        source: 'apache-2-license-text',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'yes',
        note: 'Permission to use, copy, modify, publish, distribute and sell, without restriction.',
        source: 'https://opensource.org/license/mit',
      },
      outputsForTraining: {
        status: 'yes',
        note: 'No clause limits what you do with outputs.',
        source: 'https://opensource.org/license/mit',
      },
      derivatives: {
        status: 'yes',
        note: 'Modifying and publishing are among the rights granted.',
        source: 'https://opensource.org/license/mit',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'No list of banned uses.',
        source: 'https://opensource.org/license/mit',
      },
      passesToDerivatives: {
        status: 'no',
        note: 'No share-alike: only the notice must travel with copies.',
        source: 'https://opensource.org/license/mit',
      },
      attributionDuties: {
        status: 'no',
        note: 'Only keep the copyright and permission notice.',
        source: 'https://opensource.org/license/mit',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration or click-through; check the download page of the model itself.',
        source: 'https://opensource.org/license/mit',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Commercial use is allowed, within the banned uses of Attachment A.',
        source: 'bigscience-rail-license',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'We have not read how this license treats models trained on outputs.',
        source: 'bigscience-rail-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Changed versions may be shared, carrying the same use restrictions.',
        source: 'bigscience-rail-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Attachment A lists banned uses.',
        source: 'bigscience-rail-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'The Attachment A restrictions must be passed on to everyone who receives a copy or a derivative.',
        source: 'bigscience-rail-license',
      },
      attributionDuties: {status: 'not-checked', note: 'Not checked.', source: 'bigscience-rail-license'},
      gatedDownload: {status: 'not-checked', note: 'Not checked.', source: 'bigscience-rail-license'},
    },
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
    terms: {
      commercialUse: {
        status: 'no',
        note: 'Section 2(a) grants the rights for NonCommercial purposes only.',
        source: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'The license does not mention model outputs; whether they are covered is not settled, so we give no answer.',
        source: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
      },
      derivatives: {
        status: 'conditional',
        note: 'Adapted material may be shared, for non-commercial purposes only and with credit (sections 2 and 3).',
        source: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'No list of banned uses beyond the non-commercial limit.',
        source: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
      },
      passesToDerivatives: {
        status: 'no',
        note: 'No share-alike clause (that is the BY-NC-SA variant), though the non-commercial limit still covers the original material in any adaptation.',
        source: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Credit the creator, link the license and say whether you changed the material (section 3(a)).',
        source: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration; a given download page may still gate it.',
        source: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Commercial use is allowed, within the use restrictions of the license’s attachment.',
        source: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'We have not read how this license treats models trained on outputs.',
        source: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Changed versions may be shared, carrying the same use restrictions.',
        source: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'An attachment lists banned uses (for example illegal or harmful content).',
        source: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'The use restrictions must be included in the terms of every copy and derivative you share.',
        source: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
      },
      attributionDuties: {
        status: 'not-checked',
        note: 'Not checked.',
        source: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'Not checked.',
        source: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Commercial use is allowed (the release README says so), within the use restrictions of Attachment A (paragraph 5).',
        source: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'A model trained on its outputs counts as a "Derivative of the Model" (definitions) and must carry the same use restrictions (paragraph 4a).',
        source: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL',
      },
      derivatives: {
        status: 'yes',
        note: 'Paragraph 4 allows distributing modified versions, including as a hosted service.',
        source: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Attachment A lists banned uses (paragraph 5).',
        source: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Paragraph 4a: the use restrictions must be an enforceable part of the terms of every copy and derivative.',
        source: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL',
      },
      attributionDuties: {
        status: 'no',
        note: 'Keep the license and the existing notices (paragraph 4b, 4d); no extra credit line.',
        source: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'Not checked.',
        source: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Commercial use is allowed, within the Gemma Prohibited Use Policy (section 3.2).',
        source: 'gemma-terms',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'Outputs are yours, but a model trained on them (distillation, synthetic data) counts as a "Model Derivative" (section 1.1) and falls under the same terms.',
        source: 'gemma-terms',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 2.2 allows modifying and distributing Gemma and Model Derivatives under these terms.',
        source: 'gemma-terms',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'The Gemma Prohibited Use Policy applies (section 3.2).',
        source: 'gemma-prohibited-use',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 3.1: the use restrictions must go into the terms of every copy and derivative you distribute.',
        source: 'gemma-terms',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Section 3.1: distributed copies need a notice that Gemma is provided under the Gemma Terms of Use, and changed files a notice of the change.',
        source: 'gemma-terms',
      },
      gatedDownload: {status: 'not-checked', note: 'Not checked.', source: 'gemma-terms'},
    },
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
    terms: {
      commercialUse: {
        status: 'yes',
        note: 'The MIT grant, including the right to sell copies.',
        source: 'https://github.com/openai/gpt-2/blob/master/LICENSE',
      },
      outputsForTraining: {
        status: 'yes',
        note: 'OpenAI claims no ownership of what you generate; the line asking you to label GPT-2 content is a request, not a condition.',
        source: 'https://github.com/openai/gpt-2/blob/master/LICENSE',
      },
      derivatives: {
        status: 'yes',
        note: 'Modifying and publishing are among the rights granted.',
        source: 'https://github.com/openai/gpt-2/blob/master/LICENSE',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'Only a request to use it responsibly, with no list of banned uses.',
        source: 'https://github.com/openai/gpt-2/blob/master/LICENSE',
      },
      passesToDerivatives: {
        status: 'no',
        note: 'No share-alike: only the notice must travel with copies.',
        source: 'https://github.com/openai/gpt-2/blob/master/LICENSE',
      },
      attributionDuties: {
        status: 'no',
        note: 'Keep the copyright and permission notice; it need not accompany generated content.',
        source: 'https://github.com/openai/gpt-2/blob/master/LICENSE',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration.',
        source: 'https://github.com/openai/gpt-2/blob/master/LICENSE',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: "Commercial use is allowed if you follow xAI's Acceptable Use Policy.",
        source: 'grok-2-license',
      },
      outputsForTraining: {
        status: 'no',
        note: 'The weights, derivatives and outputs may not be used to train, create or improve other foundation, large language or general-purpose models.',
        source: 'grok-2-license',
      },
      derivatives: {
        status: 'conditional',
        note: 'Modifying and fine-tuning Grok 2 itself is allowed under the agreement; building another general-purpose model from it is not.',
        source: 'grok-2-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: "xAI's Acceptable Use Policy applies.",
        source: 'grok-2-license',
      },
      passesToDerivatives: {status: 'not-checked', note: 'Not checked.', source: 'grok-2-license'},
      attributionDuties: {status: 'not-checked', note: 'Not checked.', source: 'grok-2-license'},
      gatedDownload: {status: 'not-checked', note: 'Not checked.', source: 'grok-2-license'},
      userThreshold: {
        status: 'no',
        note: 'No threshold today: an early version limited commercial use to companies under $1 million in annual revenue; xAI replaced it with the usage-policy condition.',
        source: 'grok-2-license',
        effect: 'separate-license',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'no',
        note: 'No part of the software, nor any content created with it, may be used for commercial purposes.',
        source: 'openai-jukebox-license',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'Only for non-commercial purposes: the non-commercial limit covers content created with Jukebox.',
        source: 'openai-jukebox-license',
      },
      derivatives: {
        status: 'conditional',
        note: 'Modifying and publishing are allowed, for non-commercial use only.',
        source: 'openai-jukebox-license',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'Only the non-commercial limit and a request to use it responsibly.',
        source: 'openai-jukebox-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'The permission notice, with its non-commercial condition, must be included in all copies.',
        source: 'openai-jukebox-license',
      },
      attributionDuties: {
        status: 'no',
        note: 'Labelling content as made with Jukebox is a request, not a condition.',
        source: 'openai-jukebox-license',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration.',
        source: 'openai-jukebox-license',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'no',
        note: 'Released for non-commercial research use only.',
        source: 'meta-llama1-blog',
      },
      outputsForTraining: {status: 'not-checked', note: 'Not checked.', source: 'meta-llama1-blog'},
      derivatives: {status: 'not-checked', note: 'Not checked.', source: 'meta-llama1-blog'},
      acceptableUsePolicy: {status: 'not-checked', note: 'Not checked.', source: 'meta-llama1-blog'},
      passesToDerivatives: {status: 'not-checked', note: 'Not checked.', source: 'meta-llama1-blog'},
      attributionDuties: {status: 'not-checked', note: 'Not checked.', source: 'meta-llama1-blog'},
      gatedDownload: {
        status: 'yes',
        note: 'Meta granted access case by case on request.',
        source: 'meta-llama1-blog',
        gate: 'approval',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Royalty-free commercial use is allowed, within the Acceptable Use Policy and the 700-million-user clause (section 2).',
        source: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
      },
      outputsForTraining: {
        status: 'no',
        note: 'Section 1(b)(v): outputs may not be used to improve any other large language model than Llama 2 and its derivatives.',
        source: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 1(a) allows creating derivative works; section 1(b) sets the conditions for sharing them.',
        source: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Use must follow the Llama Acceptable Use Policy (section 1(b)(iv)).',
        source: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 1(b)(i): anyone you give the model or a derivative to gets a copy of the agreement and is bound by it.',
        source: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
      },
      attributionDuties: {
        status: 'no',
        note: 'Keep the "Notice" file with Meta\'s attribution line (section 1(b)(iii)); no display or naming duty.',
        source: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
      },
      gatedDownload: {
        status: 'yes',
        note: 'You accept the agreement ("I Accept") before downloading from Meta.',
        source: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
        gate: 'accept-terms',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 2: if your products had more than 700 million monthly active users in the month before the Llama 2 release date, you need a separate license that Meta may refuse. Growing past that later is not covered by this clause.',
        source: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
        monthlyActiveUsers: 700e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Royalty-free commercial use is allowed, within the Acceptable Use Policy and the 700-million-user clause (section 2).',
        source: 'llama3-license',
      },
      outputsForTraining: {
        status: 'no',
        note: 'Section 1(b)(v): outputs may not be used to improve any other large language model than Llama 3 and its derivatives.',
        source: 'llama3-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 1(a) allows creating derivative works; section 1(b) sets the conditions for sharing them.',
        source: 'llama3-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Use must follow the Llama Acceptable Use Policy (section 1(b)(iv)).',
        source: 'llama3-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 1(b)(i): anyone you give the model or a derivative to gets a copy of the agreement and is bound by it.',
        source: 'llama3-license',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Display "Built with Meta Llama 3" and start the name of a model built from it with "Llama 3" (section 1(b)(i)).',
        source: 'llama3-license',
      },
      gatedDownload: {
        status: 'yes',
        note: 'You accept the agreement ("I Accept") before downloading from Meta.',
        source: 'llama3-license',
        gate: 'accept-terms',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 2: if your products had more than 700 million monthly active users in the month before the Llama 3 release date, you need a separate license that Meta may refuse. Growing past that later is not covered by this clause.',
        source: 'llama3-license',
        monthlyActiveUsers: 700e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Royalty-free commercial use is allowed, within the Acceptable Use Policy and the 700-million-user clause (section 2).',
        source: 'llama3-1-license',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'Allowed: a model trained or improved with Llama 3.1 or its outputs may be distributed if its name begins with "Llama" (section 1(b)(i)).',
        source: 'llama3-1-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 1(a) allows creating derivative works; section 1(b) sets the conditions for sharing them.',
        source: 'llama3-1-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Use must follow the Llama Acceptable Use Policy (section 1(b)(iv)).',
        source: 'llama3-1-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 1(b)(i): anyone you give the model or a derivative to gets a copy of the agreement and is bound by it.',
        source: 'llama3-1-license',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Display "Built with Llama" and start the names of derived models with "Llama" (section 1(b)(i)).',
        source: 'llama3-1-license',
      },
      gatedDownload: {
        status: 'yes',
        note: 'You accept the agreement ("I Accept") before downloading from Meta.',
        source: 'llama3-1-license',
        gate: 'accept-terms',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 2: if your products had more than 700 million monthly active users in the month before the Llama 3.1 release date, you need a separate license that Meta may refuse. Growing past that later is not covered by this clause.',
        source: 'llama3-1-license',
        monthlyActiveUsers: 700e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Royalty-free commercial use is allowed, within the Acceptable Use Policy and the 700-million-user clause (section 2).',
        source: 'llama4-license',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'Allowed: a model trained or improved with Llama 4 or its outputs may be distributed if its name begins with "Llama" (section 1(b)(i)).',
        source: 'llama4-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 1(a) allows creating derivative works; section 1(b) sets the conditions for sharing them.',
        source: 'llama4-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Use must follow the Llama Acceptable Use Policy (section 1(b)(iv)).',
        source: 'llama4-use-policy',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 1(b)(i): anyone you give the model or a derivative to gets a copy of the agreement and is bound by it.',
        source: 'llama4-license',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Display "Built with Llama" and start the names of derived models with "Llama" (section 1(b)(i)).',
        source: 'llama4-license',
      },
      gatedDownload: {
        status: 'yes',
        note: 'You accept the agreement ("I Accept") before downloading from Meta.',
        source: 'llama4-license',
        gate: 'accept-terms',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 2: if your products had more than 700 million monthly active users in the month before the Llama 4 release date, you need a separate license that Meta may refuse. Growing past that later is not covered by this clause.',
        source: 'llama4-license',
        monthlyActiveUsers: 700e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
      regionExclusion: {
        status: 'yes',
        note: 'The Llama 4 Acceptable Use Policy withholds the license rights for the multimodal Llama 4 models from individuals domiciled in, and companies with their principal place of business in, the European Union; end users of a product built on them are exempt.',
        source: 'llama4-use-policy',
        regions: ['European Union'],
        appliesTo: 'multimodal',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'no',
        note: 'No license grants the right; default copyright applies, so ask the authors.',
        source: 'https://github.com/kimiyoung/transformer-xl',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'Without a license nothing is said about outputs.',
        source: 'https://github.com/kimiyoung/transformer-xl',
      },
      derivatives: {
        status: 'no',
        note: 'No license grants the right to publish changed versions.',
        source: 'https://github.com/kimiyoung/transformer-xl',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'There is no policy; there is no grant either.',
        source: 'https://github.com/kimiyoung/transformer-xl',
      },
      passesToDerivatives: {
        status: 'no',
        note: 'No license terms to pass on.',
        source: 'https://github.com/kimiyoung/transformer-xl',
      },
      attributionDuties: {
        status: 'no',
        note: 'No license terms.',
        source: 'https://github.com/kimiyoung/transformer-xl',
      },
      gatedDownload: {
        status: 'no',
        note: 'The files are public; no registration.',
        source: 'https://github.com/kimiyoung/transformer-xl',
      },
    },
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
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Commercial use is allowed within the acceptable-use policy; the introductory note says hosted services may need a separate license.',
        source: 'falcon-180b-license',
      },
      outputsForTraining: {status: 'not-checked', note: 'Not checked.', source: 'falcon-180b-license'},
      derivatives: {status: 'not-checked', note: 'Not checked.', source: 'falcon-180b-license'},
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Use of the work and of derivatives must follow the acceptable-use policy, which TII may update (section 5).',
        source: 'falcon-180b-license',
      },
      passesToDerivatives: {status: 'not-checked', note: 'Not checked.', source: 'falcon-180b-license'},
      attributionDuties: {status: 'not-checked', note: 'Not checked.', source: 'falcon-180b-license'},
      gatedDownload: {status: 'not-checked', note: 'Not checked.', source: 'falcon-180b-license'},
    },
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

    // Read against the LICENSE file: the MIT text plus one added paragraph (2025-07).
    terms: {
      commercialUse: {
        status: 'yes',
        note: 'The MIT grant, including selling; the added paragraph only adds a display duty for very large products.',
        source: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE',
      },
      outputsForTraining: {
        status: 'yes',
        note: 'No clause limits what you do with outputs.',
        source: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE',
      },
      derivatives: {
        status: 'yes',
        note: 'Modifying and publishing are among the MIT rights; derivatives carry the same display duty.',
        source: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'No list of banned uses.',
        source: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'The display duty covers "the Software (or any derivative works thereof)".',
        source: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE',
      },
      attributionDuties: {
        status: 'conditional',
        note: 'Above the threshold below, the product must prominently display "Kimi K2" in its user interface.',
        source: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration or click-through.',
        source: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE',
      },
      userThreshold: {
        status: 'yes',
        note: 'More than 100 million monthly active users, or more than US$20 million in monthly revenue, triggers the display duty.',
        source: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/LICENSE',
        monthlyActiveUsers: 100e6,
        monthlyRevenueUsd: 20e6,
        effect: 'attribution',
        measuredAt: 'ongoing',
      },
    },
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
