/**
 * Model licenses (weights) read clause by clause: Meta's Llama licenses from the LLaMA research
 * license to the Llama 4 Community License, the Llama Acceptable Use Policy they incorporate, and
 * the custom licenses of Google (Gemma), Stability AI, NVIDIA, DeepSeek, Moonshot (Kimi K2) and
 * Mistral (MNPL). Ids are the license ids of src/data/licenses/*.ts.
 *
 * Not here, because their full text could not be read on 2026-12-07: grok-2-community (only the
 * opening of the Hugging Face LICENSE could be read) and qwen-license (only the opening and the
 * definitions of the 19 September 2024 text could be read).
 *
 * Llama texts: meta-llama/llama (LLaMA 1 copy and Llama 2), meta-llama/llama3 (Llama 3) and
 * meta-llama/llama-models (Llama 3.1 to 4 and their use policies). The Llama 3.1, 3.2, 3.3 and 4
 * license texts are word for word the same apart from names, dates and links; what changed from
 * 3.2 on is the Acceptable Use Policy they incorporate.
 */
import {defineDocuments} from '../define';
import type {Clauses} from '../../../domain/terms';

const READ_ON = '2026-12-07';
/** Google's archive of earlier Gemma Terms of Use (both earlier versions are read there). */
const GEMMA_ARCHIVE = 'https://ai.google.dev/gemma/terms-archive';
const AUP = 'llama-acceptable-use-policy';

const llamaModels = (commit: string, path: string) =>
  `https://github.com/meta-llama/llama-models/blob/${commit}/${path}`;

/**
 * Clauses shared word for word by the Llama 3.1, 3.2, 3.3 and 4 Community License Agreements
 * (the texts differ only in the version name, dates and links).
 */
function llamaCommunityClauses(v: '3.1' | '3.2' | '3.3' | '4', releaseDate: string): Clauses {
  return {
    commercialUse: {
      status: 'conditional',
      section: '§1(a) Grant of Rights; §2 Additional Commercial Terms',
      note: `The royalty-free grant has no non-commercial limit, so products may use Llama ${v}, as long as use follows the Acceptable Use Policy and the 700-million-user clause of §2.`,
    },
    outputsForTraining: {
      status: 'conditional',
      section: '§1(b)(i) Redistribution and Use',
      note: `You may use Llama ${v} or its outputs to create, train or improve another AI model; if you share that model, its name must begin with "Llama".`,
    },
    derivatives: {
      status: 'yes',
      section: '§1(a) Grant of Rights; §1(b) Redistribution and Use',
      note: 'You may modify the model and create derivative works; sharing them requires a copy of the agreement, the notice line and the naming and display duties of §1(b).',
    },
    acceptableUsePolicy: {
      status: 'yes',
      policy: AUP,
      section: '§1(b)(iv)',
      note: `All use must follow the Llama ${v} Acceptable Use Policy, which the agreement incorporates by reference.`,
    },
    passesToDerivatives: {
      status: 'yes',
      section: '§1(b)(i)',
      note: 'Whoever shares the materials or a derivative, or makes available a product or service (including another AI model) that contains them, must include a copy of the agreement; anyone who uses the materials is bound by it.',
    },
    attributionDuties: {
      status: 'yes',
      section: '§1(b)(i); §1(b)(iii)',
      note: 'A product or service containing the materials must prominently show "Built with Llama", and a shared model built with Llama or its outputs must start its name with "Llama"; copies also keep the Notice file line.',
    },
    gatedDownload: {
      status: 'yes',
      gate: 'accept-terms',
      section: 'Preamble',
      note: 'The agreement is accepted by clicking "I Accept" on Meta’s download form, or by using or distributing the materials.',
    },
    userThreshold: {
      status: 'yes',
      monthlyActiveUsers: 700_000_000,
      effect: 'separate-license',
      measuredAt: 'release-date',
      section: '§2 Additional Commercial Terms',
      note: `If your products and your affiliates’ had more than 700 million monthly active users in the month before the Llama ${v} release date (${releaseDate}), you need a license Meta may refuse; the test looks only at that date.`,
    },
    outputUse: {
      status: 'conditional',
      section: '§1(b)(iv); Acceptable Use Policy',
      note: 'The license puts no commercial limit on outputs, but the incorporated policy bars generating infringing, fraudulent or defamatory content and presenting outputs as made by a human.',
    },
    outputOwnership: {
      status: 'unclear',
      section: '§5(b) Intellectual Property',
      note: 'The license does not say who owns outputs; §5(b) only makes you the owner of derivative works and modifications you create.',
    },
    ipIndemnity: {
      status: 'no',
      section: '§3 Disclaimer of Warranty; §5(c)',
      note: 'The materials and outputs come as is, with no warranty of non-infringement, and it is you who must indemnify Meta against third-party claims about your use.',
    },
  };
}

const euMultimodal = (v: '3.2' | '3.3' | '4', extra: string): NonNullable<Clauses['regionExclusion']> => ({
  status: 'yes',
  regions: ['European Union'],
  appliesTo: 'multimodal',
  section: `§1(b)(iv), incorporating the Llama ${v} Acceptable Use Policy (paragraph after the prohibited uses)`,
  note: `The policy withholds the §1(a) rights for any multimodal Llama ${v} models from people domiciled in the EU and companies whose principal place of business is there; end users of a product built on them are not affected. ${extra}`,
});

export const documents = defineDocuments([
  {
    id: 'llama-1-research',
    name: 'LLaMA License Agreement (non-commercial research license, 2023)',
    kind: 'license',
    audience: 'weights',
    provider: 'meta',
    url: 'https://github.com/meta-llama/llama/blob/2ae8d75f511b656733e29a6e374f2e3a33e7476c/MODEL_LICENSE',
    summary:
      'The license under which Meta gave out the first LLaMA weights in 2023, case by case to approved researchers. It allows copying, changing and sharing the model and derivative works only for non-commercial research, with a copy of the license and a set notice. Commercial or production use, military and nuclear uses, surveillance, biometric processing and unlawful uses are barred for the model, its derivatives and any data it produces, and anyone in a comprehensively sanctioned country may not use or download it. Meta could end the license at any time on notice. Meta never published this text in its repository; the copy read here was proposed to Meta’s repository by a third party.',
    versions: [
      {
        label: 'LLaMA License (copy proposed in meta-llama/llama pull request #234)',
        date: '2023-03-24',
        source: {
          pin: 'commit',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'no',
            section: '§1(a) License Grant; §2(a)(i) Restrictions',
            note: 'The grant covers only your non-commercial research, and the restrictions bar any commercial or production use.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§2(a) Restrictions',
            note: 'The restrictions also cover data the model produces, so outputs may not serve commercial, production, military, surveillance or biometric purposes; training another model with them for non-commercial research is not barred.',
          },
          derivatives: {
            status: 'conditional',
            section: '§1(a) License Grant; §3 Attribution',
            note: 'You may create and share derivative works, but only for non-commercial research and with a copy of the license and the notice line.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§2 Restrictions',
            note: 'The license itself lists banned uses: commercial or production use, military and nuclear uses, surveillance, biometric processing, infringing or unlawful uses, and circumventing Meta’s protections.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§2(a), §2(d) Restrictions; §3 Attribution',
            note: 'The restrictions cover derivative works and works incorporating the model, copies must carry the license, and you may not add terms that conflict with it.',
          },
          attributionDuties: {
            status: 'no',
            section: '§3 Attribution',
            note: 'Only a copy of the license and a set notice line go with copies; there is no display or naming duty.',
          },
          gatedDownload: {
            status: 'yes',
            gate: 'approval',
            section: 'Preamble; README of the llama_v1 branch',
            note: 'Access was by a request form that Meta approved before sending download links, and the license is accepted by clicking "I Accept" or using the model.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['comprehensively sanctioned jurisdictions (export and sanctions laws)'],
            appliesTo: 'all',
            section: '§2(e) Restrictions',
            note: 'Nobody located in a comprehensively sanctioned jurisdiction or on a restricted-party list may use or download the model.',
          },
          outputUse: {
            status: 'no',
            section: '§2(a)(i) Restrictions',
            note: 'Data produced by the model may not be used or distributed for commercial or production purposes, so outputs cannot be sold; sharing them in non-commercial research is not barred.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '(no clause)',
            note: 'The license does not say who owns what the model produces.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§4 Disclaimers; §6 Indemnification',
            note: 'Meta disclaims every warranty including non-infringement, and you must defend and indemnify Meta against claims arising from your use.',
          },
        },
      },
    ],
  },
  {
    id: 'llama-2-community',
    name: 'Llama 2 Community License Agreement',
    kind: 'license',
    audience: 'weights',
    provider: 'meta',
    huggingFace: 'llama2',
    follows: 'llama-1-research',
    summary:
      'A royalty-free license to use, copy, change and share Llama 2, including commercially. Use must follow the Llama 2 Acceptable Use Policy, outputs may not be used to improve any large language model other than Llama 2 and its derivatives, and companies whose products had more than 700 million monthly active users just before the release date need a separate license from Meta. Copies carry the agreement and a Notice file line; there is no display or naming duty.',
    versions: [
      {
        label: 'Llama 2 Version Release Date: July 18, 2023',
        date: '2023-07-18',
        source: {
          url: 'https://github.com/meta-llama/llama/blob/7c0a08ec24ce91880184ba9002227624262904a2/LICENSE',
          pin: 'commit',
          readOn: READ_ON,
        },
        changes:
          'Replaces the LLaMA research-only license: commercial use is now allowed royalty-free, with a separate license needed only above 700 million monthly active users on the release date; access is a click-through instead of case-by-case approval; banned uses move to a separate Acceptable Use Policy; outputs may not improve other large language models; Meta can end the license on breach rather than at will.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§1(a) Grant of Rights; §2 Additional Commercial Terms',
            note: 'The royalty-free grant has no non-commercial limit, so products may use Llama 2, within the Acceptable Use Policy and the 700-million-user clause of §2.',
          },
          outputsForTraining: {
            status: 'no',
            section: '§1(b)(v)',
            note: 'Neither the model nor its outputs may be used to improve any large language model other than Llama 2 and its derivatives.',
          },
          derivatives: {
            status: 'yes',
            section: '§1(a) Grant of Rights; §1(b) Redistribution and Use',
            note: 'You may modify Llama 2 and create derivative works; sharing them requires a copy of the agreement and the Notice file line.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: AUP,
            section: '§1(b)(iv)',
            note: 'All use must follow the Llama 2 Acceptable Use Policy, which the agreement incorporates by reference.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§1(b)(i)',
            note: 'Whoever gives the materials or a derivative to someone else must give them a copy of the agreement; anyone who uses the materials is bound by it.',
          },
          attributionDuties: {
            status: 'no',
            section: '§1(b)(iii)',
            note: 'Copies only keep a set notice line in a Notice file; there is no "Built with" display or naming rule.',
          },
          gatedDownload: {
            status: 'yes',
            gate: 'accept-terms',
            section: 'Preamble',
            note: 'The agreement is accepted by clicking "I Accept" on Meta’s download form, or by using or distributing the materials.',
          },
          userThreshold: {
            status: 'yes',
            monthlyActiveUsers: 700_000_000,
            effect: 'separate-license',
            measuredAt: 'release-date',
            section: '§2 Additional Commercial Terms',
            note: 'If your products and your affiliates’ had more than 700 million monthly active users in the month before the Llama 2 release date (2023-07-18), you need a license Meta may refuse; the test looks only at that date.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: '§1(b)(iv)',
            note: 'No region is excluded; the text only asks you to follow applicable laws, including trade rules.',
          },
          outputUse: {
            status: 'conditional',
            section: '§1(b)(iv); Acceptable Use Policy',
            note: 'The license puts no commercial limit on outputs, but the incorporated policy bars generating infringing, fraudulent or defamatory content and presenting outputs as made by a human.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§5(b) Intellectual Property',
            note: 'The license does not say who owns outputs; §5(b) only makes you the owner of derivative works and modifications you create.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§3 Disclaimer of Warranty; §5(c)',
            note: 'The materials and outputs come as is, with no warranty of non-infringement, and it is you who must indemnify Meta against third-party claims about your use.',
          },
        },
      },
    ],
  },
  {
    id: 'llama-3-community',
    name: 'Meta Llama 3 Community License Agreement',
    kind: 'license',
    audience: 'weights',
    provider: 'meta',
    huggingFace: 'llama3',
    follows: 'llama-2-community',
    summary:
      'A royalty-free license to use, copy, change and share Llama 3, including commercially. Use must follow the Llama 3 Acceptable Use Policy; products or services built with it must show "Built with Meta Llama 3", models built with the materials and shared must have names starting with "Llama 3", and outputs may not be used to improve any other large language model. Companies whose products had more than 700 million monthly active users just before the release date need a separate license from Meta.',
    versions: [
      {
        label: 'Meta Llama 3 Version Release Date: April 18, 2024',
        date: '2024-04-18',
        source: {
          url: 'https://github.com/meta-llama/llama3/blob/dab0ae890fd0316369b89901b199355034bbe1b5/LICENSE',
          pin: 'commit',
          readOn: READ_ON,
        },
        changes:
          'Adds display and naming duties: anything shared that uses the materials, including another AI model, must show "Built with Meta Llama 3", and a shared model created or trained with the materials must start its name with "Llama 3". The ban on using outputs to improve other large language models and the 700-million-user clause stay; the Acceptable Use Policy keeps the same list of prohibited uses.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§1(a) Grant of Rights; §2 Additional Commercial Terms',
            note: 'The royalty-free grant has no non-commercial limit, so products may use Llama 3, within the Acceptable Use Policy and the 700-million-user clause of §2.',
          },
          outputsForTraining: {
            status: 'no',
            section: '§1(b)(v)',
            note: 'Neither the materials nor their outputs may be used to improve any large language model other than Llama 3 and its derivatives.',
          },
          derivatives: {
            status: 'yes',
            section: '§1(a) Grant of Rights; §1(b) Redistribution and Use',
            note: 'You may modify Llama 3 and create derivative works; sharing them requires a copy of the agreement, the notice line and the naming and display duties of §1(b)(i).',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: AUP,
            section: '§1(b)(iv)',
            note: 'All use must follow the Meta Llama 3 Acceptable Use Policy, which the agreement incorporates by reference.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§1(b)(i)',
            note: 'Whoever shares the materials or a derivative, or makes available a product or service that uses them, must include a copy of the agreement; anyone who uses the materials is bound by it.',
          },
          attributionDuties: {
            status: 'yes',
            section: '§1(b)(i); §1(b)(iii)',
            note: 'Anything shared that uses the materials must prominently show "Built with Meta Llama 3", and a shared model made with the materials must start its name with "Llama 3"; copies also keep the Notice file line.',
          },
          gatedDownload: {
            status: 'yes',
            gate: 'accept-terms',
            section: 'Preamble',
            note: 'The agreement is accepted by clicking "I Accept" on Meta’s download form, or by using or distributing the materials.',
          },
          userThreshold: {
            status: 'yes',
            monthlyActiveUsers: 700_000_000,
            effect: 'separate-license',
            measuredAt: 'release-date',
            section: '§2 Additional Commercial Terms',
            note: 'If your products and your affiliates’ had more than 700 million monthly active users in the month before the Llama 3 release date (2024-04-18), you need a license Meta may refuse; the test looks only at that date.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: '§1(b)(iv)',
            note: 'No region is excluded; the text only asks you to follow applicable laws, including trade rules.',
          },
          outputUse: {
            status: 'conditional',
            section: '§1(b)(iv); Acceptable Use Policy',
            note: 'The license puts no commercial limit on outputs, but the incorporated policy bars generating infringing, fraudulent or defamatory content and presenting outputs as made by a human.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§5(b) Intellectual Property',
            note: 'The license does not say who owns outputs; §5(b) only makes you the owner of derivative works and modifications you create.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§3 Disclaimer of Warranty; §5(c)',
            note: 'The materials and outputs come as is, with no warranty of non-infringement, and it is you who must indemnify Meta against third-party claims about your use.',
          },
        },
      },
    ],
  },
  {
    id: 'llama-3-1-community',
    name: 'Llama 3.1 Community License Agreement',
    kind: 'license',
    audience: 'weights',
    provider: 'meta',
    huggingFace: 'llama3.1',
    follows: 'llama-3-community',
    summary:
      'A royalty-free license to use, copy, change and share Llama 3.1, including commercially, and the first Llama license that lets outputs train or improve other AI models. Use must follow the Llama 3.1 Acceptable Use Policy; products or services containing the materials must show "Built with Llama", and a shared model built with Llama 3.1 or its outputs must have a name starting with "Llama". Companies whose products had more than 700 million monthly active users just before the release date need a separate license from Meta.',
    versions: [
      {
        label: 'Llama 3.1 Version Release Date: July 23, 2024',
        date: '2024-07-23',
        source: {
          url: llamaModels('1f0feb795a4130697ced243fb53051670d591653', 'models/llama3_1/LICENSE'),
          pin: 'commit',
          readOn: READ_ON,
        },
        changes:
          'Drops the Llama 3 ban on using outputs to improve other large language models: the materials or their outputs may now be used to create, train or improve any AI model, and a shared one must start its name with "Llama". The display line becomes "Built with Llama" and is tied to products that contain the materials (Llama 3 said products that use them). The 700-million-user clause stays, and the Acceptable Use Policy keeps the same list of prohibited uses.',
        clauses: {
          ...llamaCommunityClauses('3.1', '2024-07-23'),
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: '§1(b)(iv)',
            note: 'No region is excluded; the text only asks you to follow applicable laws, including trade rules, and the Llama 3.1 policy has no regional paragraph.',
          },
        },
      },
    ],
  },
  {
    id: 'llama-3-2-community',
    name: 'Llama 3.2 Community License Agreement',
    kind: 'license',
    audience: 'weights',
    provider: 'meta',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE',
    huggingFace: 'llama3.2',
    follows: 'llama-3-1-community',
    summary:
      'The Llama 3.1 license terms applied to Llama 3.2: royalty-free use, change and sharing, including commercially, with "Built with Llama", the "Llama" name prefix for shared models built with it or its outputs, and the 700-million-user clause. The Llama 3.2 Acceptable Use Policy it incorporates withholds the license rights for the multimodal Llama 3.2 models (11B and 90B Vision) from people domiciled and companies based in the EU, though end users of products built on them are unaffected; the text-only 1B and 3B models are not covered by that paragraph.',
    versions: [
      {
        label: 'Llama 3.2 Version Release Date: September 25, 2024',
        date: '2024-09-25',
        source: {
          url: llamaModels('8d29d93fa5700a60532e0061a02ffa89d0acd3fc', 'models/llama3_2/LICENSE'),
          pin: 'commit',
          readOn: READ_ON,
        },
        changes:
          'The license text is the Llama 3.1 text with names, dates and links updated. The Acceptable Use Policy it incorporates changed: it withholds the §1(a) rights for multimodal Llama 3.2 models from EU-domiciled people and EU-based companies (end users exempt), and adds bans on circumventing safety measures and on using third-party tools made for unlawful content.',
        clauses: {
          ...llamaCommunityClauses('3.2', '2024-09-25'),
          regionExclusion: euMultimodal('3.2', 'The text-only 1B and 3B models are not multimodal.'),
        },
      },
    ],
  },
  {
    id: 'llama-3-3-community',
    name: 'Llama 3.3 Community License Agreement',
    kind: 'license',
    audience: 'weights',
    provider: 'meta',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE',
    huggingFace: 'llama3.3',
    follows: 'llama-3-2-community',
    summary:
      'The same terms as the Llama 3.2 license, for Llama 3.3: royalty-free use, change and sharing, including commercially, within the Llama 3.3 Acceptable Use Policy, with "Built with Llama", the "Llama" name prefix for shared models built with it or its outputs, and the 700-million-user clause. The policy’s EU paragraph on multimodal models has nothing to apply to, since Llama 3.3 shipped only as a text-only 70B model.',
    versions: [
      {
        label: 'Llama 3.3 Version Release Date: December 6, 2024',
        date: '2024-12-06',
        source: {
          url: llamaModels('c908f5b7bd2c2fbdd89a48f6bc252efd4ebc293f', 'models/llama3_3/LICENSE'),
          pin: 'commit',
          readOn: READ_ON,
        },
        changes:
          'No material change: the license and its Acceptable Use Policy are the Llama 3.2 texts with names, dates and links updated.',
        clauses: {
          ...llamaCommunityClauses('3.3', '2024-12-06'),
          regionExclusion: euMultimodal(
            '3.3',
            'Llama 3.3 was released only as a text-only 70B model (model card), so in practice nothing is excluded.',
          ),
        },
      },
    ],
  },
  {
    id: 'llama-4-community',
    name: 'Llama 4 Community License Agreement',
    kind: 'license',
    audience: 'weights',
    provider: 'meta',
    huggingFace: 'llama4',
    follows: 'llama-3-3-community',
    summary:
      'The same terms as the Llama 3.1 to 3.3 licenses, for Llama 4: royalty-free use, change and sharing, including commercially, with "Built with Llama", the "Llama" name prefix for shared models built with Llama 4 or its outputs, and the 700-million-user clause. Because the Llama 4 models (Scout and Maverick) are natively multimodal, the Acceptable Use Policy’s EU paragraph withholds the license rights for them from people domiciled and companies based in the EU; end users of products built on them are unaffected.',
    versions: [
      {
        label: 'Llama 4 Version Effective Date: April 5, 2025',
        date: '2025-04-05',
        source: {
          url: llamaModels('5fdf83110cc9daa7435dfba6eb304892cc0041b8', 'models/llama4/LICENSE'),
          pin: 'commit',
          readOn: READ_ON,
        },
        changes:
          'The license text is the Llama 3.3 text with names and links updated; it now prints an effective date, while the 700-million-user test still refers to the Llama 4 release date. The Acceptable Use Policy is unchanged, but the Llama 4 models are natively multimodal (model card), so its EU paragraph now covers the main models of the release.',
        clauses: {
          ...llamaCommunityClauses('4', '2025-04-05'),
          regionExclusion: euMultimodal(
            '4',
            'The Llama 4 model card describes Scout and Maverick as natively multimodal.',
          ),
        },
      },
    ],
  },
  {
    id: 'llama-acceptable-use-policy',
    name: 'Llama Acceptable Use Policy',
    kind: 'usage-policy',
    audience: 'everyone',
    provider: 'meta',
    sourceId: 'llama4-use-policy',
    summary:
      'The list of uses Meta bans for its downloadable Llama models, issued with each release and made part of each Llama community license. It bars using Llama to break the law or others’ rights (including generating infringing content), for weapons, military, critical-infrastructure and other dangerous uses, to deceive (fraud, disinformation, spam, impersonation, passing off outputs as human-made) and without telling end users of known dangers. From the Llama 3.2 policy on, it also bans circumventing safety measures and using third-party tools made for unlawful content, and it withholds the license rights for a release’s multimodal models from EU-domiciled people and EU-based companies, except as end users of products built on them.',
    versions: [
      {
        label: 'Llama 2 Acceptable Use Policy (the Llama 3 and 3.1 policies repeat the same list)',
        date: '2023-07-18',
        source: {
          url: 'https://github.com/meta-llama/llama/blob/6d4c0c290aeec1fa4399694fefb864be5a153bb6/USE_POLICY.md',
          pin: 'commit',
          readOn: READ_ON,
        },
        clauses: {
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: '(no clause)',
            note: 'This policy withholds no rights from any region.',
          },
        },
      },
      {
        label: 'Llama 3.2 Acceptable Use Policy (reissued unchanged for Llama 3.3 and Llama 4)',
        date: '2024-09-25',
        source: {
          url: llamaModels('8d29d93fa5700a60532e0061a02ffa89d0acd3fc', 'models/llama3_2/USE_POLICY.md'),
          pin: 'commit',
          readOn: READ_ON,
        },
        changes:
          'Adds a paragraph withholding the license’s §1(a) rights for the release’s multimodal models from EU-domiciled people and EU-based companies (end users of products exempt); adds bans on circumventing usage restrictions or safety measures and on interacting with third-party tools made for unlawful content; widens the weapons item to the US chemical and biological weapons acts; rewords the privacy item.',
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: 'Prohibited Uses, items 1 to 5',
            note: 'Bans unlawful or rights-violating uses, uses risking death or bodily harm (military, weapons, drugs, critical infrastructure, self-harm), deception and misleading content, hiding known dangers from end users, and circumventing safety measures.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['European Union'],
            appliesTo: 'multimodal',
            section: 'Paragraph after the prohibited uses',
            note: 'For any multimodal models in the release, the license’s §1(a) rights are not granted to people domiciled in the EU or companies with their principal place of business there; end users of a product or service using those models are exempt.',
          },
          outputUse: {
            status: 'conditional',
            section: 'Prohibited Uses, items 1 and 3',
            note: 'The policy does not limit selling outputs as such, but bars generating infringing, fraudulent, defamatory or spam content and presenting Llama outputs as human-generated.',
          },
        },
      },
    ],
  },
  {
    id: 'gemma-terms',
    name: 'Gemma Terms of Use',
    kind: 'license',
    audience: 'weights',
    provider: 'google',
    huggingFace: 'gemma',
    summary:
      'Google’s terms for the Gemma models listed in their appendix (Gemma 1 to 3n and variants such as CodeGemma, PaliGemma, ShieldGemma and TranslateGemma; Gemma 4 has its own Apache-2.0-based license). You may use, change and share Gemma and Model Derivatives, commercially too, but the Gemma Prohibited Use Policy applies and must be written into any agreement under which you pass Gemma or a derivative on, with a copy of the terms and a Notice file. A model trained on Gemma outputs to behave like Gemma counts as a Model Derivative. Google claims no rights in outputs and may remotely restrict use it believes breaks the terms.',
    versions: [
      {
        label: 'Last modified: February 21, 2024',
        date: '2024-02-21',
        source: {url: GEMMA_ARCHIVE, pin: 'provider-page', readOn: READ_ON},
        clauses: {},
      },
      {
        label: 'Last modified: March 24, 2025',
        date: '2025-03-24',
        source: {url: GEMMA_ARCHIVE, pin: 'provider-page', readOn: READ_ON},
        changes:
          '"Gemma" now means the models listed in an appendix instead of those shown on ai.google.dev/gemma, and §4.1 no longer asks you to make reasonable efforts to use the latest Gemma version. The clauses read for this guide did not change.',
        clauses: {},
      },
      {
        label: 'Last modified: April 1, 2026',
        date: '2026-04-01',
        source: {sourceId: 'gemma-terms', pin: 'provider-page', readOn: READ_ON},
        changes:
          'A note at the top now says the terms cover only the models in the appendix and points Gemma 4 to a separate Apache-2.0-based license; the appendix lists the covered families. The clauses read for this guide did not change.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§2.2 Use; §3.2 Use Restrictions',
            note: 'Nothing limits use to non-commercial purposes; all use must stay within the Gemma Prohibited Use Policy and the law.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§1.1(e) "Model Derivatives"',
            note: 'A model trained on Gemma outputs (for example by distillation or synthetic data) so that it performs like Gemma is a Model Derivative, so it falls under these terms and their use restrictions.',
          },
          derivatives: {
            status: 'yes',
            section: '§2.2 Use; §3.1 Distribution and Redistribution',
            note: 'You may modify Gemma and share Model Derivatives, including as a hosted service, if you meet the distribution conditions of §3.1.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§3.2 Use Restrictions',
            note: 'The Gemma Prohibited Use Policy is incorporated; Google may restrict, remotely or otherwise, use it reasonably believes breaks the terms.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§3.1 Distribution and Redistribution',
            note: 'Anyone sharing Gemma or a Model Derivative must make the §3.2 use restrictions an enforceable part of their own terms, tell recipients about them and give them a copy of these terms.',
          },
          attributionDuties: {
            status: 'no',
            section: '§3.1 Distribution and Redistribution',
            note: 'Copies shared other than through a hosted service carry a Notice file with a set sentence, and changed files say they were changed; there is no display or naming duty.',
          },
          gatedDownload: {
            status: 'unclear',
            section: 'Preamble',
            note: 'The terms are accepted by using Gemma and ask for no sign-up; whether a given download page makes you accept them first is not in the text.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: '§3.2 Use Restrictions',
            note: 'No region is excluded; the text only requires following applicable laws.',
          },
          outputUse: {
            status: 'conditional',
            section: '§3.3 Generated Output; §3.2 Use Restrictions',
            note: 'Google claims no rights in outputs and leaves their use to you, within the Prohibited Use Policy, which bars for example generating content that infringes others’ rights.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§3.3 Generated Output',
            note: 'Google claims no rights in outputs, but the terms do not say that you own them.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§4.3 Disclaimer of Warranty',
            note: 'Gemma and its outputs come as is, without any warranty of title or non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'stability-ai-community',
    name: 'Stability AI Community License Agreement',
    kind: 'license',
    audience: 'weights',
    provider: 'stability-ai',
    url: 'https://github.com/Stability-AI/stable-fast-3d/blob/main/LICENSE.md',
    huggingFace: 'other',
    summary:
      'A free, revocable license for Stability AI’s core models: research and non-commercial use for anyone, and commercial use for those who register with Stability AI while they and their affiliates earn under US$1 million a year from any source; above that, all rights end and an enterprise license is needed. Stability AI’s Acceptable Use Policy applies to the models, derivatives and outputs, outputs may not be used to build or improve other foundational generative models, and anything shared must carry the agreement, a Notice file and a "Powered by Stability AI" display. You own your outputs, as far as the law allows.',
    versions: [
      {
        label: 'Last Updated: July 5, 2024',
        date: '2024-07-05',
        source: {
          sourceId: 'stability-ai-community-license-text',
          pin: 'commit',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: 'III. Commercial Use License',
            note: 'Commercial use is allowed once you register with Stability AI, and only while you and your affiliates together earn no more than US$1 million a year.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: 'IV(b) Use Restrictions',
            note: 'Outputs may not be used to create or improve any foundational generative AI model other than Stability’s models and their derivatives; other training uses are not barred.',
          },
          derivatives: {
            status: 'conditional',
            section: 'II; III; IV(a)',
            note: 'You may create, change and share derivative works, including fine-tunes and LoRAs; commercial ones fall under the registration and revenue conditions of Section III.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: 'IV(b) Use Restrictions',
            note: 'Stability AI’s Acceptable Use Policy, which it may update, is incorporated and covers the models, derivatives and outputs.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: 'IV(a) Distribution & Attribution; IV(b)',
            note: 'Whoever shares the materials, a derivative, or a product or service using them must pass on a copy of the agreement, and the use restrictions cover derivatives too.',
          },
          attributionDuties: {
            status: 'yes',
            section: 'IV(a) Distribution & Attribution',
            note: 'Besides the Notice file, anything shared must prominently show "Powered by Stability AI" on a related website, interface, blog post or documentation.',
          },
          gatedDownload: {
            status: 'yes',
            gate: 'accept-terms',
            section: 'I. Introduction; III',
            note: 'The agreement is accepted by clicking "I Accept" or by using the materials, and commercial users must also register with Stability AI.',
          },
          userThreshold: {
            status: 'yes',
            effect: 'separate-license',
            measuredAt: 'ongoing',
            section: 'III. Commercial Use License',
            note: 'Once you and your affiliates earn more than US$1 million in a year, from any source, every license under the agreement ends and you need an enterprise license Stability AI may refuse; the figure is annual, so no monthly number is recorded.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: 'IV(b) Use Restrictions',
            note: 'No region is excluded; the text only requires following laws, including trade controls.',
          },
          outputUse: {
            status: 'conditional',
            section: 'III; IV(b); IV(c)(iii)',
            note: 'You may use and sell outputs you own, but commercial use needs registration and the revenue cap, and outputs must follow the Acceptable Use Policy and the model-training restriction.',
          },
          outputOwnership: {
            status: 'yes',
            section: 'IV(c)(iii) Ownership of Outputs',
            note: 'As between you and Stability AI, you own the outputs you generate, to the extent the law allows.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'IV(d) Disclaimer Of Warranty; IV(c)(iv)',
            note: 'The materials and outputs come as is, without a non-infringement warranty, and you indemnify Stability AI for uses that break the agreement.',
          },
        },
      },
    ],
  },
  {
    id: 'nvidia-open-model-license',
    name: 'NVIDIA Open Model License Agreement',
    kind: 'license',
    audience: 'weights',
    provider: 'nvidia',
    summary:
      'NVIDIA’s license for models it releases as commercially usable: you may use, sell and share the models and create and share Derivative Models, and NVIDIA claims no ownership of outputs. Use must be consistent with NVIDIA’s Trustworthy AI terms; your rights end automatically if you bypass the model’s guardrails without an equivalent safeguard or sue claiming the model infringes copyright or patents. Copies carry the agreement and a Notice line, Cosmos models need a "Built on NVIDIA Cosmos" notice, and NVIDIA may update the agreement to meet legal requirements, which you must then follow or stop using the model.',
    versions: [
      {
        label: 'Last Modified: October 24, 2025',
        date: '2025-10-24',
        source: {
          sourceId: 'nvidia-open-model-license-2025-10-24',
          pin: 'commit',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: 'Preamble; §2.2 License Grant; §2.3 AI Ethics',
            note: 'The models are declared commercially usable and the grant includes selling them; use must stay consistent with the Trustworthy AI terms, and §2.1 can end the rights.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: 'Definitions ("Derivative Model"); §2.4; §3.2',
            note: 'Outputs are not Derivative Models and NVIDIA claims no rights in them, so the license sets no limit, except that training a model with a Cosmos model or its outputs requires a "Built on NVIDIA Cosmos" notice.',
          },
          derivatives: {
            status: 'yes',
            section: 'Preamble; §2.2 License Grant; §3 Redistribution',
            note: 'You may create Derivative Models and share them, changed or not, and you own the ones you make.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§2.3 AI Ethics; §2.1 Conditions for Use',
            note: 'Use must be consistent with NVIDIA’s Trustworthy AI terms, a separate page not read here, and circumventing the model’s guardrails without a similar safeguard ends your rights.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§2.1 Conditions for Use; §3.1; §3.3',
            note: 'Derivative Models stay under the conditions of Sections 2 and 3, copies of the model go out with this agreement, and your own terms for your changes must not break it.',
          },
          attributionDuties: {
            status: 'conditional',
            section: '§3.2 Redistribution',
            note: 'Only for Cosmos models: anything shared that contains or uses one, or a model trained with one or its outputs, must show "Built on NVIDIA Cosmos"; other models need only the Notice file line.',
          },
          gatedDownload: {
            status: 'no',
            section: 'Preamble',
            note: 'The license is accepted by using or sharing the model and sets no sign-up step; a download page may still add one.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: 'Trade and Compliance',
            note: 'No region is excluded; you must follow export, trade and sanctions laws.',
          },
          outputUse: {
            status: 'conditional',
            section: 'Preamble; §2.4; §2.3 AI Ethics',
            note: 'NVIDIA claims no ownership of outputs and leaves their use to you, within the Trustworthy AI terms that govern use of the model.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§2.4',
            note: 'NVIDIA claims no ownership rights in outputs, but the agreement does not say that you own them.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Disclaimer of Warranty; Indemnity',
            note: 'The model comes as is, without a non-infringement warranty, and you indemnify NVIDIA against third-party claims about your use, derivatives or outputs.',
          },
        },
      },
    ],
  },
  {
    id: 'deepseek-model-license',
    name: 'DeepSeek License Agreement (Model License)',
    kind: 'license',
    audience: 'weights',
    provider: 'deepseek',
    summary:
      'A responsible-AI style license for DeepSeek model weights, shipped with the original DeepSeek-V3: perpetual, royalty-free copyright and patent grants to use, sell, modify and share the model and its derivatives, including as a hosted service. The use restrictions of Attachment A (military use, harming minors, harmful disinformation, unauthorised personal data, defamation, adverse automated decisions, discrimination and exploitation of vulnerable groups, unlawful uses) apply to you and must be written into the terms of every copy and derivative. A model distilled or trained on its outputs to perform like it counts as a derivative. DeepSeek claims no rights in outputs.',
    versions: [
      {
        label: 'Version 1.0, 23 October 2023 (as shipped with DeepSeek-V3, 26 December 2024)',
        date: '2023-10-23',
        source: {
          url: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/4c2fdb8f55e049553b9f4f1a3241f86d739c8cf8/LICENSE-MODEL',
          pin: 'commit',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§2, §3 grants; §5 Use-based restrictions; README §7 License',
            note: 'The grants include selling the model and sharing it as a service, with no non-commercial limit (the repository README says the models support commercial use); use must avoid the restricted uses of Attachment A.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§1 "Derivatives of the Model"; §4(a)',
            note: 'A model trained on its outputs or by distillation so that it performs like the DeepSeek model is a derivative, so the Attachment A restrictions must go into its terms.',
          },
          derivatives: {
            status: 'yes',
            section: '§2 Grant of Copyright License; §4 Distribution and Redistribution',
            note: 'You may modify the model and share derivatives, including as a hosted service, under the conditions of §4.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '§5 Use-based restrictions; Attachment A',
            note: 'Attachment A lists banned uses, and you must make your own users follow them.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§4(a), §4(b)',
            note: 'The Attachment A restrictions must be an enforceable part of any agreement for copies or derivatives, and recipients get a copy of the license.',
          },
          attributionDuties: {
            status: 'no',
            section: '§4(c), §4(d)',
            note: 'Keep existing notices and mark changed files; there is no display or naming duty.',
          },
          gatedDownload: {
            status: 'no',
            section: '(no clause)',
            note: 'The license asks for no sign-up or acceptance step; a download page may still add one.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: 'Attachment A',
            note: 'No region is excluded; uses must be lawful.',
          },
          outputUse: {
            status: 'conditional',
            section: '§6 The Output You Generate; Attachment A',
            note: 'DeepSeek claims no rights in outputs and you answer for their use, but no use of outputs may break the license, including the Attachment A bans such as harmful false information.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§6 The Output You Generate',
            note: 'DeepSeek claims no rights in outputs, but the license does not say that you own them.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§10 Disclaimer of Warranty; §12',
            note: 'The model comes as is, without a non-infringement warranty; any indemnity you offer others is yours alone.',
          },
        },
      },
    ],
  },
  {
    id: 'kimi-k2-modified-mit',
    name: 'Kimi K2 Modified MIT License',
    kind: 'license',
    audience: 'weights',
    provider: 'moonshot',
    summary:
      'The MIT license with one added paragraph: you may use, copy, change, sell and share Kimi K2 for any purpose if you keep the copyright and permission notice, but a commercial product or service built on it (or on a derivative) with more than 100 million monthly active users or more than US$20 million in monthly revenue must prominently show "Kimi K2" in its user interface.',
    versions: [
      {
        label: 'Initial commit, 11 July 2025',
        date: '2025-07-11',
        source: {
          url: 'https://github.com/MoonshotAI/Kimi-K2/blob/d778e270ff3551ef3e42a085dd474760501a95b7/LICENSE',
          pin: 'commit',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'yes',
            section: 'MIT grant',
            note: 'The MIT grant covers any use, including selling; very large products only get a display duty.',
          },
          outputsForTraining: {
            status: 'yes',
            section: '(no clause)',
            note: 'No clause limits what you do with outputs, including training other models.',
          },
          derivatives: {
            status: 'yes',
            section: 'MIT grant',
            note: 'Modifying, merging and publishing are among the MIT rights; derivatives carry the same display duty.',
          },
          acceptableUsePolicy: {
            status: 'no',
            section: '(no clause)',
            note: 'There is no list of banned uses.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: 'Added paragraph; MIT notice condition',
            note: 'Copies keep the notice, and the display duty applies to derivative works too.',
          },
          attributionDuties: {
            status: 'conditional',
            section: 'Added paragraph',
            note: 'Above the user or revenue threshold, the product must prominently display "Kimi K2" in its user interface.',
          },
          gatedDownload: {
            status: 'no',
            section: '(no clause)',
            note: 'The license asks for no registration or acceptance step.',
          },
          userThreshold: {
            status: 'yes',
            monthlyActiveUsers: 100_000_000,
            monthlyRevenueUsd: 20_000_000,
            effect: 'attribution',
            measuredAt: 'ongoing',
            section: 'Added paragraph',
            note: 'A commercial product with more than 100 million monthly active users or more than US$20 million in monthly revenue must show "Kimi K2"; no separate license is needed.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: '(no clause)',
            note: 'No region is excluded.',
          },
          outputUse: {
            status: 'yes',
            section: '(no clause)',
            note: 'Nothing in the license restricts selling or publishing outputs.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '(no clause)',
            note: 'The license does not say who owns outputs.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'MIT warranty disclaimer',
            note: 'The software comes as is, without a warranty of non-infringement.',
          },
        },
      },
    ],
  },
  {
    id: 'mistral-mnpl-0.1',
    name: 'Mistral AI Non-Production License (MNPL-0.1)',
    kind: 'license',
    audience: 'weights',
    provider: 'mistral',
    summary:
      'Mistral’s license for models such as Codestral 22B (May 2024): you may use, copy, modify and share the model and derivatives, but only for testing, research, personal or evaluation purposes outside production. Supplying the model or a derivative in any commercial activity, paid or free, including as a hosted service or behind another software layer, is not allowed; other uses need a separate license from Mistral AI. Derivatives stay under the same limits, and copies carry the agreement and a Notice file line.',
    versions: [
      {
        label: 'MNPL-0.1 (linked from the mistral-inference README on 29 May 2024)',
        date: '2024-05-29',
        source: {sourceId: 'mistral-mnpl-text', pin: 'provider-page', readOn: READ_ON},
        clauses: {
          commercialUse: {
            status: 'no',
            section: '§3.2 Usage Limitation; §3.3',
            note: 'Use is limited to testing, research, personal or evaluation purposes in non-production settings, and supplying the model in any commercial activity is barred; anything else needs a license from Mistral AI.',
          },
          outputsForTraining: {
            status: 'unclear',
            section: '§4.2 Outputs; §3.2; §9 "Derivative"',
            note: 'The text does not address it: outputs are not Derivatives and Mistral claims no rights in them, but producing them is limited to non-production uses.',
          },
          derivatives: {
            status: 'conditional',
            section: '§2.1, §2.3; §4.3 Derivatives',
            note: 'You may make and share derivatives, marked as modified, but they stay under the non-production limits of Section 3.',
          },
          acceptableUsePolicy: {
            status: 'no',
            section: '§3 Limitations',
            note: 'There is no list of banned uses; the limit is the non-production, non-commercial scope of §3.2.',
          },
          passesToDerivatives: {
            status: 'yes',
            section: '§4.3 Derivatives; §2.3',
            note: 'Every derivative is subject to the Section 3 limits, and your own terms for a derivative may not conflict with the license.',
          },
          attributionDuties: {
            status: 'no',
            section: '§2.2; §2.3',
            note: 'Copies keep a Notice file line and modified versions say they were modified; there is no display or naming duty.',
          },
          gatedDownload: {
            status: 'no',
            section: '§1.2 Acceptance',
            note: 'The license is accepted by accessing or using the model and asks for no registration; a download page may still add a step.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            appliesTo: 'all',
            section: '(no clause)',
            note: 'No region is excluded.',
          },
          outputUse: {
            status: 'no',
            section: '§3.2 Usage Limitation; §9 "Non-Production Environment"',
            note: 'Using the model for revenue-generating or commercial activity is outside the license, so outputs cannot be produced for sale; sharing research or evaluation results is not barred.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '§4.2 Outputs',
            note: 'Mistral AI claims no ownership of outputs, but the license does not say that you own them.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§6.1 Disclaimer; §5.2 Indemnification',
            note: 'The model comes as is, without a non-infringement warranty, and you indemnify Mistral AI for your use and distribution.',
          },
        },
      },
    ],
  },
]);
