import {defineDocuments} from '../define';

/**
 * Model and generic licenses read clause by clause (licenses-b): Apache-2.0, MIT, CC BY 4.0, CC BY-NC 4.0,
 * OpenAI's GPT-2 and Jukebox licenses, the RAIL family (BigScience, CreativeML, BigCode), FLUX.1 [dev],
 * Falcon-180B, Tencent Hunyuan, LTXV, CogVideoX and DBRX. Ids are the license ids of src/data/licenses/.
 */

const readOn = '2026-12-07';

export const documents = defineDocuments([
  /* ---------------------------------------------------------------------------------------------- */
  /* Generic licenses (no provider).                                                                  */
  /* ---------------------------------------------------------------------------------------------- */
  {
    id: 'Apache-2.0',
    name: 'Apache License 2.0',
    kind: 'license',
    audience: 'weights',
    spdx: 'Apache-2.0',
    huggingFace: 'apache-2.0',
    summary:
      'A permissive license: anyone may use, copy, change and redistribute the work, commercially or not, and each contributor also grants a patent license. Whoever redistributes it must pass on the license text, mark the files they changed and keep the existing notices, including any NOTICE file; the patent license ends for anyone who sues claiming the work infringes a patent. It sets no list of banned uses, says nothing about what a model generates, and comes with no warranty.',
    versions: [
      {
        label: 'Version 2.0, January 2004',
        date: '2004-01',
        source: {
          url: 'https://github.com/spdx/license-list-XML/blob/8da21bb0f7f38e1d4d25234ae187bb071579033b/src/Apache-2.0.xml',
          pin: 'commit',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'yes',
            section: '§2 Grant of Copyright License; §3 Grant of Patent License',
            note: 'The copyright grant has no limit on purpose, and the patent grant expressly covers selling; commercial use needs no extra permission.',
          },
          outputsForTraining: {
            status: 'yes',
            section: '§2 Grant of Copyright License (no use restrictions anywhere in the text)',
            note: 'The license never mentions outputs and puts no limit on how the work is used, so nothing in it stops training another model on what it generates.',
          },
          derivatives: {
            status: 'yes',
            section: '§2 Grant of Copyright License; §4 Redistribution',
            note: 'You may prepare derivative works and distribute them, under terms of your choice for your own changes, provided you meet the §4 notice conditions.',
          },
          acceptableUsePolicy: {
            status: 'no',
            section: 'Whole text',
            note: 'There is no list of banned uses.',
          },
          passesToDerivatives: {
            status: 'no',
            section: '§4 Redistribution (last paragraph)',
            note: 'No share-alike: you may license your modifications and the combined work differently, as long as your use of the original still follows this license.',
          },
          attributionDuties: {
            status: 'no',
            section: '§4(a)–(d) Redistribution',
            note: 'Only pass on the license, mark changed files and keep the copyright, patent, trademark and NOTICE attributions; no credit line in a product is required.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Whole text',
            note: 'The license asks for no registration or click-through; a given model’s download page may still add one.',
          },
          regionExclusion: {
            status: 'no',
            section: '§2 Grant of Copyright License',
            note: 'The grant is worldwide and names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'unclear',
            section: 'Whole text (outputs not mentioned)',
            note: 'The license covers the work itself and is silent on what a model generates; it sets no limit on use, so nothing in it stops you selling or publishing outputs.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'Whole text (outputs not mentioned)',
            note: 'The license does not say who owns what the model generates.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§7 Disclaimer of Warranty; §9 Accepting Warranty or Additional Liability',
            note: 'The work is provided as is, with no warranty of non-infringement; a redistributor may offer an indemnity only on its own behalf.',
          },
        },
      },
    ],
  },
  {
    id: 'MIT',
    name: 'MIT License',
    kind: 'license',
    audience: 'weights',
    spdx: 'MIT',
    huggingFace: 'mit',
    summary:
      'A short permissive license: anyone may use, copy, change, publish, sublicense and sell the software without restriction, provided the copyright notice and permission notice travel with copies or substantial portions. It sets no banned uses, says nothing about model outputs, grants no express patent license and disclaims all warranties.',
    versions: [
      {
        label: 'SPDX License List text',
        date: '2026-04-13',
        source: {
          url: 'https://github.com/spdx/license-list-XML/blob/8da21bb0f7f38e1d4d25234ae187bb071579033b/src/MIT.xml',
          pin: 'commit',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'yes',
            section: 'Permission notice',
            note: 'The grant lets anyone deal in the software without restriction, naming the right to sell copies.',
          },
          outputsForTraining: {
            status: 'yes',
            section: 'Permission notice (no use restrictions)',
            note: 'The license never mentions outputs and puts no limit on use, so nothing in it stops training another model on what it generates.',
          },
          derivatives: {
            status: 'yes',
            section: 'Permission notice',
            note: 'Modifying, merging, publishing and distributing are all among the rights granted.',
          },
          acceptableUsePolicy: {
            status: 'no',
            section: 'Whole text',
            note: 'There is no list of banned uses.',
          },
          passesToDerivatives: {
            status: 'no',
            section: 'Condition on copies (second paragraph)',
            note: 'No share-alike: only the copyright and permission notice must be included in copies or substantial portions.',
          },
          attributionDuties: {
            status: 'no',
            section: 'Condition on copies (second paragraph)',
            note: 'The only duty is keeping the copyright and permission notice with the software.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Whole text',
            note: 'The license asks for no registration or click-through; a given model’s download page may still add one.',
          },
          regionExclusion: {
            status: 'no',
            section: 'Permission notice',
            note: 'The permission goes to any person and names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'unclear',
            section: 'Whole text (outputs not mentioned)',
            note: 'The license covers the software itself and is silent on what a model generates; it puts no limit on use, so nothing in it stops you selling or publishing outputs.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'Whole text (outputs not mentioned)',
            note: 'The license does not say who owns what the model generates.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Warranty disclaimer (final paragraph)',
            note: 'The software comes as is, expressly without a warranty of non-infringement, and the authors accept no liability.',
          },
        },
      },
    ],
  },
  {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International',
    kind: 'license',
    audience: 'weights',
    spdx: 'CC-BY-4.0',
    huggingFace: 'cc-by-4.0',
    summary:
      'A public license for copyright-protected material: anyone may copy, share and adapt it for any purpose, commercial included, as long as they credit the creator, link the license and say whether they changed it. Recipients get their rights straight from the licensor and nobody may add terms that restrict them; patent and trademark rights are not licensed. Written for creative works, it does not address model outputs, and it comes with no warranty.',
    versions: [
      {
        label: 'Version 4.0 (SPDX License List text)',
        date: '2024-02-19',
        source: {
          url: 'https://github.com/spdx/license-list-XML/blob/cfac712b3b52f21c834f55725a7d83d4f597710b/src/CC-BY-4.0.xml',
          pin: 'commit',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'yes',
            section: 'Section 2(a)(1) License grant',
            note: 'The grant to reproduce, share and adapt carries no non-commercial limit.',
          },
          outputsForTraining: {
            status: 'yes',
            section: 'Section 2(a)(1) License grant; Section 3(a) Attribution',
            note: 'The license never mentions model outputs and attaches conditions only to sharing, so nothing in it stops training on outputs; if the trained model counted as Adapted Material, sharing it would need the Section 3(a) credit.',
          },
          derivatives: {
            status: 'yes',
            section: 'Section 2(a)(1)(B); Section 3(a)',
            note: 'You may produce and share Adapted Material, crediting the original and saying what you changed.',
          },
          acceptableUsePolicy: {
            status: 'no',
            section: 'Whole text',
            note: 'There is no list of banned uses.',
          },
          passesToDerivatives: {
            status: 'no',
            section: 'Section 3(a)(4); Section 2(a)(5)',
            note: 'No share-alike: your adaptations may carry your own license, as long as it does not stop recipients from complying with this one.',
          },
          attributionDuties: {
            status: 'yes',
            section: 'Section 3(a)(1) Attribution',
            note: 'When sharing, you must credit the creator in the requested way, keep the notices, link the license and indicate whether you modified the material.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Whole text',
            note: 'The license asks for no registration or click-through; a given download page may still add one.',
          },
          regionExclusion: {
            status: 'no',
            section: 'Section 2(a)(1) License grant',
            note: 'The grant is worldwide and names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'unclear',
            section: 'Section 1(a) Adapted Material (outputs not mentioned)',
            note: 'The license does not say whether a model’s outputs are Adapted Material; commercial use is allowed either way, but if they were, sharing them would need the Section 3(a) credit.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'Whole text (outputs not mentioned)',
            note: 'The license does not say who owns what a model under it generates.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Section 5 Disclaimer of Warranties and Limitation of Liability',
            note: 'The material is offered as is, with no warranty of non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'CC-BY-NC-4.0',
    name: 'Creative Commons Attribution-NonCommercial 4.0 International',
    kind: 'license',
    audience: 'weights',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode.en',
    spdx: 'CC-BY-NC-4.0',
    huggingFace: 'cc-by-nc-4.0',
    summary:
      'The Creative Commons attribution license limited to non-commercial purposes: anyone may copy, share and adapt the material, but only for uses not primarily aimed at commercial advantage or payment, and always with credit, a link to the license and a note of changes. The limit follows the original material into copies and adaptations. It does not say whether a model’s outputs are covered, and it comes with no warranty.',
    versions: [
      {
        label: 'Version 4.0 (SPDX License List text)',
        date: '2024-02-19',
        source: {
          url: 'https://github.com/spdx/license-list-XML/blob/cfac712b3b52f21c834f55725a7d83d4f597710b/src/CC-BY-NC-4.0.xml',
          pin: 'commit',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'no',
            section: 'Section 2(a)(1) License grant; Section 1(i) NonCommercial',
            note: 'All rights are granted for NonCommercial purposes only, meaning uses not primarily aimed at commercial advantage or payment.',
          },
          outputsForTraining: {
            status: 'unclear',
            section: 'Section 1(a) Adapted Material; Section 2(a)(1) (outputs not mentioned)',
            note: 'The text does not say whether outputs, or a model trained on them, count as Adapted Material and so stay limited to non-commercial use.',
          },
          derivatives: {
            status: 'conditional',
            section: 'Section 2(a)(1)(B); Section 3(a)',
            note: 'Adapted Material may be produced and shared, but only for non-commercial purposes and with credit.',
          },
          acceptableUsePolicy: {
            status: 'no',
            section: 'Whole text',
            note: 'There is no list of banned uses beyond the non-commercial limit.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: 'Section 2(a)(5)(A); Section 3(a)(4)',
            note: 'There is no share-alike for your own additions, but every recipient gets the original material only under this non-commercial license, and your license for an adaptation may not stop them complying with it.',
          },
          attributionDuties: {
            status: 'yes',
            section: 'Section 3(a)(1) Attribution',
            note: 'When sharing, you must credit the creator, keep the notices, link the license and indicate whether you modified the material.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Whole text',
            note: 'The license asks for no registration or click-through; a given download page may still add one.',
          },
          regionExclusion: {
            status: 'no',
            section: 'Section 2(a)(1) License grant',
            note: 'The grant is worldwide and names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'unclear',
            section: 'Section 1(a) Adapted Material (outputs not mentioned)',
            note: 'The license covers the weights and does not say whether their outputs are Adapted Material; if they were, selling them would fall outside the non-commercial grant.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'Whole text (outputs not mentioned)',
            note: 'The license does not say who owns what a model under it generates.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Section 5 Disclaimer of Warranties and Limitation of Liability',
            note: 'The material is offered as is, with no warranty of non-infringement.',
          },
        },
      },
    ],
  },

  /* ---------------------------------------------------------------------------------------------- */
  /* OpenAI repository licenses.                                                                      */
  /* ---------------------------------------------------------------------------------------------- */
  {
    id: 'gpt-2-modified-mit',
    name: 'Modified MIT License (GPT-2)',
    kind: 'license',
    audience: 'weights',
    provider: 'openai',
    summary:
      'The license of OpenAI’s GPT-2 repository: the MIT permission to use, change, publish and sell the software, with an added opening that OpenAI claims no ownership of what you create with GPT-2 and that the copyright notice need not accompany generated content. Using it responsibly and labelling content as made with GPT-2 are requests, not conditions. The repository carried the plain MIT text until January 2020.',
    versions: [
      {
        label: 'MIT License',
        date: '2019-02-19',
        source: {
          url: 'https://github.com/openai/gpt-2/blob/aae26abd600ad32771fadf6284f339f07b9d8ea1/LICENSE',
          pin: 'commit',
          readOn,
        },
        clauses: {
          outputOwnership: {
            status: 'unclear',
            section: 'MIT permission notice (outputs not mentioned)',
            note: 'The plain MIT text said nothing about who owns generated text.',
          },
        },
      },
      {
        label: 'Modified MIT License',
        date: '2020-01-03',
        source: {
          url: 'https://github.com/openai/gpt-2/blob/0574c5708b094bfa0b0f6dfe3fd284d9a045acd9/LICENSE',
          pin: 'commit',
          readOn,
        },
        changes:
          'On 2020-01-03 OpenAI renamed the text "Modified MIT License" and put a paragraph before the MIT grant: it claims no ownership of content made with GPT-2, leaves that content to you, and asks for responsible use and a GPT-2 label; a new line says the notice need not travel with generated content.',
        clauses: {
          commercialUse: {
            status: 'yes',
            section: 'MIT permission notice',
            note: 'The MIT grant, including the right to sell copies, without restriction.',
          },
          outputsForTraining: {
            status: 'yes',
            section: 'Opening paragraph; MIT permission notice',
            note: 'OpenAI leaves generated content to you to use as you please, and nothing in the text limits training on it.',
          },
          derivatives: {
            status: 'yes',
            section: 'MIT permission notice',
            note: 'Modifying, merging, publishing and distributing are among the rights granted.',
          },
          acceptableUsePolicy: {
            status: 'no',
            section: 'Opening paragraph',
            note: 'There is only a request to use GPT-2 responsibly, with no list of banned uses.',
          },
          passesToDerivatives: {
            status: 'no',
            section: 'Conditions on copies',
            note: 'No share-alike: only the copyright and permission notice must go with copies of the software.',
          },
          attributionDuties: {
            status: 'no',
            section: 'Opening paragraph; conditions on copies',
            note: 'Labelling content as made with GPT-2 is asked for, not required, and the notice need not accompany generated content.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Whole text',
            note: 'The license asks for no registration; the repository’s download script fetches the weights directly.',
          },
          regionExclusion: {
            status: 'no',
            section: 'MIT permission notice',
            note: 'The permission goes to any person and names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'yes',
            section: 'Opening paragraph',
            note: 'OpenAI says content you create with GPT-2 is yours to do with as you please; labelling it is only a request.',
          },
          outputOwnership: {
            status: 'yes',
            section: 'Opening paragraph',
            note: 'OpenAI disclaims ownership of what you create with GPT-2 and calls it yours.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Warranty disclaimer (final paragraph)',
            note: 'The software comes as is, without a warranty of non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'jukebox-noncommercial',
    name: 'OpenAI Jukebox Noncommercial Use License',
    kind: 'license',
    audience: 'weights',
    provider: 'openai',
    summary:
      'An MIT-style permission to use, copy, change, publish and distribute Jukebox, minus the right to sell, with one condition: neither the software nor anything created with it may be used commercially. OpenAI says it claims no ownership of what you make and asks, without requiring it, for responsible use and a Jukebox label. The notice must travel with copies of the software but not with generated music. (The repository’s first week, from 2020-04-29, carried the plain MIT text; this license replaced it on 2020-05-06.)',
    versions: [
      {
        label: 'Noncommercial Use License',
        date: '2020-05-06',
        source: {
          url: 'https://github.com/openai/jukebox/blob/93ff6cf066a4ed0a2b83ac82ae75431f4656d1d3/LICENSE',
          pin: 'commit',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'no',
            section: 'Condition (third paragraph)',
            note: 'No part of the software, and no content made with it, may be used for commercial purposes.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: 'Condition (third paragraph)',
            note: 'Nothing bars training on Jukebox output, but the non-commercial condition covers that content, so only non-commercial training is allowed.',
          },
          derivatives: {
            status: 'conditional',
            section: 'Permission notice; condition',
            note: 'Modifying, merging, publishing and distributing are granted, for non-commercial purposes only.',
          },
          acceptableUsePolicy: {
            status: 'no',
            section: 'Opening paragraph',
            note: 'Besides the non-commercial condition there is only a request to use Jukebox responsibly.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: 'Conditions on copies',
            note: 'The permission notice, including its non-commercial condition, must be included in all copies or substantial portions of the software.',
          },
          attributionDuties: {
            status: 'no',
            section: 'Opening paragraph; conditions on copies',
            note: 'Labelling content as made with Jukebox is a request, and the notice need not accompany generated content.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Whole text',
            note: 'The license asks for no registration.',
          },
          regionExclusion: {
            status: 'no',
            section: 'Permission notice',
            note: 'The permission goes to any person and names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: 'Condition (third paragraph)',
            note: 'You may publish or share what Jukebox makes only for non-commercial purposes; selling it or any other commercial use is barred.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'Opening paragraph',
            note: 'OpenAI claims no ownership of content you create with Jukebox; it assigns nothing, and the non-commercial condition still covers that content.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Warranty disclaimer (final paragraph)',
            note: 'The software comes as is, without a warranty of non-infringement.',
          },
        },
      },
    ],
  },

  /* ---------------------------------------------------------------------------------------------- */
  /* Responsible AI (RAIL) licenses.                                                                  */
  /* ---------------------------------------------------------------------------------------------- */
  {
    id: 'bigscience-rail-1.0',
    name: 'BigScience RAIL License v1.0',
    kind: 'license',
    audience: 'weights',
    provider: 'bigscience',
    huggingFace: 'bigscience-bloom-rail-1.0',
    summary:
      'The license of the BLOOM models: a perpetual, royalty-free copyright and patent license to use, copy, change, host and redistribute the model and its derivatives, commercially or not, as long as nobody uses them for the 13 restricted uses of Attachment A. Those restrictions must be written into any terms under which you pass the model or a derivative on, and models trained on its outputs count as derivatives. Machine-generated text must be disclosed as such; the licensor claims no rights in outputs, reserves the right to restrict misuse remotely and asks users to keep to the latest version.',
    versions: [
      {
        label: 'v1.0, dated May 19, 2022',
        date: '2022-05-19',
        source: {
          url: 'https://huggingface.co/spaces/bigscience/license/blob/main/BLOOMLICENSE.txt',
          pin: 'provider-page',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: 'Section II, paragraphs 2–3; paragraph 5; Attachment A',
            note: 'The grants have no non-commercial limit, but every use must avoid the restricted uses of Attachment A.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: 'Definition 5 "Derivatives of the Model"; paragraphs 4(1) and 5',
            note: 'A model trained on its outputs (by distillation or on synthetic data) so that it performs like the Model counts as a Derivative, so it must carry the Attachment A restrictions; no use of outputs may break the license’s use restrictions.',
          },
          derivatives: {
            status: 'yes',
            section: 'Paragraph 2 Grant of Copyright License; paragraph 4 Distribution and Redistribution',
            note: 'You may create derivatives and share or host them under your own terms, provided those terms include the use restrictions and you pass on the license.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: 'Paragraph 5 Use-based restrictions; Attachment A',
            note: 'Attachment A lists 13 banned uses, among them illegal uses, harming minors, harmful disinformation, undisclosed machine-generated text, impersonation and medical advice.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: 'Paragraph 4(1); paragraph 5',
            note: 'The paragraph 5 restrictions must be an enforceable part of any agreement under which you share the model or a derivative, and your users must be bound by them.',
          },
          attributionDuties: {
            status: 'no',
            section: 'Paragraph 4(2)–(4)',
            note: 'Pass on a copy of the license, mark changed files and keep existing notices; no credit line or naming rule.',
          },
          gatedDownload: {
            status: 'unclear',
            section: 'Whole text',
            note: 'The license sets no download step; whether Hugging Face makes you accept it before downloading BLOOM, as the site’s BLOOM record says, was not checked here.',
          },
          regionExclusion: {
            status: 'no',
            section: 'Paragraphs 2–3',
            note: 'The grants are worldwide and the text names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: 'Paragraph 6 The Output You Generate; Attachment A item 5',
            note: 'The licensor claims no rights in outputs, but no use of them may break the license, and text placed in any public context must be disclosed as machine-generated.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'Paragraph 6 The Output You Generate',
            note: 'The licensor claims no rights in the outputs you generate; it assigns nothing and makes you accountable for them.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Paragraph 9 Disclaimer of Warranty',
            note: 'The model is provided as is, with no warranty of non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'creativeml-openrail-m',
    name: 'CreativeML Open RAIL-M',
    kind: 'license',
    audience: 'weights',
    url: 'https://github.com/CompVis/stable-diffusion/blob/main/LICENSE',
    huggingFace: 'creativeml-openrail-m',
    summary:
      'The license published with Stable Diffusion v1: a perpetual, royalty-free copyright and patent license to use, copy, change, host and redistribute the model and its derivatives, commercially or not, except for the restricted uses listed in Attachment A. Those restrictions must go into the terms of every copy or derivative you pass on, and models trained on its outputs count as derivatives. The licensor claims no rights in outputs but bars uses of them that break the license, and reserves the right to restrict misuse remotely, update the model and ask users to keep to the latest version.',
    versions: [
      {
        label: 'Dated August 22, 2022',
        date: '2022-08-22',
        source: {
          url: 'https://github.com/CompVis/stable-diffusion/blob/69ae4b35e0a0f6ee1af8bb9a5d0016ccb27e36dc/LICENSE',
          pin: 'commit',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: 'Section II, paragraphs 2–3; paragraph 5; Attachment A',
            note: 'The grants have no non-commercial limit, but every use must avoid the restricted uses of Attachment A.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: 'Definitions > "Derivatives of the Model"; paragraph 4(a)',
            note: 'A model trained on its synthetic outputs or distilled from it is a Derivative of the Model, so it must carry the same use restrictions.',
          },
          derivatives: {
            status: 'yes',
            section: 'Section III, paragraph 4 Distribution and Redistribution',
            note: 'You may share or host copies and derivatives, changed or not, under your own terms, provided they include the use restrictions and you pass on the license.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: 'Paragraph 5 Use-based restrictions; Attachment A',
            note: 'Attachment A lists 11 banned uses, among them illegal uses, harming minors, harmful disinformation, harassment, discrimination, medical advice and law-enforcement profiling.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: 'Paragraph 4(a); paragraph 5',
            note: 'The paragraph 5 restrictions must be an enforceable part of any agreement under which you share the model or a derivative, and your users must be bound by them.',
          },
          attributionDuties: {
            status: 'no',
            section: 'Paragraph 4(b)–(d)',
            note: 'Pass on a copy of the license, mark changed files and keep existing notices; no credit line or naming rule.',
          },
          gatedDownload: {
            status: 'yes',
            section: 'Whole text (no gate); CompVis/stable-diffusion README "Diffusers Integration"',
            note: 'The license itself sets no download step, but the repository’s instructions require a Hugging Face login and token to fetch the v1 weights, where the license is presented.',
            gate: 'accept-terms',
          },
          regionExclusion: {
            status: 'no',
            section: 'Section II, paragraphs 2–3',
            note: 'The grants are worldwide and the text names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: 'Paragraph 6 The Output You Generate',
            note: 'The licensor claims no rights in outputs, so you may publish or sell them, but no use of them may break the license or its restricted uses.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'Paragraph 6 The Output You Generate',
            note: 'The licensor claims no rights in the outputs you generate; it assigns nothing and makes you accountable for them.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Paragraph 9 Disclaimer of Warranty',
            note: 'The model is provided as is, with no warranty of non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'creativeml-openrail-plus-plus-m',
    name: 'CreativeML Open RAIL++-M License',
    kind: 'license',
    audience: 'weights',
    provider: 'stability-ai',
    url: 'https://github.com/Stability-AI/generative-models/blob/main/model_licenses/LICENSE-SDXL1.0',
    huggingFace: 'openrail++',
    follows: 'creativeml-openrail-m',
    summary:
      'Stability AI’s license for SDXL 1.0: a perpetual, royalty-free copyright and patent license to use, copy, change, host and redistribute the model and derivatives, commercially or not, except for the restricted uses of Attachment A, which must be written into the terms of every copy or derivative you pass on. Models trained on its outputs count as derivatives. The licensor claims no rights in outputs, bars uses of them that break the license, and keeps only the right to restrict usage that violates it.',
    versions: [
      {
        label: 'Dated July 26, 2023',
        date: '2023-07-26',
        source: {
          sourceId: 'creativeml-openrail-plus-plus-m-text',
          pin: 'commit',
          readOn,
        },
        changes:
          'Compared with CreativeML Open RAIL-M (22 August 2022): Stability AI is the copyright holder, and the Updates and Runtime Restrictions paragraph now only reserves the right to restrict usage that breaks the license, dropping the rights to update the model or change its outputs remotely and the duty to use the latest version. The grants, the distribution conditions and the 11 restricted uses of Attachment A are unchanged.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section:
              'Section II (Grant of Copyright License; Grant of Patent License); paragraph 5; Attachment A',
            note: 'The grants have no non-commercial limit, but every use must avoid the restricted uses of Attachment A.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: 'Definitions > "Derivatives of the Model"; Section III, distribution conditions',
            note: 'A model trained on its synthetic outputs or distilled from it is a Derivative of the Model, so it must carry the same use restrictions.',
          },
          derivatives: {
            status: 'yes',
            section: 'Section III Distribution and Redistribution',
            note: 'You may share or host copies and derivatives, changed or not, under your own terms, provided they include the use restrictions and you pass on the license.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: 'Paragraph 5 Use-based restrictions; Attachment A',
            note: 'Attachment A lists 11 banned uses, among them illegal uses, harming minors, harmful disinformation, harassment, discrimination, medical advice and law-enforcement profiling.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: 'Section III Distribution and Redistribution (first condition); paragraph 5',
            note: 'The paragraph 5 restrictions must be an enforceable part of any agreement under which you share the model or a derivative, and your users must be bound by them.',
          },
          attributionDuties: {
            status: 'no',
            section: 'Section III Distribution and Redistribution',
            note: 'Pass on a copy of the license, mark changed files and keep existing notices; no credit line or naming rule.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Whole text; generative-models README, July 26, 2023 release note',
            note: 'The license sets no download step, and unlike the research-only 0.9 weights the 1.0 release note links the Hugging Face repositories with no application.',
          },
          regionExclusion: {
            status: 'no',
            section: 'Section II',
            note: 'The grants are worldwide and the text names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: 'The Output You Generate (paragraph 6)',
            note: 'The licensor claims no rights in outputs, so you may publish or sell them, but no use of them may break the license or its restricted uses.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'The Output You Generate (paragraph 6)',
            note: 'The licensor claims no rights in the outputs you generate; it assigns nothing and makes you accountable for them.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Section IV, Disclaimer of Warranty',
            note: 'The model is provided as is, with no warranty of non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'bigcode-openrail-m',
    name: 'BigCode Open RAIL-M v1 License Agreement',
    kind: 'license',
    audience: 'weights',
    provider: 'bigcode',
    huggingFace: 'bigcode-openrail-m',
    summary:
      'BigCode’s agreement for StarCoder and StarCoder2: a royalty-free copyright and patent license to use, change and share the model and modifications, commercially or not, on condition that nobody uses them for the 14 restricted uses of Attachment A. Shared copies and modifications must carry those restrictions (or similar ones), a copy of the agreement and model documentation of the same or better quality; models trained on its outputs count as modifications. Machine-generated content placed in public must be disclosed as such; the licensor claims no rights in outputs and may restrict misuse remotely.',
    versions: [
      {
        label: 'v1',
        date: '2023-05',
        source: {
          sourceId: 'bigcode-openrail-m-agreement',
          pin: 'provider-page',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: 'Section II grants; paragraph 4 Use conditions; Attachment A',
            note: 'The grants have no non-commercial limit, but keeping to the Attachment A restrictions is a condition of them.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: 'Definition (i) "Modifications of the Model"; paragraph 5.1',
            note: 'Any model created by transferring patterns from the model’s outputs is a Modification of the Model, so it may be shared only with the same or similar use restrictions.',
          },
          derivatives: {
            status: 'yes',
            section: 'Section II grants; paragraph 5 Sharing of the Model',
            note: 'You may change the model and share modifications under a license of your choice that includes the use conditions, a copy of the agreement and documentation of your changes.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: 'Paragraph 4 Use conditions; Attachment A',
            note: 'Attachment A lists 14 banned uses, among them malware, harmful disinformation, undisclosed machine-generated content, deceptive impersonation and fully automated legal decisions.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: 'Paragraph 5.1',
            note: 'Any license you share the model or a modification under must include paragraph 4 and Attachment A, or conditions and restrictions that achieve the same purpose.',
          },
          attributionDuties: {
            status: 'no',
            section: 'Paragraph 5.2',
            note: 'Pass on the agreement, keep the notices and the model card, and document your modifications at least as well; no credit line or naming rule.',
          },
          gatedDownload: {
            status: 'yes',
            section: 'BigCode FAQ "Do I have to click I accept to accept the license agreement?"',
            note: 'BigCode’s FAQ says you must accept the agreement before you can access the model.',
            gate: 'accept-terms',
          },
          regionExclusion: {
            status: 'no',
            section: 'Section II grants',
            note: 'The grants are worldwide and the text names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: 'Paragraph 6 The Output You Generate; Attachment A (f)',
            note: 'The licensor claims no rights in outputs, but your use of them must not break the agreement, and content placed in public must be clearly disclosed as machine-generated.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'Paragraph 6 The Output You Generate',
            note: 'The licensor claims no rights in the output; it assigns nothing.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Paragraph 10 Disclaimer of Warranty',
            note: 'The model is provided as is, with no warranty of non-infringement.',
          },
        },
      },
    ],
  },

  /* ---------------------------------------------------------------------------------------------- */
  /* Custom model licenses.                                                                           */
  /* ---------------------------------------------------------------------------------------------- */
  {
    id: 'flux-1-dev-non-commercial',
    name: 'FLUX.1 [dev] Non-Commercial License',
    kind: 'license',
    audience: 'weights',
    provider: 'black-forest-labs',
    url: 'https://github.com/black-forest-labs/flux/blob/main/model_licenses/LICENSE-FLUX1-dev',
    huggingFace: 'other',
    summary:
      'Black Forest Labs’ revocable license for FLUX.1 [dev] and the models named after it (Fill, Depth, Canny, Redux, Kontext [dev]): use, change and share them only for non-commercial purposes (personal research and hobby use, testing by companies outside production, charities); anything else needs a separate, possibly paid license. Outputs are treated differently from the model: BFL claims no ownership of them and lets you use them for any purpose, commercial included, except training a competing model, though the text also bars commercial use of data the model produces. Users must filter or review outputs for unlawful content, military, surveillance and biometric uses are banned, and BFL may end the license at any time.',
    versions: [
      {
        date: '2024-08-01',
        source: {
          url: 'https://github.com/black-forest-labs/flux/blob/1f71c43377442214387f8f07b32500df79ba1067/model_licenses/LICENSE-FLUX1-dev',
          pin: 'commit',
          readOn,
        },
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: '§4(a) Restrictions',
            note: 'Banned: commercial or production use, military purposes, surveillance, biometric processing, infringing third-party rights and breaking privacy or other laws.',
          },
          outputUse: {
            status: 'conditional',
            section: '§2(d) Outputs; §1(c) "Non-Commercial Purpose"; §4(a)(i)',
            note: '§2(d) allowed outputs for any purpose, commercial included, except training a competing model; yet the non-commercial definition excluded uses paid from the model’s output and §4(a)(i) barred commercial use of data it produces, which the text did not reconcile.',
          },
        },
      },
      {
        label: 'v1.1',
        date: '2025-06-26',
        source: {
          url: 'https://github.com/black-forest-labs/flux/blob/57ce4051906a986d39c3ec51571b32c239c7d165/model_licenses/LICENSE-FLUX1-dev',
          pin: 'commit',
          readOn,
        },
        changes:
          'Version 1.1, published with FLUX.1 Kontext [dev] (the November 2024 revision had only added the FLUX.1 Tools models to the definition): Kontext [dev] and any model named FLUX.1 [dev] are covered; the §2(d) sentence allowing commercial use of outputs was removed and the ban on training competing models moved to a new §4(b); a new §2(e) requires content filters or a review of outputs and AI disclosure where the law requires it; §4(a) adds unlawful, fraudulent and abusive uses, child sexual abuse material, non-consensual intimate images, publicity and digital-replica rights and the EU AI Act; the non-commercial definition no longer mentions payment from outputs; terms for derivatives must include disclaimers at least as protective of BFL.',
        clauses: {
          outputUse: {
            status: 'unclear',
            section: '§2(d) Outputs; §2(e); §4(a)(i)',
            note: 'This version dropped the sentence allowing commercial use of outputs, leaving only BFL’s disclaimer of ownership and the §4(a)(i) ban on commercial use of data the model produces; outputs needed filtering or review and legally required AI disclosure.',
          },
        },
      },
      {
        label: 'v1.1.1',
        date: '2025-06-27',
        source: {
          url: 'https://github.com/black-forest-labs/flux/blob/474dc4205306cb76c46ba510e35eec7bbed5efd1/model_licenses/LICENSE-FLUX1-dev',
          pin: 'commit',
          readOn,
        },
        changes:
          'A day after v1.1, BFL restored the §2(d) sentence letting you use outputs for any purpose, commercial included, and moved the ban on training competing models back into §2(d), now naming both FLUX.1 [dev] and FLUX.1 Kontext [dev]; §4(b) was removed and the later items renumbered.',
        clauses: {
          commercialUse: {
            status: 'no',
            section: '§2(b) Non-Commercial Use Only; §4(a)(i)',
            note: 'The model and derivatives may be used only for non-commercial purposes; any commercial or production use needs a license BFL may refuse or charge for.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§2(d) Outputs; §1(c) "Non-Commercial Purpose"',
            note: 'Outputs may not train, fine-tune or distill a model that competes with FLUX.1 [dev] or FLUX.1 Kontext [dev], and using the model to train other models for commercial use is not a permitted non-commercial purpose.',
          },
          derivatives: {
            status: 'conditional',
            section: '§2(a) License; §3 Distribution',
            note: 'You may create and share derivatives, but only for non-commercial purposes and under the same restrictions.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§4(a) Restrictions',
            note: 'Banned: commercial or production use, military purposes, surveillance, biometric processing, infringing rights including publicity and digital-replica rights, unlawful or abusive activity, child sexual abuse material, non-consensual intimate images and breaking privacy laws or the EU AI Act.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§2(a); §3(a); §3(c)(ii)',
            note: 'The restrictions apply to every derivative, recipients get their rights from BFL under this license, and your own terms may not limit or conflict with it.',
          },
          attributionDuties: {
            status: 'no',
            section: '§3(b)–(c) Distribution',
            note: 'Copies you share carry a set Attribution Notice (for example in a Notice file) naming BFL and this license, plus a statement of changes for derivatives; there is no credit line in products or outputs.',
          },
          gatedDownload: {
            status: 'yes',
            section: 'Preamble (acceptance by downloading); black-forest-labs/flux README "Usage"',
            note: 'Downloading the weights counts as accepting the license, and BFL’s README says you must be logged in to Hugging Face to download FLUX.1 [dev].',
            gate: 'accept-terms',
          },
          regionExclusion: {
            status: 'no',
            section: '§4(e)–(f) export and sanctions',
            note: 'No region is excluded by name; only the export-law clause bars use or download from comprehensively sanctioned jurisdictions.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: '§2(d) Outputs; §2(e); §4(a)(i)',
            note: '§2(d) lets you use outputs for any purpose, commercial included, if you filter or review them for unlawful content, disclose AI generation where the law requires and do not train a competing model; §4(a)(i) still bars commercial use of data the model produces, which the text does not reconcile.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§2(d) Outputs',
            note: 'BFL claims no ownership rights in outputs; it assigns nothing and makes you responsible for them.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§5 Disclaimers; §7 Indemnification',
            note: 'The model comes as is with no warranty of non-infringement, and it is you who must indemnify BFL against claims.',
          },
        },
      },
    ],
  },
  {
    id: 'tii-falcon-180b',
    name: 'Falcon-180B TII License v1.0',
    kind: 'license',
    audience: 'weights',
    provider: 'tii',
    url: 'https://huggingface.co/spaces/tiiuae/falcon-180b-license/blob/main/LICENSE.txt',
    summary:
      'TII’s Apache-based license for Falcon 180B: a perpetual, royalty-free license to use, change and redistribute the model and derivatives, commercially or not, within TII’s Acceptable Use Policy, which TII may update and which must be written into the terms of anything you redistribute. Offering the model to others as a shared inference or fine-tuning API (“Hosting Use”) is not licensed at all without TII’s written permission, although apps that use it in the background are allowed. Public statements about a derivative must say it is built with Falcon LLM technology from TII.',
    versions: [
      {
        label: 'Version 1.0, September 2023',
        date: '2023-09',
        source: {
          pin: 'provider-page',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§2 Grant of Copyright License; §5 Acceptable Use; §9 Hosting Use',
            note: 'Commercial use is royalty-free within the Acceptable Use Policy, but offering the model as a shared or managed inference or fine-tuning API needs TII’s permission under a separate license.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§5.2 Acceptable Use',
            note: 'Outputs may be used to create other works, including models, only for purposes that do not conflict with the Acceptable Use Policy, a separate page we have not read.',
          },
          derivatives: {
            status: 'yes',
            section: '§2.1; §4 Redistribution',
            note: 'You may prepare and distribute derivative works, with the license, change notices, the acceptable-use and hosting restrictions and kept notices.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§5 Acceptable Use',
            note: 'Use of the model and derivatives must follow TII’s Acceptable Use Policy as updated from time to time.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§4.1(a)–(b)',
            note: 'The acceptable-use and hosting restrictions must be enforceable terms of any agreement under which you distribute the work or derivatives.',
          },
          attributionDuties: {
            status: 'yes',
            section: '§6 Publication',
            note: 'Any public statement about a derivative must prominently say it is built using Falcon LLM technology from the Technology Innovation Institute.',
          },
          gatedDownload: {
            status: 'yes',
            section: 'Hugging Face model card (gating prompt)',
            note: 'The Falcon-180B model cards ask you to agree to this license and the Acceptable Use Policy before the files can be accessed.',
            gate: 'accept-terms',
          },
          regionExclusion: {
            status: 'no',
            section: '§2–§3 grants',
            note: 'The grants are worldwide and the license names no excluded region; the separate Acceptable Use Policy was not read.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: '§5.2 Acceptable Use',
            note: 'You may use outputs to create other works except for purposes that conflict with the Acceptable Use Policy.',
          },
          outputOwnership: {
            status: 'unclear',
            section: 'Whole text (no clause on outputs’ ownership)',
            note: 'The license does not say who owns outputs.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§10 Disclaimer of Warranty',
            note: 'The work is provided as is, with no warranty of non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'tencent-hunyuanvideo-community',
    name: 'Tencent Hunyuan Community License Agreement (HunyuanVideo, December 2024)',
    kind: 'license',
    audience: 'weights',
    provider: 'tencent',
    url: 'https://github.com/Tencent-Hunyuan/HunyuanVideo/blob/main/LICENSE.txt',
    huggingFace: 'other',
    summary:
      'Tencent’s royalty-free license for HunyuanVideo: use, copy, change and share the weights and code, commercially or not, but only inside the Territory, which excludes the European Union, the United Kingdom and South Korea; use or outputs outside it are unlicensed. The Exhibit A acceptable-use policy (20 banned uses, including military use and unlabelled machine-generated content) must be passed on, neither the works nor their outputs may improve any other AI model, and services above 100 million monthly active users on the release date need a separate license. Tencent claims no rights in outputs.',
    versions: [
      {
        label: 'Tencent HunyuanVideo Release Date: December 3, 2024',
        date: '2024-12-03',
        source: {
          url: 'https://github.com/Tencent-Hunyuan/HunyuanVideo/blob/e965abb39f104f618ebd0d9ae27630ee8e55cecc/LICENSE.txt',
          pin: 'commit',
          readOn,
        },
        clauses: {
          regionExclusion: {
            status: 'yes',
            section: 'Heading; Definition 1(l) "Territory"; §5(c)',
            note: 'The first text excluded only the European Union from the Territory.',
            regions: ['European Union'],
            appliesTo: 'all',
          },
        },
      },
      {
        label: 'Tencent HunyuanVideo Release Date: December 3, 2024 (revised)',
        date: '2024-12-04',
        source: {
          url: 'https://github.com/Tencent-Hunyuan/HunyuanVideo/blob/0fd76e2a56ec835e95c86f6639e9ed8c7cb2aab5/LICENSE.txt',
          pin: 'commit',
          readOn,
        },
        changes:
          'On 2024-12-04 the heading and the Territory definition added the United Kingdom and South Korea to the European Union as places where the license grants nothing; no other wording changed.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§2 Grant of Rights; §4 Additional Commercial Terms; §5 Rules of Use',
            note: 'There is no non-commercial limit, but only inside the Territory, within the Exhibit A policy, and not for services that had over 100 million monthly active users on the release date.',
          },
          outputsForTraining: {
            status: 'no',
            section: '§5(b)',
            note: 'Neither the works nor their outputs may be used to improve any AI model other than Tencent Hunyuan and its derivatives.',
          },
          derivatives: {
            status: 'conditional',
            section: '§2 Grant of Rights; §3 Distribution',
            note: 'You may make modifications and Model Derivatives and share them, only inside the Territory, with a copy of the agreement and change notices.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§5(a); Exhibit A Acceptable Use Policy (last modified November 5, 2024)',
            note: 'Exhibit A lists 20 banned uses, among them use outside the Territory, military purposes, circumventing safeguards, election disinformation and unlabelled machine-generated content.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§5(a)',
            note: 'The §5(a) and §5(b) restrictions must be an enforceable part of any agreement under which you pass the works on, and recipients must be told of them.',
          },
          attributionDuties: {
            status: 'no',
            section: '§3(b)–(d) Distribution',
            note: 'Distributions other than hosted services carry a Notice file with a set Tencent copyright line and changed files are marked; a "Powered by Tencent Hunyuan" mark is only encouraged.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Preamble (acceptance by use); ckpts/README.md "Download HunyuanVideo model"',
            note: 'Using the works counts as acceptance, and Tencent’s download instructions fetch the weights from Hugging Face with no login step.',
          },
          userThreshold: {
            status: 'yes',
            section: '§4 Additional Commercial Terms',
            note: 'If your products had over 100 million monthly active users in the month before the release date, you need a license Tencent may refuse.',
            monthlyActiveUsers: 100e6,
            effect: 'separate-license',
            measuredAt: 'release-date',
          },
          regionExclusion: {
            status: 'yes',
            section: 'Heading; Definition 1(l) "Territory"; §2; §5(c)',
            note: 'The license grants nothing in the European Union, the United Kingdom or South Korea, and any use of the works or outputs there is unlicensed.',
            regions: ['European Union', 'United Kingdom', 'South Korea'],
            appliesTo: 'all',
          },
          outputUse: {
            status: 'conditional',
            section: '§6(d); §5(b)–(c); Exhibit A items 4 and 12',
            note: 'Tencent claims no rights in outputs, but they may be used only inside the Territory, not to improve other AI models, and content placed in public must be clearly labelled as machine-generated.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§6(d) Intellectual Property',
            note: 'Tencent claims no rights in outputs you generate; it assigns nothing and makes you and your users responsible for them.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§7(b) Disclaimers; §6(c)',
            note: 'The works and outputs come as is with no warranty of non-infringement, and you must indemnify Tencent against third-party claims.',
          },
        },
      },
    ],
  },
  {
    id: 'tencent-hunyuan-a13b-community',
    name: 'Tencent Hunyuan Community License Agreement (Hunyuan-A13B, June 2025)',
    kind: 'license',
    audience: 'weights',
    provider: 'tencent',
    url: 'https://github.com/Tencent-Hunyuan/Hunyuan-A13B/blob/main/LICENSE',
    huggingFace: 'other',
    follows: 'tencent-hunyuanvideo-community',
    summary:
      'The Tencent Hunyuan Community License as issued for Hunyuan-A13B: royalty-free use, copying, change and sharing of the weights and code, commercially or not, only inside the Territory (the world minus the European Union, the United Kingdom and South Korea). The Exhibit A acceptable-use policy must be passed on, the works and their outputs may not improve other AI models, and services above 100 million monthly active users on the release date need a separate license. Tencent claims no rights in outputs.',
    versions: [
      {
        label: 'Tencent Hunyuan A13B Release Date: June 27, 2025',
        date: '2025-06-27',
        source: {
          url: 'https://github.com/Tencent-Hunyuan/Hunyuan-A13B/blob/a728865b7398d1e18e9fb35a9894e4a4b9516a8a/LICENSE',
          pin: 'commit',
          readOn,
        },
        changes:
          'Compared with the HunyuanVideo text of 4 December 2024: the licensor is now whichever Tencent group company holds the rights rather than THL A29 Limited, the named release is Hunyuan-A13B and the Notice line says 2025. The Territory, the 100-million-user test, the output rules and the Exhibit A policy (still dated 5 November 2024) are unchanged.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§2 Grant of Rights; §4 Additional Commercial Terms; §5 Rules of Use',
            note: 'There is no non-commercial limit, but only inside the Territory, within the Exhibit A policy, and not for services that had over 100 million monthly active users on the release date.',
          },
          outputsForTraining: {
            status: 'no',
            section: '§5(b)',
            note: 'Neither the works nor their outputs may be used to improve any AI model other than Tencent Hunyuan and its derivatives.',
          },
          derivatives: {
            status: 'conditional',
            section: '§2 Grant of Rights; §3 Distribution',
            note: 'You may make modifications and Model Derivatives and share them, only inside the Territory, with a copy of the agreement and change notices.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§5(a); Exhibit A Acceptable Use Policy (last modified November 5, 2024)',
            note: 'Exhibit A lists 20 banned uses, among them use outside the Territory, military purposes, circumventing safeguards, election disinformation and unlabelled machine-generated content.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§5(a)',
            note: 'The §5(a) and §5(b) restrictions must be an enforceable part of any agreement under which you pass the works on, and recipients must be told of them.',
          },
          attributionDuties: {
            status: 'no',
            section: '§3(b)–(d) Distribution',
            note: 'Distributions other than hosted services carry a Notice file with a set Tencent copyright line and changed files are marked; a "Powered by Tencent Hunyuan" mark is only encouraged.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Preamble (acceptance by use); repository README "Deployment"',
            note: 'Using the works counts as acceptance, and Tencent’s README has vLLM fetch the weights from Hugging Face or ModelScope with no login step.',
          },
          userThreshold: {
            status: 'yes',
            section: '§4 Additional Commercial Terms',
            note: 'If your products had over 100 million monthly active users in the month before the release date, you need a license Tencent may refuse.',
            monthlyActiveUsers: 100e6,
            effect: 'separate-license',
            measuredAt: 'release-date',
          },
          regionExclusion: {
            status: 'yes',
            section: 'Heading; Definition 1(l) "Territory"; §2; §5(c)',
            note: 'The license grants nothing in the European Union, the United Kingdom or South Korea, and any use of the works or outputs there is unlicensed.',
            regions: ['European Union', 'United Kingdom', 'South Korea'],
            appliesTo: 'all',
          },
          outputUse: {
            status: 'conditional',
            section: '§6(d); §5(b)–(c); Exhibit A items 4 and 12',
            note: 'Tencent claims no rights in outputs, but they may be used only inside the Territory, not to improve other AI models, and content placed in public must be clearly labelled as machine-generated.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§6(d) Intellectual Property',
            note: 'Tencent claims no rights in outputs you generate; it assigns nothing and makes you and your users responsible for them.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§7(b) Disclaimers; §6(c)',
            note: 'The works and outputs come as is with no warranty of non-infringement, and you must indemnify Tencent against third-party claims.',
          },
        },
      },
    ],
  },
  {
    id: 'ltxv-open-weights',
    name: 'LTXV Open Weights License',
    kind: 'license',
    audience: 'weights',
    provider: 'lightricks',
    url: 'https://huggingface.co/Lightricks/LTX-Video',
    summary:
      'Lightricks’ RAIL-style license shipped beside each LTX-Video checkpoint from v0.9.6 on: a royalty-free license to use, copy, change, host and redistribute the model for any purpose, subject to the restricted uses of Attachment A, which must go into the terms of every copy or derivative; models trained on its outputs count as derivatives. Entities with annual revenue of US$10 million or more need a paid commercial license, and commercial use without one carries double fees as liquidated damages. Lightricks claims no rights in outputs but requires machine-generated content to be disclosed, may restrict misuse remotely and asks users to keep to the latest version.',
    versions: [
      {
        label: 'Text for LTX Video-13b-0.9.7-dev-fp8, version release date May 5, 2025',
        date: '2025-05-05',
        source: {
          url: 'https://huggingface.co/Lightricks/LTX-Video/blob/main/ltxv-13b-0.9.7-dev-fp8.license.txt',
          pin: 'provider-page',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§2 Grant of License; §4; Attachment A',
            note: 'Use for any purpose is granted within Attachment A, but entities with annual revenue of at least US$10 million must obtain Lightricks’ paid commercial license.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§1.4 "Derivatives of the Model"; §3.1',
            note: 'A model trained on its synthetic outputs or distilled from it is a Derivative of the Model, so it carries the same use restrictions and the revenue rule.',
          },
          derivatives: {
            status: 'yes',
            section: '§2 Grant of License; §3 Distribution and Redistribution',
            note: 'You may create derivatives and share or host them under your own terms, provided they include the use restrictions and you pass on the agreement.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§4 Use-based restrictions; Attachment A',
            note: 'Attachment A lists 16 banned uses, among them illegal uses, harming minors, harmful disinformation, undisclosed machine-generated content, deepfakes without consent, malware and discrimination.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§3.1; §4',
            note: 'The use restrictions must be an enforceable part of any agreement under which you share the model or a derivative, and your users must be bound by them.',
          },
          attributionDuties: {
            status: 'no',
            section: '§3.2–3.4',
            note: 'Pass on the agreement, mark changed files and keep existing notices; no credit line or naming rule.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Preamble (acceptance by use or distribution)',
            note: 'Using or distributing the model counts as acceptance and the text sets no download step; the Hugging Face page was not checked.',
          },
          userThreshold: {
            status: 'yes',
            section: '§2 Grant of License',
            note: 'Entities with annual revenue of US$10 million or more need a separate paid Commercial Use Agreement; the threshold is annual, so no monthly figure is recorded.',
            effect: 'separate-license',
            measuredAt: 'ongoing',
          },
          regionExclusion: {
            status: 'no',
            section: '§2 Grant of License',
            note: 'The grant is worldwide and the text names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: '§5 The Output You Generate; Attachment A (e)',
            note: 'Lightricks claims no rights in outputs, but no use of them may break the agreement, and content placed in any context must be clearly disclosed as machine-generated.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§5 The Output You Generate',
            note: 'Lightricks claims no rights in the outputs you generate; it assigns nothing and makes you accountable for them.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§8 Disclaimer of Warranty',
            note: 'The model is provided as is, with no warranty of non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'cogvideox-license',
    name: 'The CogVideoX License',
    kind: 'license',
    audience: 'weights',
    provider: 'z-ai',
    url: 'https://github.com/THUDM/CogVideo/blob/main/MODEL_LICENSE',
    summary:
      'A short, revocable license for the CogVideoX weights from the CogVideoX Model Team (Zhipu AI and Tsinghua University), in English and Chinese: free use for academic research, and free commercial use after registering for a basic commercial license, up to 1 million visits a month. Military and illegal uses, and uses against China’s national security and unity, the public interest or human rights, are banned. Users hold the rights in generated content as far as local law allows; the team says the license may be updated.',
    versions: [
      {
        date: '2024-08-06',
        source: {
          url: 'https://github.com/THUDM/CogVideo/blob/34dd61430eb49d180befbf747f823cf4e54aa6b5/Model_License',
          pin: 'commit',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§2 License Grant',
            note: 'Commercial use is free once you register for a basic commercial license on open.bigmodel.cn, up to 1 million visits a month.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§2 License Grant; §3 Restriction',
            note: 'No clause limits training on outputs, whose rights stay with you as far as local law allows; generating them for commercial ends falls under the registration and visit cap.',
          },
          derivatives: {
            status: 'unclear',
            section: '§2 License Grant; §3 Restriction',
            note: 'The grant is an unspecified copyright license that never names modifying or sharing changed weights; §3 only forbids derivatives for military or illegal ends.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§3 Restriction',
            note: 'Military and illegal uses are banned, as are acts that may harm China’s national security and unity, the public interest or human rights.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§2 License Grant (last sentence)',
            note: 'The copyright and license statement must be included in all copies or significant portions, so its conditions go with them; there is no separate flow-down clause.',
          },
          attributionDuties: {
            status: 'no',
            section: '§2 License Grant (last sentence)',
            note: 'Only the copyright and license statement must be kept in copies.',
          },
          gatedDownload: {
            status: 'no',
            section: '§2 License Grant',
            note: 'Registration is required for commercial use only; the text sets no download step, and the Hugging Face pages were not checked.',
          },
          userThreshold: {
            status: 'yes',
            section: '§2 License Grant',
            note: 'Commercial services may not exceed 1 million visits (service users) a month; above that you must get further licenses from Zhipu’s business team.',
            monthlyActiveUsers: 1e6,
            effect: 'separate-license',
            measuredAt: 'ongoing',
          },
          regionExclusion: {
            status: 'no',
            section: '§2 License Grant',
            note: 'The grant is worldwide and names no excluded region.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: '§2 License Grant',
            note: 'Rights in generated content belong to you as far as local law allows, but using the model for commercial activities needs the free registration and stays under the monthly visit cap.',
          },
          outputOwnership: {
            status: 'yes',
            section: '§2 License Grant',
            note: 'The intellectual property in generated content belongs to the user, to the extent local law permits.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§4 Disclaimer',
            note: 'The software is provided as is, with no warranty of non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'databricks-open-model-license',
    name: 'Databricks Open Model License',
    kind: 'license',
    audience: 'weights',
    provider: 'databricks',
    url: 'https://github.com/databricks/dbrx/blob/main/LICENSE',
    summary:
      'Databricks’ royalty-free license for DBRX: use, copy, change and distribute the model and derivatives, commercially or not, within the Databricks Open Model Acceptable Use Policy and the law. Neither DBRX, its derivatives nor its outputs may be used to improve any other large language model, and companies whose products had over 700 million monthly active users on the release date need a license Databricks may refuse. Distributions carry a set Notice file and the agreement; Databricks claims no ownership of outputs and may restrict usage it believes breaks the agreement.',
    versions: [
      {
        label: 'Version Release Date: March 27, 2024',
        date: '2024-03-27',
        source: {
          sourceId: 'dbrx-license',
          pin: 'commit',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§2.1 Grant of Rights; §2.3 Use Restrictions; Section 3',
            note: 'Commercial use is allowed within the use restrictions of §2.3 and outside the 700-million-user clause of Section 3.',
          },
          outputsForTraining: {
            status: 'no',
            section: '§2.3 Use Restrictions',
            note: 'DBRX, its derivatives and any output may not be used to improve any other large language model; improving DBRX and its derivatives is allowed.',
          },
          derivatives: {
            status: 'yes',
            section: '§2.1 Grant of Rights; §2.2 Reproduction and Distribution; §4.2(b)',
            note: 'You may modify DBRX and create and distribute derivatives, which you own as between you and Databricks.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§2.3(1) Use Restrictions',
            note: 'The Databricks Open Model Acceptable Use Policy, a separate page, is incorporated by reference.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§2.2(2) and last paragraph',
            note: 'Anyone you give DBRX or a derivative must get a copy of the agreement, and any terms you add may not conflict with it.',
          },
          attributionDuties: {
            status: 'no',
            section: '§2.2(1), (3) Reproduction and Distribution',
            note: 'Distributions carry a Notice file with a set copyright line and modified files are marked; no "Built with" display or naming rule.',
          },
          gatedDownload: {
            status: 'yes',
            section: 'Agreement preamble; databricks/dbrx README "Quick start"',
            note: 'Databricks’ README says you must accept the license on Hugging Face before downloading, and the base model needs manual approval.',
            gate: 'accept-terms',
          },
          userThreshold: {
            status: 'yes',
            section: 'Section 3 Additional Commercial Terms',
            note: 'If your products had more than 700 million monthly active users in the month before the DBRX release date, you need a license Databricks may refuse.',
            monthlyActiveUsers: 700e6,
            effect: 'separate-license',
            measuredAt: 'release-date',
          },
          regionExclusion: {
            status: 'no',
            section: '§2.1 Grant of Rights',
            note: 'The grant is worldwide and the license names no excluded region; the separate Acceptable Use Policy was not read.',
            regions: [],
          },
          outputUse: {
            status: 'conditional',
            section: '§4.2(c); §2.3 Use Restrictions',
            note: 'Databricks claims no ownership of outputs, and apart from the rule that they may not improve another large language model the license sets no limit on publishing or selling them; producing them remains subject to the Acceptable Use Policy it incorporates (a separate page not read here).',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§4.2(c) Intellectual Property',
            note: 'Databricks claims no ownership rights in outputs; it assigns nothing and makes you responsible for them.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§4.3 Disclaimer of Warranty; §4.2(d)',
            note: 'DBRX and its outputs come as is with no warranty of non-infringement, and you must indemnify Databricks against third-party claims about your use.',
          },
        },
      },
    ],
  },
]);
