import {defineLicenses} from './define';

/** Other use-restricted model licenses (RAIL, DeepSeek, FLUX.1 [dev], Gemma, Grok, Falcon, NVIDIA). See ./index.ts for how to add one. */
export const licenses = defineLicenses([
  {
    id: 'bigscience-rail-1.0',
    name: 'BigScience RAIL License v1.0',
    kind: 'restricted',
    osiApproved: false,
    source: 'bigscience-rail-license',
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
    id: 'creativeml-openrail-m',
    name: 'CreativeML OpenRAIL-M',
    kind: 'restricted',
    osiApproved: false,
    source: 'creativeml-openrail-m-text',
    asOf: '2022-08',
    allows: 'Commercial and non-commercial use, change and redistribution of the weights.',
    restrictions:
      'Use restrictions (for example no illegal or harmful content) travel with every copy and derivative.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Commercial use is allowed, within the use restrictions of the license’s attachment.',
        source: 'creativeml-openrail-m-text',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'We have not read how this license treats models trained on outputs.',
        source: 'creativeml-openrail-m-text',
      },
      derivatives: {
        status: 'yes',
        note: 'Changed versions may be shared, carrying the same use restrictions.',
        source: 'creativeml-openrail-m-text',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'An attachment lists banned uses (for example illegal or harmful content).',
        source: 'creativeml-openrail-m-text',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'The use restrictions must be included in the terms of every copy and derivative you share.',
        source: 'creativeml-openrail-m-text',
      },
      attributionDuties: {
        status: 'not-checked',
        note: 'Not checked.',
        source: 'creativeml-openrail-m-text',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'Not checked.',
        source: 'creativeml-openrail-m-text',
      },
    },
  },
  {
    id: 'deepseek-model-license',
    name: 'DeepSeek Model License',
    kind: 'restricted',
    osiApproved: false,
    source: 'deepseek-v3-card',
    asOf: '2024-12-26',
    allows: 'Use, change and redistribute the weights, including commercially.',
    restrictions:
      'Use-based restrictions apply to the weights; the code in the same release is MIT. It covers the original DeepSeek-V3 checkpoint (December 2024); DeepSeek-V3-0324 (2025-03-24) and later V3.x checkpoints are published under MIT instead.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Commercial use is allowed (the release README says so), within the use restrictions of Attachment A (paragraph 5).',
        source: 'deepseek-model-license',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'A model trained on its outputs counts as a "Derivative of the Model" (definitions) and must carry the same use restrictions (paragraph 4a).',
        source: 'deepseek-model-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Paragraph 4 allows distributing modified versions, including as a hosted service.',
        source: 'deepseek-model-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Attachment A lists banned uses (paragraph 5).',
        source: 'deepseek-model-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Paragraph 4a: the use restrictions must be an enforceable part of the terms of every copy and derivative.',
        source: 'deepseek-model-license',
      },
      attributionDuties: {
        status: 'no',
        note: 'Keep the license and the existing notices (paragraph 4b, 4d); no extra credit line.',
        source: 'deepseek-model-license',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'Not checked.',
        source: 'deepseek-model-license',
      },
    },
  },
  {
    id: 'flux-1-dev-non-commercial',
    name: 'FLUX.1 [dev] Non-Commercial License',
    kind: 'restricted',
    osiApproved: false,
    source: 'flux-1-dev-license-text',
    asOf: '2025-07-31',
    allows:
      'Use, change and share the FLUX.1 [dev] models and derivatives for non-commercial purposes: personal research and hobby use, testing by companies outside production, charities. Outputs may be used commercially.',
    restrictions:
      'No commercial or production use without a separate (possibly paid) license from Black Forest Labs; no military, surveillance or biometric uses; content filters or a review of outputs are required; the license is revocable. Read as version 1.1.1 (June 2025).',
    terms: {
      commercialUse: {
        status: 'no',
        note: 'Section 2(b) allows non-commercial purposes only and section 4(a)(i) bans commercial or production use; a commercial license must be requested from the company.',
        source: 'flux-1-dev-license-text',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'Section 2(d): outputs may be used for any purpose, commercial included, except to train, fine-tune or distill a model that competes with FLUX.1 [dev] or Kontext [dev].',
        source: 'flux-1-dev-license-text',
      },
      derivatives: {
        status: 'conditional',
        note: 'Section 2(a) allows creating and sharing derivatives, but only for non-commercial purposes and under the conditions of section 3.',
        source: 'flux-1-dev-license-text',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Section 4(a) lists banned uses: commercial, military, surveillance, biometric processing, unlawful content and more.',
        source: 'flux-1-dev-license-text',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 2(a): the restrictions apply to derivatives too; section 3(a): recipients get a copy of this license, with rights granted by the company.',
        source: 'flux-1-dev-license-text',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Section 3(b): shared copies carry a set Attribution Notice naming the license and Black Forest Labs; 3(c) adds a statement of changes for derivatives.',
        source: 'flux-1-dev-license-text',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'The license text sets no download gate; we did not check the Hugging Face page.',
        source: 'flux-1-dev-license-text',
      },
    },
  },
  {
    id: 'gemma-terms',
    name: 'Gemma Terms of Use',
    kind: 'restricted',
    osiApproved: false,
    source: 'gemma-terms',
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
    id: 'grok-2-community',
    name: 'Grok 2 Community License (now the xAI Community License Agreement)',
    kind: 'restricted',
    osiApproved: false,
    source: 'grok-2-license',
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
    id: 'tii-falcon-180b',
    name: 'Falcon-180B TII License v1.0',
    kind: 'restricted',
    osiApproved: false,
    source: 'falcon-180b-license',
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
  {
    id: 'nvidia-open-model-license',
    name: 'NVIDIA Open Model License Agreement',
    kind: 'restricted',
    osiApproved: false,
    source: 'nvidia-open-model-license',
    asOf: '2025-08',
    allows: 'Use, change and redistribute the model and derivatives, including commercially.',
    restrictions:
      "Custom NVIDIA terms, not an OSI license; the rights end for anyone who bypasses or disables the model's safety guardrails.",
  },
  {
    id: 'creativeml-openrail-plus-plus-m',
    name: 'CreativeML Open RAIL++-M License',
    kind: 'restricted',
    osiApproved: false,
    source: 'creativeml-openrail-plus-plus-m-text',
    asOf: '2023-07-26',
    allows:
      'A perpetual, royalty-free license to use, change, redistribute and host the model and derivatives, including commercially; the licensor claims no rights in outputs.',
    restrictions:
      'The use restrictions of Attachment A (unlawful use, harming minors, harassment, disinformation, discrimination, medical advice, law-enforcement profiling and more) bind every user and must be written into the terms of every copy and derivative. Dated 26 July 2023, for SDXL 1.0.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Section II grants use and distribution rights with no non-commercial limit; every use must stay within the Attachment A restrictions (paragraph 5).',
        source: 'creativeml-openrail-plus-plus-m-text',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'A model trained on its outputs or distilled from it counts as a "Derivative of the Model" (definitions), so it must carry the same use restrictions.',
        source: 'creativeml-openrail-plus-plus-m-text',
      },
      derivatives: {
        status: 'yes',
        note: 'Section III allows sharing copies and derivatives, changed or not, and hosting them as a service, under the distribution conditions.',
        source: 'creativeml-openrail-plus-plus-m-text',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Attachment A lists the banned uses; paragraph 5 makes them binding.',
        source: 'creativeml-openrail-plus-plus-m-text',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section III: the paragraph 5 restrictions must be an enforceable part of any agreement under which you share the model or a derivative.',
        source: 'creativeml-openrail-plus-plus-m-text',
      },
      attributionDuties: {
        status: 'no',
        note: 'Section III: pass on a copy of the license, mark changed files and keep existing notices; no credit line or naming duty.',
        source: 'creativeml-openrail-plus-plus-m-text',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license text asks for no registration or acceptance step; a given download page may still gate it.',
        source: 'creativeml-openrail-plus-plus-m-text',
      },
    },
  },
  {
    id: 'stability-ai-community',
    name: 'Stability AI Community License Agreement',
    kind: 'restricted',
    osiApproved: false,
    source: 'stability-ai-community-license-text',
    asOf: '2024-07-05',
    allows:
      'A free, revocable license to use, change and share the models and derivatives for research and non-commercial purposes, and commercially for registered users under US$1 million in annual revenue. You own your outputs.',
    restrictions:
      'Commercial users must register with Stability AI, and all rights end once you and your affiliates pass US$1 million in annual revenue, when an enterprise license is needed. Stability AI’s Acceptable Use Policy applies, outputs may not build or improve other foundational generative models, and copies must say “Powered by Stability AI”. Read as the version last updated 5 July 2024.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Section III allows commercial use if you register with Stability AI and you and your affiliates stay under US$1 million in annual revenue.',
        source: 'stability-ai-community-license-text',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'Section IV(b): outputs may not be used to create or improve any foundational generative AI model other than the licensed models and their derivatives.',
        source: 'stability-ai-community-license-text',
      },
      derivatives: {
        status: 'conditional',
        note: 'Sections II and III allow creating, changing and sharing derivative works; commercial ones fall under the registration and revenue conditions of Section III.',
        source: 'stability-ai-community-license-text',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Section IV(b) makes Stability AI’s Acceptable Use Policy, which it may update, part of the agreement for the models, derivatives and outputs.',
        source: 'stability-ai-community-license-text',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section IV(a)(i): anyone you give the materials, a derivative or a product built on them gets a copy of the agreement; IV(b) covers derivatives too.',
        source: 'stability-ai-community-license-text',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Section IV(a): ship a set notice in a "Notice" file and show “Powered by Stability AI” on a related website, interface or documentation.',
        source: 'stability-ai-community-license-text',
      },
      gatedDownload: {
        status: 'yes',
        note: 'Section I: you accept the agreement by clicking “I Accept” or by using the materials; Section III adds registration for commercial use.',
        source: 'stability-ai-community-license-text',
        gate: 'accept-terms',
      },
      userThreshold: {
        status: 'not-checked',
        note: 'Section III has a revenue clause: all licenses end once you and your affiliates earn over US$1 million a year from any source; a separate enterprise license is then needed. It is an annual figure, so no monthly threshold is recorded.',
        source: 'stability-ai-community-license-text',
        effect: 'separate-license',
        measuredAt: 'ongoing',
      },
    },
  },
]);
