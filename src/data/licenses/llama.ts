import {defineLicenses} from './define';

/** Meta's Llama licenses, from the LLaMA 1 research license to the Llama 4 community license. See ./index.ts for how to add one. */
export const licenses = defineLicenses([
  {
    id: 'llama-1-research',
    name: 'LLaMA non-commercial research license',
    kind: 'non-commercial',
    osiApproved: false,
    source: 'meta-llama1-blog',
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
    source: 'llama-2-license',
    asOf: '2023-07-18',
    allows: 'Royalty-free use, change and redistribution, including commercially.',
    restrictions:
      'Acceptable Use Policy; a separate license is needed if your products had more than 700 million monthly active users on the release date. OSI says this is not open source.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Royalty-free commercial use is allowed, within the Acceptable Use Policy and the 700-million-user clause (section 2).',
        source: 'llama-2-license',
      },
      outputsForTraining: {
        status: 'no',
        note: 'Section 1(b)(v): outputs may not be used to improve any other large language model than Llama 2 and its derivatives.',
        source: 'llama-2-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 1(a) allows creating derivative works; section 1(b) sets the conditions for sharing them.',
        source: 'llama-2-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Use must follow the Llama Acceptable Use Policy (section 1(b)(iv)).',
        source: 'llama-2-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 1(b)(i): anyone you give the model or a derivative to gets a copy of the agreement and is bound by it.',
        source: 'llama-2-license',
      },
      attributionDuties: {
        status: 'no',
        note: 'Keep the "Notice" file with Meta\'s attribution line (section 1(b)(iii)); no display or naming duty.',
        source: 'llama-2-license',
      },
      gatedDownload: {
        status: 'yes',
        note: 'You accept the agreement ("I Accept") before downloading from Meta.',
        source: 'llama-2-license',
        gate: 'accept-terms',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 2: if your products had more than 700 million monthly active users in the month before the Llama 2 release date, you need a separate license that Meta may refuse. Growing past that later is not covered by this clause.',
        source: 'llama-2-license',
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
    source: 'llama3-license',
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
    source: 'llama3-1-license',
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
    id: 'llama-3-3-community',
    name: 'Llama 3.3 Community License Agreement',
    kind: 'restricted',
    osiApproved: false,
    source: 'llama-3-3-license',
    asOf: '2024-12-06',
    allows:
      'Royalty-free use, copying, change and redistribution, including commercially; outputs may be used to build other AI models if a distributed model\'s name begins with "Llama".',
    restrictions:
      'The Llama 3.3 Acceptable Use Policy, a "Built with Llama" notice, the "Llama" naming rule and the 700-million-MAU clause. The policy also withholds the Section 1(a) rights for any multimodal Llama 3.3 models from EU-based individuals and companies, but Llama 3.3 was released only as a text-only 70B model.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Royalty-free commercial use is allowed, within the Acceptable Use Policy (section 1(b)(iv)) and the 700-million-user clause (section 2).',
        source: 'llama-3-3-license',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'Allowed: a distributed model built or improved with Llama 3.3 or its outputs must have a name that begins with "Llama" (section 1(b)(i)).',
        source: 'llama-3-3-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 1(a) grants the right to create derivative works and modifications; section 1(b) sets the conditions for sharing them.',
        source: 'llama-3-3-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Section 1(b)(iv) makes the Llama 3.3 Acceptable Use Policy part of the agreement; it lists prohibited uses.',
        source: 'llama-3-3-use-policy',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 1(b)(i): whoever distributes the materials or a derivative must include a copy of this agreement.',
        source: 'llama-3-3-license',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Show "Built with Llama" and start derived model names with "Llama" (section 1(b)(i)); keep the Notice file line (section 1(b)(iii)).',
        source: 'llama-3-3-license',
      },
      gatedDownload: {
        status: 'yes',
        note: 'The preamble: clicking "I Accept", or using or distributing the materials, binds you to the agreement.',
        source: 'llama-3-3-license',
        gate: 'accept-terms',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 2: if your products had more than 700 million monthly active users in the month before the Llama 3.3 release date (2024-12-06), you need a separate license that Meta may refuse.',
        source: 'llama-3-3-license',
        monthlyActiveUsers: 700e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
      regionExclusion: {
        status: 'yes',
        note: 'The Acceptable Use Policy withholds the Section 1(a) rights for any multimodal Llama 3.3 models from EU-domiciled individuals and companies with their principal place of business in the EU (end users exempt); Llama 3.3 shipped only as a text-only 70B model (model card).',
        source: 'llama-3-3-use-policy',
        regions: ['European Union'],
        appliesTo: 'multimodal',
      },
    },
  },
  {
    id: 'llama-4-community',
    name: 'Llama 4 Community License Agreement',
    kind: 'restricted',
    osiApproved: false,
    source: 'llama4-license',
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
    id: 'llama-3-2-community',
    name: 'Llama 3.2 Community License Agreement',
    kind: 'restricted',
    osiApproved: false,
    source: 'llama-3-2-license',
    asOf: '2024-09-25',
    allows:
      'Royalty-free use, copying, change and redistribution, including commercially; outputs may be used to build other AI models if a distributed model\'s name begins with "Llama".',
    restrictions:
      'The Llama 3.2 Acceptable Use Policy withholds the Section 1(a) rights for the multimodal Llama 3.2 models (11B and 90B Vision) from individuals domiciled in, and companies with their principal place of business in, the European Union; end users of a product built on them are exempt, and the text-only 1B and 3B models are not covered by that paragraph. Also: the rest of the policy, a "Built with Llama" notice, the "Llama" naming rule and the 700-million-MAU clause.',
    terms: {
      commercialUse: {
        status: 'conditional',
        note: 'Royalty-free commercial use is allowed, within the Acceptable Use Policy (section 1(b)(iv)) and the 700-million-user clause (section 2).',
        source: 'llama-3-2-license',
      },
      outputsForTraining: {
        status: 'conditional',
        note: 'Allowed: a distributed model built or improved with Llama 3.2 or its outputs must have a name that begins with "Llama" (section 1(b)(i)).',
        source: 'llama-3-2-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 1(a) grants the right to create derivative works and modifications; section 1(b) sets the conditions for sharing them.',
        source: 'llama-3-2-license',
      },
      acceptableUsePolicy: {
        status: 'yes',
        note: 'Section 1(b)(iv) makes the Llama 3.2 Acceptable Use Policy part of the agreement; it lists prohibited uses.',
        source: 'llama-3-2-use-policy',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 1(b)(i): whoever distributes the materials or a derivative must include a copy of this agreement.',
        source: 'llama-3-2-license',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Show "Built with Llama" and start derived model names with "Llama" (section 1(b)(i)); keep the Notice file line (section 1(b)(iii)).',
        source: 'llama-3-2-license',
      },
      gatedDownload: {
        status: 'yes',
        note: 'The preamble: clicking "I Accept", or using or distributing the materials, binds you to the agreement.',
        source: 'llama-3-2-license',
        gate: 'accept-terms',
      },
      userThreshold: {
        status: 'yes',
        note: 'Section 2: if your products had more than 700 million monthly active users in the month before the Llama 3.2 release date (2024-09-25), you need a separate license that Meta may refuse.',
        source: 'llama-3-2-license',
        monthlyActiveUsers: 700e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
      regionExclusion: {
        status: 'yes',
        note: 'The Acceptable Use Policy withholds the Section 1(a) rights for multimodal Llama 3.2 models from EU-domiciled individuals and companies with their principal place of business in the EU; end users of products built on them are exempt.',
        source: 'llama-3-2-use-policy',
        regions: ['European Union'],
        appliesTo: 'multimodal',
      },
    },
  },
]);
