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
    asOf: '2025-10-24',
    allows: 'Use, change and redistribute the model and derivatives, including commercially.',
    restrictions:
      'Custom NVIDIA terms, not an OSI license. Use must be consistent with NVIDIA\'s Trustworthy AI terms; the rights end automatically for anyone who bypasses or weakens the model\'s guardrails without putting a substantially similar safeguard in place, or who sues claiming the model infringes; NVIDIA may update the agreement to meet legal or regulatory requirements, and you must follow the update or stop using the model. Cosmos models also need a "Built on NVIDIA Cosmos" notice. Read as the version last modified 24 October 2025.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'The preamble calls the models commercially usable and section 2.2 grants the right to sell them; use must stay consistent with the Trustworthy AI terms (section 2.3), and section 2.1 can end the rights.',
        source: 'nvidia-open-model-license-2025-10-24',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'The text sets no limit: an output is not a Derivative Model (definitions) and NVIDIA claims no rights in outputs (section 2.4); Cosmos models need a "Built on NVIDIA Cosmos" notice (section 3.2), and the Trustworthy AI terms (section 2.3), which we have not read, apply.',
        source: 'nvidia-open-model-license-2025-10-24',
      },
      derivatives: {
        status: 'yes',
        note: 'The preamble and section 2.2 allow creating Derivative Models; section 3 allows sharing them, changed or not, under its conditions.',
        source: 'nvidia-open-model-license-2025-10-24',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: "Section 2.3 (AI Ethics): use must be consistent with NVIDIA's Trustworthy AI terms, a separate page we have not read; section 2.1 also ends the rights of anyone who bypasses the model's guardrails without a similar safeguard.",
        source: 'nvidia-open-model-license-2025-10-24',
      },
      passesToDerivatives: {
        status: 'yes',
        note: "Section 2.1 puts the Model and any Derivative Model under sections 2 and 3; section 3.1: recipients of the Model get a copy of this agreement; section 3.3 allows your own terms for your changes only while the Model's terms are still met.",
        source: 'nvidia-open-model-license-2025-10-24',
      },
      attributionDuties: {
        status: 'conditional',
        note: 'Section 3.2: for Cosmos models only, show "Built on NVIDIA Cosmos" on a related website, interface or documentation; other models need only the Notice file line of section 3.1.',
        source: 'nvidia-open-model-license-2025-10-24',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license sets no download step: using or distributing the model binds you (preamble); a given download page may still add a gate, and we did not check the Hugging Face pages.',
        source: 'nvidia-open-model-license-2025-10-24',
      },
      userThreshold: {
        status: 'no',
        note: 'The text has no user or revenue threshold; the same terms apply at any size.',
        source: 'nvidia-open-model-license-2025-10-24',
        effect: 'separate-license',
      },
      regionExclusion: {
        status: 'no',
        note: 'The text excludes no region; its Trade and Compliance clause only requires following export, import, trade and sanctions laws.',
        source: 'nvidia-open-model-license-2025-10-24',
        regions: [],
        appliesTo: 'all',
      },
    },
  },
  {
    id: 'tencent-hunyuanvideo-community',
    name: 'Tencent Hunyuan Community License Agreement (HunyuanVideo, December 2024)',
    kind: 'restricted',
    osiApproved: false,
    source: 'tencent-hunyuanvideo-license',
    asOf: '2024-12-04',
    allows:
      'A royalty-free license to use, copy, change and share the HunyuanVideo weights and code, including commercially, inside the licensed Territory.',
    restrictions:
      'The Territory is the world except the European Union, the United Kingdom and South Korea; an acceptable-use policy applies; outputs may not improve other AI models; services with over 100 million monthly active users on the release date need a separate license. The first text (3 December 2024) excluded only the EU; the UK and South Korea were added a day later.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Section 2 sets no non-commercial limit, but only inside the Territory, within the Exhibit A policy, and section 4 carves out the largest services.',
        source: 'tencent-hunyuanvideo-license',
      },
      outputsForTraining: {
        status: 'no',
        note: 'Section 5(b): the works and their outputs may not improve any AI model other than Tencent Hunyuan and its Model Derivatives.',
        source: 'tencent-hunyuanvideo-license',
      },
      derivatives: {
        status: 'conditional',
        note: 'Section 2 allows modifications and Model Derivatives; section 3 lets you share them only inside the Territory, with this license and a Notice file.',
        source: 'tencent-hunyuanvideo-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Exhibit A lists 20 banned uses, among them use outside the Territory, military uses and unlabelled machine-generated content; section 5(a) incorporates it.',
        source: 'tencent-hunyuanvideo-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 5(a): the use restrictions must be an enforceable part of any agreement under which you share the works, and recipients must be told of them.',
        source: 'tencent-hunyuanvideo-license',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Section 3(d): copies you share carry a Notice file with a set Tencent Hunyuan copyright line; 3(b) asks for change notices; a "Powered by" mark is only encouraged (3(c)).',
        source: 'tencent-hunyuanvideo-license',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'The text counts any use as acceptance; we did not check whether the Hugging Face download asks for a click-through.',
        source: 'tencent-hunyuanvideo-license',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 4: if your products had over 100 million monthly active users in the month before the release date, you need a license Tencent may refuse.',
        source: 'tencent-hunyuanvideo-license',
        monthlyActiveUsers: 100e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
      regionExclusion: {
        status: 'yes',
        note: 'Definition 1(l) and sections 2, 3 and 5(c): the license grants nothing in the European Union, the United Kingdom or South Korea, and use there is unlicensed.',
        source: 'tencent-hunyuanvideo-license',
        regions: ['European Union', 'United Kingdom', 'South Korea'],
        appliesTo: 'all',
      },
    },
  },
  {
    id: 'tencent-hunyuan-a13b-community',
    name: 'Tencent Hunyuan Community License Agreement (Hunyuan-A13B, June 2025)',
    kind: 'restricted',
    osiApproved: false,
    source: 'tencent-hunyuan-a13b-license',
    asOf: '2025-06-27',
    allows:
      'A royalty-free license to use, copy, change and share the Hunyuan-A13B weights and code, including commercially, inside the licensed Territory.',
    restrictions:
      'The Territory is the world except the European Union, the United Kingdom and South Korea; an acceptable-use policy applies; outputs may not improve other AI models; services with over 100 million monthly active users on the release date need a separate license. The clauses match the HunyuanVideo text; the release date, the licensor (any Tencent entity holding the rights, not THL A29 Limited) and the copyright year differ.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Section 2 sets no non-commercial limit, but only inside the Territory, within the Exhibit A policy, and section 4 carves out the largest services.',
        source: 'tencent-hunyuan-a13b-license',
      },
      outputsForTraining: {
        status: 'no',
        note: 'Section 5(b): the works and their outputs may not improve any AI model other than Tencent Hunyuan and its Model Derivatives.',
        source: 'tencent-hunyuan-a13b-license',
      },
      derivatives: {
        status: 'conditional',
        note: 'Section 2 allows modifications and Model Derivatives; section 3 lets you share them only inside the Territory, with this license and a Notice file.',
        source: 'tencent-hunyuan-a13b-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Exhibit A lists 20 banned uses, among them use outside the Territory, military uses and unlabelled machine-generated content; section 5(a) incorporates it.',
        source: 'tencent-hunyuan-a13b-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 5(a): the use restrictions must be an enforceable part of any agreement under which you share the works, and recipients must be told of them.',
        source: 'tencent-hunyuan-a13b-license',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Section 3(d): copies you share carry a Notice file with a set Tencent Hunyuan copyright line; 3(b) asks for change notices; a "Powered by" mark is only encouraged (3(c)).',
        source: 'tencent-hunyuan-a13b-license',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'The text counts any use as acceptance; we did not check whether the Hugging Face download asks for a click-through.',
        source: 'tencent-hunyuan-a13b-license',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 4: if your products had over 100 million monthly active users in the month before the release date, you need a license Tencent may refuse.',
        source: 'tencent-hunyuan-a13b-license',
        monthlyActiveUsers: 100e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
      regionExclusion: {
        status: 'yes',
        note: 'Definition 1(l) and sections 2, 3 and 5(c): the license grants nothing in the European Union, the United Kingdom or South Korea, and use there is unlicensed.',
        source: 'tencent-hunyuan-a13b-license',
        regions: ['European Union', 'United Kingdom', 'South Korea'],
        appliesTo: 'all',
      },
    },
  },
  {
    id: 'ltxv-open-weights',
    name: 'LTXV Open Weights License',
    kind: 'restricted',
    osiApproved: false,
    source: 'ltxv-open-weights-license',
    asOf: '2025-05-14',
    allows:
      'Lightricks’ custom license for the LTX-Video weights from v0.9.6 (April 2025) on, which the repository README introduced as a license for commercial use.',
    restrictions:
      'Custom Lightricks terms, not an OSI license. We could read only the opening definitions (derivatives include models distilled from the weights or trained on their outputs), so the terms below are not checked.',
    terms: {
      commercialUse: {
        status: 'not-checked',
        note: 'The README calls it a license for commercial use; we have not read the grant or any conditions on it.',
        source: 'ltxv-open-weights-license',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'Definition 1.4 counts models trained on its outputs as Derivatives of the Model; we have not read what the license allows for them.',
        source: 'ltxv-open-weights-license',
      },
      derivatives: {
        status: 'not-checked',
        note: 'Not checked: we read only the definitions.',
        source: 'ltxv-open-weights-license',
      },
      acceptableUsePolicy: {
        status: 'not-checked',
        note: 'Not checked: we read only the definitions.',
        source: 'ltxv-open-weights-license',
      },
      passesToDerivatives: {
        status: 'not-checked',
        note: 'Not checked: we read only the definitions.',
        source: 'ltxv-open-weights-license',
      },
      attributionDuties: {
        status: 'not-checked',
        note: 'Not checked: we read only the definitions.',
        source: 'ltxv-open-weights-license',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'Its preamble says using or distributing the model means accepting it; we did not check the Hugging Face download page.',
        source: 'ltxv-open-weights-license',
      },
      userThreshold: {
        status: 'not-checked',
        note: 'Not checked: we read only the definitions.',
        source: 'ltxv-open-weights-license',
        effect: 'separate-license',
      },
    },
  },
  {
    id: 'cogvideox-license',
    name: 'The CogVideoX License',
    kind: 'restricted',
    osiApproved: false,
    source: 'cogvideox-model-license',
    asOf: '2024-08-07',
    allows:
      'Free use of the CogVideoX weights for academic research, and free commercial use once you register with Zhipu AI for a basic commercial license.',
    restrictions:
      'Commercial services above 1 million visits a month need further licenses; no military or illegal uses, nor uses against China’s national security and unity, the public interest or human rights; the license is revocable.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Section 2: commercial use needs registration on open.bigmodel.cn for a free basic commercial license, and is capped at 1 million visits a month.',
        source: 'cogvideox-model-license',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'Section 2 gives users the rights in generated content as far as local law allows; the text says nothing on training other models with it, so we give no answer.',
        source: 'cogvideox-model-license',
      },
      derivatives: {
        status: 'not-checked',
        note: 'Section 2 grants an unspecified copyright license that never names modifying or sharing changed weights; section 3 bars derivatives for military or illegal ends. Unclear, so no answer.',
        source: 'cogvideox-model-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Section 3 bans military and illegal uses and uses that harm China’s national security and unity, the public interest or human rights.',
        source: 'cogvideox-model-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 2: the copyright and license statement must be included in all copies or significant portions, so its terms go with them; there is no separate flow-down clause.',
        source: 'cogvideox-model-license',
      },
      attributionDuties: {
        status: 'no',
        note: 'Only keep the copyright and license statement in copies (section 2).',
        source: 'cogvideox-model-license',
      },
      gatedDownload: {
        status: 'no',
        note: 'The text sets no download gate (registration is for commercial use only); we did not check the Hugging Face page.',
        source: 'cogvideox-model-license',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 2: commercial services may not exceed 1 million visits (service users) a month; above that you must get more licenses from Zhipu’s business team.',
        source: 'cogvideox-model-license',
        monthlyActiveUsers: 1e6,
        effect: 'separate-license',
        measuredAt: 'ongoing',
      },
    },
  },
  {
    id: 'databricks-open-model-license',
    name: 'Databricks Open Model License',
    kind: 'restricted',
    osiApproved: false,
    source: 'dbrx-license',
    asOf: '2024-03-27',
    allows:
      'Royalty-free use, copying, change and redistribution of DBRX and derivatives, including commercially.',
    restrictions:
      'DBRX, its derivatives and its outputs may not be used to improve any other large language model; the Databricks Open Model Acceptable Use Policy applies; companies above 700 million monthly active users on the release date need a separate license. Not open source.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Commercial use is allowed within the use restrictions of section 2.3 and the 700-million-user clause of section 3.',
        source: 'dbrx-license',
      },
      outputsForTraining: {
        status: 'no',
        note: 'Section 2.3: DBRX, its derivatives and any output may not be used to improve another large language model (DBRX and its derivatives excepted).',
        source: 'dbrx-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 2.1 grants the right to modify and create derivative works; section 2.2 sets the conditions for distributing them.',
        source: 'dbrx-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Section 2.3(1) incorporates the Databricks Open Model Acceptable Use Policy by reference.',
        source: 'dbrx-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 2.2(2): give a copy of the agreement to anyone you pass DBRX or a derivative to; any terms you add must not conflict with it.',
        source: 'dbrx-license',
      },
      attributionDuties: {
        status: 'no',
        note: 'Section 2.2: ship a "Notice" file with the set copyright line and mark modified files; no "Built with" display or naming rule.',
        source: 'dbrx-license',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'The license text sets no download step (you are bound by using the model); the DBRX README describes the Hugging Face gate.',
        source: 'dbrx-license',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 3: if your products had more than 700 million monthly active users in the month before the DBRX release date, you need a license Databricks may refuse.',
        source: 'dbrx-license',
        monthlyActiveUsers: 700e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
      regionExclusion: {
        status: 'not-checked',
        note: 'The license text names no region; we have not read the separate Acceptable Use Policy it incorporates.',
        source: 'dbrx-license',
        regions: [],
        appliesTo: 'all',
      },
    },
  },
  {
    id: 'jamba-open-model-license',
    name: 'Jamba Open Model License',
    kind: 'unclear',
    osiApproved: false,
    source: 'jamba-open-model-license',
    asOf: '2026-12',
    allows:
      'AI21’s own license for the Jamba 1.5 weights; its model card describes it as allowing research use and commercial use under its terms.',
    restrictions:
      'A custom AI21 license, not an OSI-approved one. We have not read its text yet, so its conditions are not listed here; read it before use.',
  },
  {
    id: 'qwen-license',
    name: 'Qwen License Agreement (September 2024)',
    kind: 'unclear',
    osiApproved: false,
    source: 'qwen-license-2024',
    asOf: '2024-09-19',
    allows:
      'Alibaba Cloud’s own license for Qwen2.5-72B; you accept it by clicking to agree or by using or distributing the materials, and its definitions cover the weights and the inference, training and fine-tuning code.',
    restrictions:
      'A custom license, not an OSI-approved one. We have read only its opening and definitions, so its grant and conditions are not listed here; read the full text before use.',
  },
  {
    id: 'bigcode-openrail-m',
    name: 'BigCode Open RAIL-M v1 License Agreement',
    kind: 'restricted',
    osiApproved: false,
    source: 'bigcode-openrail-m-agreement',
    asOf: '2024-03-29',
    allows:
      'Royalty-free use, change and sharing of the model and its modifications, commercial use included, according to BigCode’s FAQ.',
    restrictions:
      'Attachment A bans uses such as making malware, impersonating people and publishing machine-generated content without saying so; shared modifications must carry the same or similar restrictions. BigCode says it is not an open-source license. Terms below come from BigCode’s FAQ, not from a full reading of the agreement.',
    terms: {
      commercialUse: {
        status: 'not-checked',
        note: 'Agreement not read in full. BigCode’s FAQ says research, commercial and non-commercial use are allowed as long as the use restrictions apply.',
        source: 'bigcode-openrail-m-faq',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'Agreement not read in full. The FAQ counts a model trained on synthetic data from the Model as a Modification of the Model, bound by the same restrictions.',
        source: 'bigcode-openrail-m-faq',
      },
      derivatives: {
        status: 'not-checked',
        note: 'Agreement not read in full. The FAQ says modifications may be shared under any agreement that keeps paragraph 4 and the Attachment A restrictions (paragraph 5.1).',
        source: 'bigcode-openrail-m-faq',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Attachment A lists banned uses; the FAQ quotes restrictions (a), (c), (d), (f), (h) and (i), for example no malware and no impersonation.',
        source: 'bigcode-openrail-m-faq',
      },
      passesToDerivatives: {
        status: 'not-checked',
        note: 'Agreement not read in full. The FAQ says the use restrictions, or similar ones, must govern every shared modification (paragraph 5.1).',
        source: 'bigcode-openrail-m-faq',
      },
      attributionDuties: {
        status: 'not-checked',
        note: 'Agreement not read in full. The FAQ cites restriction (f): machine-generated content placed in public must be disclosed as such.',
        source: 'bigcode-openrail-m-faq',
      },
      gatedDownload: {
        status: 'not-checked',
        note: 'The FAQ says the agreement must be accepted before accessing the model; we did not check each model page.',
        source: 'bigcode-openrail-m-faq',
      },
    },
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
