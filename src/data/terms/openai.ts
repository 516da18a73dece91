/**
 * OpenAI's terms for its closed models and apps (ChatGPT, the OpenAI API: GPT-4o, GPT-4.1, GPT-5.x,
 * o3, gpt-image-1, Sora 2, gpt-4o-transcribe, text-embedding-3-large), read from Open Terms
 * Archive's genai-eu-versions records (folder `ChatGPT/`). OTA follows the European editions: its
 * "Terms of Service" file holds the Europe Terms of Use followed by the Service Terms, its
 * "Commercial Terms" file the OpenAI Services Agreement, and its "Acceptable Use Policy" file the
 * Usage Policies followed by the Sharing & Publication Policy (and, at times, other guideline pages).
 */
import {OTA_GENAI_EU as OTA, defineDocuments} from './define';

const READ_ON = '2026-12-07';

const termsOfServiceFile = (commit: string) => `${OTA}/${commit}/ChatGPT/Terms%20of%20Service.md`;
const commercialTermsFile = (commit: string) => `${OTA}/${commit}/ChatGPT/Commercial%20Terms.md`;
const acceptableUseFile = (commit: string) => `${OTA}/${commit}/ChatGPT/Acceptable%20Use%20Policy.md`;

export const documents = defineDocuments([
  {
    id: 'openai-terms-of-use',
    name: 'OpenAI Terms of Use (Europe: EEA, Switzerland and UK)',
    kind: 'terms-of-service',
    audience: 'consumer',
    provider: 'openai',
    url: 'https://openai.com/policies/eu-terms-of-use/',
    summary:
      'The contract for individuals using ChatGPT and OpenAI’s other consumer services while living in the EEA, Switzerland or the UK (people elsewhere sign a separate "rest of world" edition, not read here). You may use the services, including for business, own what they generate and may publish it, but you may not pass output off as human-made, use it to build models that compete with OpenAI, scrape it automatically, or resell the service. OpenAI may use your chats to train its models unless you switch that off in your settings. It brings in the Usage Policies, the Service Terms and the Sharing & Publication Policy, and offers no indemnity against IP claims.',
    versions: [
      {
        label: 'Updated 16 January 2026',
        date: '2026-01-16',
        source: {
          url: termsOfServiceFile('825849237a82bae334d965497f730de34bc7fb91'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section:
              '"Business use of the Services addendum" > "Commercial and business use"; "Using our Services" > "What you cannot do"',
            note: 'Business use of the apps is allowed, but it brings in an addendum under which you indemnify OpenAI, liability is capped and California law applies; you may not copy, sell or redistribute the service itself or pull output out programmatically, so building a product means the API under the Services Agreement.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '"Using our Services" > "What you cannot do"',
            note: 'Output may not be used to develop models that compete with OpenAI, and it may not be extracted automatically or programmatically; training other, non-competing models on it is not forbidden.',
          },
          outputUse: {
            status: 'conditional',
            section: '"Using our Services" > "What you cannot do"; "Content" > "Accuracy"',
            note: 'You may use and share output, but you must not present it as human-made, must check it before relying on or sharing it, and may not use output about a person for decisions that could have a legal or other significant effect on them. The Sharing & Publication Policy (disclose the AI’s role) and the Service Terms (voice output is non-commercial) also apply.',
          },
          outputOwnership: {
            status: 'yes',
            section: '"Content" > "Ownership of content"; "Similarity of content"',
            note: 'As between you and OpenAI, and as far as the law allows, you keep your input and own the output, and OpenAI assigns you whatever rights it has in it. Identical or similar output given to other users is not covered.',
          },
          trainsOnInputs: {
            status: 'yes',
            optOut: true,
            section:
              '"Content" > "Our use of content" and "Opt out"; Privacy Policy (Europe) §2 and its "How your data is used to improve model performance" page',
            note: 'OpenAI may use your prompts and outputs to develop and improve its services, including training its models. You can turn this off in your data-control settings or the privacy portal ("do not train on my content"), and Temporary Chats are not used for training.',
          },
          ipIndemnity: {
            status: 'no',
            section: '"Business use of the Services addendum" > "Indemnity"; Service Terms §1 and §3(b)',
            note: 'These terms contain no promise by OpenAI to defend users against IP claims; the indemnity runs the other way, from business users to OpenAI. The output indemnity in the Service Terms covers only API and ChatGPT Enterprise, Edu and Healthcare customers.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['U.S.-embargoed countries and territories'],
            section: '"General terms" > "Trade controls"',
            note: 'The services may not be used in or for the benefit of U.S.-embargoed countries or territories, or by people and entities that trade laws bar. This edition covers only EEA, Swiss and UK residents; everyone else has OpenAI’s other edition of the Terms of Use.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'openai-usage-policies',
            section: '"Additional Service-specific Terms"; "Using our Services" > "What you cannot do"',
            note: 'The Usage Policies, Service Terms and Sharing & Publication Policy form part of these terms, and breaching the Usage Policies can lead to suspension or account closure.',
          },
        },
      },
    ],
  },
  {
    id: 'openai-services-agreement',
    name: 'OpenAI Services Agreement',
    kind: 'terms-of-service',
    audience: 'business',
    provider: 'openai',
    url: 'https://openai.com/policies/services-agreement/',
    summary:
      'The business contract for the OpenAI API, ChatGPT Enterprise, ChatGPT Business and OpenAI’s other services for organisations and developers. It lets customers build the models into their own products and serve them to end users, gives the customer ownership of inputs and outputs, and promises that OpenAI will not train on customer content unless the customer explicitly agrees. Output may not be used to build competing models, apart from narrow exceptions (in-house classifiers or embeddings, and fine-tuning OpenAI’s own models). OpenAI defends customers against IP claims about the services, and the Service Terms add cover for output for API and Enterprise customers. Use is limited to supported countries and territories and bound by the Usage Policies.',
    versions: [
      {
        label: 'Updated 1 December 2025; effective 1 January 2026',
        date: '2025-12-01',
        source: {
          url: commercialTermsFile('b0f901fc28f82ad51860778a04749d34ee762b0d'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'yes',
            section: '§2.2 Use; §3.1 Customer Account',
            note: 'The customer may use the API to build the services into its own applications and offer them to its end users. It may not resell or lease access to its account, or trade API keys (§3.3(g)).',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§3.3(e) Restrictions; §17 Definitions > "Permitted Exception"',
            note: 'Output may not be used to develop AI models that compete with OpenAI’s products. The exceptions: models that mainly classify or organise data (such as embeddings or classifiers) if they are not distributed or sold to others, and fine-tuning OpenAI’s own models through its services.',
          },
          outputUse: {
            status: 'conditional',
            section:
              '§4.1 Generally; §4.3 Customer Obligations; §16.1 Entire Agreement (incorporates the OpenAI Policies)',
            note: 'The customer owns output and may use it, and bears sole responsibility for how it is used. The incorporated OpenAI Policies apply, including the Sharing & Publication Policy, which asks publishers to disclose the AI’s role.',
          },
          outputOwnership: {
            status: 'yes',
            section: '§4.1 Generally; §4.4 Similarity of Output',
            note: 'As between the parties and as far as the law allows, the customer keeps its input and owns all output, and OpenAI assigns it any rights it has. Similar output generated for other users is not the customer’s.',
          },
          trainsOnInputs: {
            status: 'no',
            optOut: true,
            section: '§4.2 OpenAI Obligations',
            note: 'OpenAI uses customer inputs and outputs only to provide the services, comply with law, enforce its policies and prevent abuse; it will not use them to develop or improve its services unless the customer explicitly opts in.',
          },
          ipIndemnity: {
            status: 'yes',
            section: '§13.1 By OpenAI; Service Terms §1 (API) and §3(b) (Enterprise)',
            note: 'OpenAI defends and indemnifies the customer against third-party claims that the services infringe IP, except for claims caused by combinations, modifications, customer content or customer applications. The Service Terms’ output indemnity (API and ChatGPT Enterprise, Edu and Healthcare customers, with its own exclusions) is part of the agreement, uncapped, and cannot be materially cut without the customer’s written consent.',
          },
          regionExclusion: {
            status: 'yes',
            regions: [
              'countries and territories outside OpenAI’s supported-countries lists (one for the API, one for ChatGPT)',
              'U.S.-embargoed countries',
            ],
            section: '§16.11 Trade Controls; §16.12 Geographical Limitations on Use',
            note: 'Customers and end users may not use or offer the services outside the supported countries and territories listed on OpenAI’s help pages, and not in U.S.-embargoed countries or for parties on restricted lists; breaches can lead to suspension.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'openai-usage-policies',
            section: '§3.3(a) Restrictions; §17 Definitions > "OpenAI Policies"',
            note: 'The customer and its end users must not breach the OpenAI Policies (the Usage Policies, Service Terms and Sharing & Publication Policy), and a breach allows OpenAI to suspend the services (§8.2).',
          },
        },
      },
    ],
  },
  {
    id: 'openai-service-terms',
    name: 'OpenAI Service Terms',
    kind: 'service-terms',
    audience: 'everyone',
    provider: 'openai',
    url: 'https://openai.com/policies/service-terms/',
    summary:
      'Feature-specific terms that sit on top of both the consumer Terms of Use and the Services Agreement, and win if they conflict. They hold OpenAI’s output IP indemnity for API customers and ChatGPT Enterprise, Edu and Healthcare customers (with exclusions), and the limits on particular kinds of output: voice replies in ChatGPT are for non-commercial use only and are not assigned to you, generated code may carry third-party or open-source licences, and image and video features may not be used to identify people or copy their likeness without consent.',
    versions: [
      {
        label: 'Updated October 30, 2025',
        date: '2025-10-30',
        source: {
          url: termsOfServiceFile('4d237032fb7a3d8e6818e2e954604a9fb9608f17'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          ipIndemnity: {
            status: 'conditional',
            section: '§1 API; §3(b) Output indemnity',
            note: 'OpenAI’s indemnity extends to claims that the customer’s use or distribution of output infringes IP, but only for API customers and ChatGPT Enterprise customers. It does not apply if the customer knew the output was infringing, turned off safety or citation features, modified or combined the output, lacked rights to the input, used output as a trademark, or the output came from a third-party offering.',
          },
        },
      },
      {
        label: 'Updated 12 June 2026',
        date: '2026-06-12',
        source: {
          url: termsOfServiceFile('825849237a82bae334d965497f730de34bc7fb91'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'On 9 January 2026 the Enterprise output indemnity was widened from ChatGPT Enterprise to ChatGPT Edu and ChatGPT for Healthcare, and a Healthcare section was added. Other changes in between did not touch these topics: Connectors were renamed Apps (17 December 2025), and sections on downloadable Licensed Materials, ChatGPT Sites and OpenAI Academy were added (12 June 2026).',
        clauses: {
          ipIndemnity: {
            status: 'conditional',
            section: '§1 API; §3(b) Output indemnity; §2 Beta Services',
            note: 'API customers and ChatGPT Enterprise, Edu and Healthcare customers are covered against claims that their use or distribution of output infringes IP; consumers and ChatGPT Business are not named. The same six exclusions apply (e.g. knowing infringement, disabled safety or citation features, modified or combined output, trademark use in commerce), and beta features are not covered.',
          },
          outputUse: {
            status: 'conditional',
            section: '§8 Voice Conversations; §4 Codex and Code Generation; §6 Image and Video Capabilities',
            note: 'Spoken replies from ChatGPT voice conversations are for non-commercial use only and may not be distributed as standalone audio files, and generated code may be subject to third-party or open-source licences. Image and video features may not be used to identify people or to reproduce a person’s likeness without their express consent.',
          },
          outputOwnership: {
            status: 'conditional',
            section: '§8 Voice Conversations; §7(b) App Operation and Content',
            note: 'The ownership of output granted in the main terms does not extend to ChatGPT voice replies, and content that third-party Apps bring into an answer belongs to neither you nor OpenAI.',
          },
        },
      },
    ],
  },
  {
    id: 'openai-usage-policies',
    name: 'OpenAI Usage Policies',
    kind: 'usage-policy',
    audience: 'everyone',
    provider: 'openai',
    url: 'https://openai.com/policies/usage-policies/',
    summary:
      'One set of rules for every OpenAI product and service, app or API, made part of both the Terms of Use and the Services Agreement. It bans uses that harm people (threats, weapons, illegal goods, cyber attacks, IP infringement, unlicensed legal or medical advice, getting around safeguards), that invade privacy (facial-recognition databases, real-time biometric identification, using someone’s likeness or voice without consent), that endanger minors, or that manipulate people (fraud, spam, impersonation, academic dishonesty, political campaigning, automating high-stakes decisions without human review). Breaking it can cost you access.',
    versions: [
      {
        label: 'Effective 29 October 2025',
        date: '2025-10-29',
        source: {
          url: acceptableUseFile('3163f2bc452e029bd58a2b963179e648ebd8392b'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section:
              '"Your use of OpenAI services must follow these Usage Policies" (Protect people; Respect privacy; Keep minors safe; Empower people)',
            note: 'Lists banned uses under four headings, from violence, weapons, cyber abuse and IP infringement to non-consensual use of a person’s likeness, harm to minors, fraud, political campaigning and unreviewed automated decisions in sensitive areas. OpenAI may withdraw access for breaches, with an appeal route.',
          },
        },
      },
    ],
  },
  {
    id: 'openai-sharing-publication-policy',
    name: 'OpenAI Sharing & Publication Policy',
    kind: 'usage-policy',
    audience: 'everyone',
    provider: 'openai',
    url: 'https://openai.com/policies/sharing-publication-policy/',
    summary:
      'A short 2022 policy, still incorporated into the Terms of Use and the Services Agreement, on sharing and publishing what OpenAI’s models generate. Posting or streaming outputs is generally fine if you review them first, put your own or your company’s name to them and make clear they were AI-generated; written works made partly with the API may be published if the AI’s part is plainly disclosed and a human takes responsibility. It also welcomes research about the API.',
    versions: [
      {
        label: 'Updated 14 November 2022',
        date: '2022-11-14',
        source: {
          url: acceptableUseFile('3163f2bc452e029bd58a2b963179e648ebd8392b'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          outputUse: {
            status: 'conditional',
            section:
              '"Social media, livestreaming, and demonstrations"; "Content co-authored with the OpenAI API"',
            note: 'You may post and publish generated content if you review it, attribute it to yourself or your company and state its AI origin so plainly that no one could miss it; for published writing the AI’s role must be explained (e.g. in a foreword) and a human must take final responsibility.',
          },
        },
      },
    ],
  },
]);
