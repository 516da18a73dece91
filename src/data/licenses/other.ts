import {defineLicenses} from './define';

/** Non-commercial, proprietary and unclear terms. See ./index.ts for how to add one. */
export const licenses = defineLicenses([
  {
    id: 'CC-BY-NC-4.0',
    name: 'Creative Commons Attribution-NonCommercial 4.0',
    kind: 'non-commercial',
    osiApproved: false,
    source: 'cc-by-nc-4-legalcode',
    asOf: '2024-04',
    allows: 'Share and adapt with attribution.',
    restrictions: 'No commercial use.',
    terms: {
      commercialUse: {
        status: 'no',
        note: 'Section 2(a) grants the rights for NonCommercial purposes only.',
        source: 'cc-by-nc-4-legalcode',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'The license does not mention model outputs; whether they are covered is not settled, so we give no answer.',
        source: 'cc-by-nc-4-legalcode',
      },
      derivatives: {
        status: 'conditional',
        note: 'Adapted material may be shared, for non-commercial purposes only and with credit (sections 2 and 3).',
        source: 'cc-by-nc-4-legalcode',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'No list of banned uses beyond the non-commercial limit.',
        source: 'cc-by-nc-4-legalcode',
      },
      passesToDerivatives: {
        status: 'no',
        note: 'No share-alike clause (that is the BY-NC-SA variant), though the non-commercial limit still covers the original material in any adaptation.',
        source: 'cc-by-nc-4-legalcode',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Credit the creator, link the license and say whether you changed the material (section 3(a)).',
        source: 'cc-by-nc-4-legalcode',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license asks for no registration; a given download page may still gate it.',
        source: 'cc-by-nc-4-legalcode',
      },
    },
  },
  {
    id: 'jukebox-noncommercial',
    name: 'OpenAI Jukebox Noncommercial Use License',
    kind: 'non-commercial',
    osiApproved: false,
    source: 'openai-jukebox-license',
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
    id: 'not-verified',
    name: 'License not verified',
    kind: 'unclear',
    osiApproved: false,
    source: 'ulmfit-paper',
    asOf: '2026-06',
    allows: 'We have not verified the license of this release; check the distribution you download.',
  },
  {
    id: 'openai-terms',
    name: 'OpenAI terms of service (no model license)',
    kind: 'proprietary',
    osiApproved: false,
    asOf: '2026-12-07',
    allows:
      "Use through OpenAI's own services under its Terms of Use (personal plans) or Services Agreement (API and business plans); the model itself is licensed to no one.",
    restrictions:
      'No right to the weights, the code or the training data; OpenAI can change its terms. What each service allows is on the model page, per channel, from the terms as read.',
  },
  {
    id: 'anthropic-terms',
    name: 'Anthropic terms of service (no model license)',
    kind: 'proprietary',
    osiApproved: false,
    asOf: '2026-12-07',
    allows:
      "Use through Anthropic's own services under its Consumer Terms or Commercial Terms; the model itself is licensed to no one.",
    restrictions:
      'No right to the weights, the code or the training data; Anthropic can change its terms. What each service allows is on the model page, per channel, from the terms as read.',
  },
  {
    id: 'google-terms',
    name: 'Google terms of service (no model license)',
    kind: 'proprietary',
    osiApproved: false,
    asOf: '2026-12-07',
    allows:
      "Use through Google's own services under the Google Terms of Service, the Gemini API terms or the Google Cloud terms; the model itself is licensed to no one.",
    restrictions:
      'No right to the weights, the code or the training data; Google can change its terms. What each service allows is on the model page, per channel, from the terms as read.',
  },
  {
    id: 'xai-terms',
    name: 'xAI terms of service (no model license)',
    kind: 'proprietary',
    osiApproved: false,
    asOf: '2026-12-07',
    allows:
      "Use through xAI's own services under its consumer terms or Enterprise Terms; the model itself is licensed to no one.",
    restrictions:
      'No right to the weights, the code or the training data; xAI can change its terms. What each service allows is on the model page, per channel, from the terms as read.',
  },
  {
    id: 'midjourney-terms',
    name: 'Midjourney terms of service (no model license)',
    kind: 'proprietary',
    osiApproved: false,
    asOf: '2026-12-07',
    allows:
      "Use through Midjourney's own services under its Terms of Service; the model itself is licensed to no one.",
    restrictions:
      'No right to the weights, the code or the training data; Midjourney can change its terms. What each service allows is on the model page, per channel, from the terms as read.',
  },
  {
    id: 'mistral-mnpl-0.1',
    name: 'Mistral AI Non-Production License (MNPL-0.1)',
    kind: 'non-commercial',
    osiApproved: false,
    source: 'mistral-mnpl-text',
    asOf: '2024-05-29',
    allows:
      'Use, copy, change and redistribute the model for testing, research, personal or evaluation purposes outside production.',
    restrictions:
      'No production or commercial use, including as a hosted service; other uses need a separate license from Mistral AI. Derivatives stay under the same limits.',
    terms: {
      commercialUse: {
        status: 'no',
        note: 'Section 3.2 limits use to testing, research, personal or evaluation purposes in non-production settings and bars supplying it in any commercial activity; 3.3 points to a separate license.',
        source: 'mistral-mnpl-text',
      },
      outputsForTraining: {
        status: 'not-checked',
        note: 'The text does not say: outputs are not Derivatives (section 9) and Mistral claims no rights in them (4.2), but producing them is limited to non-production use (3.2), so we give no answer.',
        source: 'mistral-mnpl-text',
      },
      derivatives: {
        status: 'conditional',
        note: 'Sections 2.1 and 2.3 allow making and sharing derivatives, marked as modified, but 4.3 keeps them under the non-production limits of section 3.',
        source: 'mistral-mnpl-text',
      },
      acceptableUsePolicy: {
        status: 'no',
        note: 'No list of banned uses; the restriction is the non-production, non-commercial limit of section 3.2.',
        source: 'mistral-mnpl-text',
      },
      passesToDerivatives: {
        status: 'yes',
        note: 'Section 4.3: every derivative is subject to the section 3 limits, and 2.3 forbids terms that conflict with the license.',
        source: 'mistral-mnpl-text',
      },
      attributionDuties: {
        status: 'yes',
        note: 'Section 2.2: copies carry a Notice file saying the model is licensed by Mistral AI under the MNPL; 2.3: modified versions need prominent notices.',
        source: 'mistral-mnpl-text',
      },
      gatedDownload: {
        status: 'no',
        note: 'The license is accepted by accessing or using the model (section 1.2) and asks for no registration; a download page may still gate it.',
        source: 'mistral-mnpl-text',
      },
    },
  },
]);
