import {defineLicenses} from './define';

/** OSI-approved and permissive licenses (including modified MIT texts). See ./index.ts for how to add one. */
export const licenses = defineLicenses([
  {
    id: 'Apache-2.0',
    name: 'Apache License 2.0',
    kind: 'osi-approved',
    osiApproved: true,
    source: 'apache-2-license-text',
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
    source: 'osi-mit',
    asOf: '2026-06',
    allows: 'Use, change and redistribute for any purpose, including commercial use.',
    restrictions: 'Keep the copyright and permission notice.',
    terms: {
      commercialUse: {
        status: 'yes',
        note: 'Permission to use, copy, modify, publish, distribute and sell, without restriction.',
        source: 'osi-mit',
      },
      outputsForTraining: {
        status: 'yes',
        note: 'No clause limits what you do with outputs.',
        source: 'osi-mit',
      },
      derivatives: {
        status: 'yes',
        note: 'Modifying and publishing are among the rights granted.',
        source: 'osi-mit',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'No list of banned uses.',
        source: 'osi-mit',
      },
      passesToDerivatives: {
        status: 'no',
        note: 'No share-alike: only the notice must travel with copies.',
        source: 'osi-mit',
      },
      attributionDuties: {
        status: 'no',
        note: 'Only keep the copyright and permission notice.',
        source: 'osi-mit',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration or click-through; check the download page of the model itself.',
        source: 'osi-mit',
      },
    },
  },
  {
    id: 'gpt-2-modified-mit',
    name: 'Modified MIT License (GPT-2)',
    kind: 'permissive',
    osiApproved: false,
    source: 'openai-gpt-2-license',
    asOf: '2026-06',
    allows: 'MIT-style permission to use, change and redistribute, including commercially.',
    restrictions: 'OpenAI added wording to the MIT text, so it is not the OSI-listed MIT license itself.',
    terms: {
      commercialUse: {
        status: 'yes',
        note: 'The MIT grant, including the right to sell copies.',
        source: 'openai-gpt-2-license',
      },
      outputsForTraining: {
        status: 'yes',
        note: 'OpenAI claims no ownership of what you generate; the line asking you to label GPT-2 content is a request, not a condition.',
        source: 'openai-gpt-2-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Modifying and publishing are among the rights granted.',
        source: 'openai-gpt-2-license',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'Only a request to use it responsibly, with no list of banned uses.',
        source: 'openai-gpt-2-license',
      },
      passesToDerivatives: {
        status: 'no',
        note: 'No share-alike: only the notice must travel with copies.',
        source: 'openai-gpt-2-license',
      },
      attributionDuties: {
        status: 'no',
        note: 'Keep the copyright and permission notice; it need not accompany generated content.',
        source: 'openai-gpt-2-license',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration.',
        source: 'openai-gpt-2-license',
      },
    },
  },
  /* ---- Added with the 2024-2026 model records (src/data/models/); keep this block together. */
  {
    id: 'kimi-k2-modified-mit',
    name: 'Kimi K2 Modified MIT License',
    kind: 'permissive',
    osiApproved: false,
    source: 'kimi-k2-license',
    asOf: '2025-07',
    allows: 'The MIT grant: use, change and redistribute for any purpose, including commercially.',
    restrictions:
      'A product with more than 100 million monthly active users or more than US$20 million in monthly revenue must show "Kimi K2" in its user interface.',

    // Read against the LICENSE file: the MIT text plus one added paragraph (2025-07).
    terms: {
      commercialUse: {
        status: 'yes',
        note: 'The MIT grant, including selling; the added paragraph only adds a display duty for very large products.',
        source: 'kimi-k2-license',
      },
      outputsForTraining: {
        status: 'yes',
        note: 'No clause limits what you do with outputs.',
        source: 'kimi-k2-license',
      },
      derivatives: {
        status: 'yes',
        note: 'Modifying and publishing are among the MIT rights; derivatives carry the same display duty.',
        source: 'kimi-k2-license',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'No list of banned uses.',
        source: 'kimi-k2-license',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'The display duty covers "the Software (or any derivative works thereof)".',
        source: 'kimi-k2-license',
      },
      attributionDuties: {
        status: 'conditional',
        note: 'Above the threshold below, the product must prominently display "Kimi K2" in its user interface.',
        source: 'kimi-k2-license',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration or click-through.',
        source: 'kimi-k2-license',
      },
      userThreshold: {
        status: 'yes',
        note: 'More than 100 million monthly active users, or more than US$20 million in monthly revenue, triggers the display duty.',
        source: 'kimi-k2-license',
        monthlyActiveUsers: 100e6,
        monthlyRevenueUsd: 20e6,
        effect: 'attribution',
        measuredAt: 'ongoing',
      },
    },
  },
  {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International',
    kind: 'permissive',
    osiApproved: false,
    source: 'cc-by-4-legalcode',
    asOf: '2026-12',
    allows: 'Copy, share and adapt for any purpose, commercial use included.',
    restrictions:
      'Give credit, link the license and say what you changed; not on the OSI list, and it grants no patent rights (section 2(b)(2)).',
    terms: {
      commercialUse: {
        status: 'yes',
        note: 'Section 2(a)(1) grants the rights to reproduce, share and adapt with no non-commercial limit.',
        source: 'cc-by-4-legalcode',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'The license says nothing about model outputs; whether they count as Adapted Material is not settled, so we give no answer.',
        source: 'cc-by-4-legalcode',
      },
      derivatives: {
        status: 'yes',
        note: 'Section 2(a)(1)(b) allows producing and sharing Adapted Material, with the credit of section 3(a).',
        source: 'cc-by-4-legalcode',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'No list of banned uses.',
        source: 'cc-by-4-legalcode',
      },
      passesToDerivatives: {
        status: 'no',
        note: 'No share-alike: adaptations may carry your own license, as long as it does not stop recipients from meeting this one (section 3(a)(4)).',
        source: 'cc-by-4-legalcode',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Section 3(a)(1): credit the creator, keep the notices, link the license and say whether you changed the material.',
        source: 'cc-by-4-legalcode',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration; a given download page may still gate it.',
        source: 'cc-by-4-legalcode',
      },
    },
  },
]);
