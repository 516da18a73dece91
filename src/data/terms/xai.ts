/**
 * xAI's documents for Grok (the Grok apps and websites, the xAI API and Grok for business), read
 * clause by clause from Open Terms Archive's EU collection (genai-eu-versions, folder `Grok/`).
 * From August 2026 xAI's enterprise terms and usage policy are issued under the name SpaceXAI.
 */
import {OTA_GENAI_EU as OTA, defineDocuments} from './define';

const readOn = '2026-12-07';

export const documents = defineDocuments([
  {
    id: 'xai-consumer-terms',
    name: 'Terms of Service – Consumer',
    kind: 'terms-of-service',
    audience: 'consumer',
    provider: 'xai',
    url: 'https://x.ai/legal/terms-of-service',
    summary:
      'xAI’s terms for Grok, Grokipedia and its other services for individuals (apps and websites); Grok inside X is governed by X’s terms instead, and developers and businesses are sent to the Enterprise terms. Users must be at least 13, with a parent’s permission under 18, and Europe Specific Terms add EU, UK and Swiss consumer rights. You own your inputs and outputs but give xAI a perpetual, irrevocable licence over what you submit; xAI trains on your content unless you turn that off in settings, and always when you use Grok logged out. Since June 2026 you must credit Grok when you use its output, and the banned uses (including building competing models and distillation) sit in the Acceptable Use Policy. There is no IP protection. The 4 November 2025 version, first recorded by Open Terms Archive on 11 November 2025, read the same as the April 2026 version on every topic below.',
    versions: [
      {
        label: 'Effective April 10, 2026',
        date: '2026-04-10',
        source: {
          url: `${OTA}/047eaf18eb9a98ac1ef6ed872ac897cfbac0658d/Grok/Terms%20of%20Service.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'unclear',
            section: '"Welcome to xAI!" ("Please note"); "Using our Service" > "What you cannot do"',
            note: 'The terms neither grant nor forbid business use in general: they say the Enterprise terms govern developers and businesses, and they ban selling or reselling the service itself.',
          },
          outputsForTraining: {
            status: 'no',
            section: '"Using our Service" > "What you cannot do"',
            note: 'The banned uses listed in the terms include using the service or any output to develop models or services that compete with xAI, and distilling model data.',
          },
          outputUse: {
            status: 'unclear',
            section:
              '"User Content" > "You Own Your User Content"; "Using our Service" > "What you cannot do"',
            note: 'You keep ownership of output and xAI only asks that you credit Grok, but the banned uses include reselling any input or output, without saying whether that covers selling content you generated; you must also be open about your use of AI.',
          },
          regionExclusion: {
            status: 'yes',
            regions: [
              'regions where xAI does not offer the service',
              'countries and territories under US sanctions or embargoes',
            ],
            section: '"Using our Service" > "What you cannot do"; "General Provisions" > "Export Controls"',
            note: 'Operating in a region where xAI does not offer the service is a banned use, and you must not be in, or a resident of, a country or territory under US sanctions or embargo.',
          },
        },
      },
      {
        label: 'Effective June 26, 2026',
        date: '2026-06-26',
        source: {
          url: `${OTA}/1656b3a5153266273629824de67f46f1a2938d4d/Grok/Terms%20of%20Service.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        changes:
          'Effective 26 June 2026: the list of banned uses left the terms for the Acceptable Use Policy, which now holds the competing-model, distillation and region rules; crediting Grok when you use output went from a request to a requirement; xAI may now label outputs as AI-generated; beta, preview and trial features became personal and non-commercial only; the licence you give xAI over your inputs was widened; agentic actions were added and put at your risk.',
        clauses: {
          commercialUse: {
            status: 'unclear',
            section:
              '"Welcome to xAI!" ("Please note"); "Registration and Access" > "Beta Modes and Trial Features"',
            note: 'The terms neither grant nor forbid business use in general: they send developers and businesses to the Enterprise terms, and they limit beta, preview and trial features to personal, non-commercial use.',
          },
          outputsForTraining: {
            status: 'no',
            section: '"Using our Service" > "What you cannot do" (defers to the Acceptable Use Policy)',
            note: 'The terms forbid anything the Acceptable Use Policy bans, and that policy bans using the service or any output to develop competing machine-learning models or services and bans distilling model data or outputs.',
          },
          outputUse: {
            status: 'unclear',
            section: '"User Content" > "You Own Your User Content" and "AI-Generated Disclosures"',
            note: 'You keep ownership of output but must credit Grok when you use it (the Brand Guidelines ask for a line such as “Created with Grok”), and the same sentence mentions getting xAI’s permission without saying when that is needed. xAI may mark outputs as AI-generated, and the Acceptable Use Policy lists reselling output as banned without defining it.',
          },
          outputOwnership: {
            status: 'yes',
            section: '"User Content" > "You Own Your User Content" and "Our Use of User Content"',
            note: 'As between you and xAI, you keep ownership of your inputs and outputs (output from Grokipedia excepted), but you grant xAI a perpetual, irrevocable, sublicensable, worldwide licence to use what you submit for any purpose.',
          },
          trainsOnInputs: {
            status: 'yes',
            optOut: true,
            section:
              '"User Content" > "Electing whether your User Content is used for product development or model training"; Privacy Policy §3 and §13.2–13.4',
            note: 'When logged in you can choose in settings whether xAI uses your content to improve its products and train its models; the Privacy Policy lists training on user content as a purpose you can object to in settings. Using Grok without logging in gives xAI full rights to train on that data.',
          },
          ipIndemnity: {
            status: 'no',
            section: '"Disclaimer of Warranties"; "Indemnity"',
            note: 'xAI disclaims any warranty of non-infringement and offers no defence against IP claims; instead you must defend and indemnify xAI over your use of the service and outputs (a duty that does not apply to European consumers).',
          },
          regionExclusion: {
            status: 'yes',
            regions: [
              'regions where xAI does not offer the service',
              'countries and territories under US sanctions or embargoes',
            ],
            section: '"General Provisions" > "Export Controls"; Acceptable Use Policy',
            note: 'You must not be in, or a resident of, a country or territory under US sanctions or embargo, and the Acceptable Use Policy bans operating in a region where xAI does not offer the service.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'xai-acceptable-use-policy',
            section: '"Using our Service" > "What you can do" and "What you cannot do"',
            note: 'Use must follow xAI’s Acceptable Use Policy and any other guidelines it publishes; breaking them can lead to suspension or removal.',
          },
        },
      },
    ],
  },
  {
    id: 'xai-enterprise-terms',
    name: 'Terms of Service – Enterprise',
    kind: 'terms-of-service',
    audience: 'business',
    provider: 'xai',
    url: 'https://x.ai/legal/terms-of-service-enterprise',
    summary:
      'The agreement for business customers of the xAI API and xAI’s business services (including Grok for business), who must be at least 18; since August 2026 the contracting party is named SpaceXAI LLC. Customers may use the services for their business and build them into their own products for end users, own the outputs, and xAI promises not to train its models on their inputs or outputs. Customers may not use outputs to train AI models (since August 2026, unless an order form allows it) and must not present outputs as human-made. xAI defends customers against IP claims over their authorised, paid use; since August 2026 that cover extends to outputs unless the customer deliberately prompted infringement. The Acceptable Use Policy is part of the agreement. Open Terms Archive did not record the 10 April 2026 version listed among the previous versions.',
    versions: [
      {
        label: 'Last Updated: June 27, 2025',
        date: '2025-06-27',
        source: {
          url: `${OTA}/f5f2be9570596e11e6333b79d0c552d21d8f3556/Grok/Commercial%20Terms.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          trainsOnInputs: {
            status: 'no',
            section: '§3.3 De-identified Data and Data Retention',
            note: 'xAI says it will not use customer inputs or outputs for its own AI training or to build new products from them; content is deleted within 30 days unless the law requires keeping it or it is flagged, and xAI may use de-identified data for its business.',
          },
        },
      },
      {
        label: 'Last Updated: May 12, 2026',
        date: '2026-05-12',
        source: {
          url: `${OTA}/fa23a6c03c50bff86d0d646b63d8d2becaf0c586/Grok/Commercial%20Terms.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        changes:
          'Last updated 12 May 2026 (an intervening 10 April 2026 version was not recorded): the no-training promise was reworded to cover foundation models, large language models and other AI systems; fixed deletion rules and zero-data-retention APIs were added; the restrictions gained bans on fraud, deception and violating others’ publicity and likeness rights. The answers below did not change.',
        clauses: {
          outputsForTraining: {
            status: 'no',
            section: '§3.1 Generally; §2 General Restrictions, (b) and (e)',
            note: 'The customer may not use output to train its own or its providers’ machine-learning or AI models, with no exception, nor use the services to help build similar or competing products or distill model behaviour.',
          },
          outputUse: {
            status: 'conditional',
            section: '§3.1 Generally; §3.2 Rights in Input and Output',
            note: 'The customer owns output and may use it in its products, but must not claim output was made by a human and must check its accuracy, with human review where suitable.',
          },
          trainsOnInputs: {
            status: 'no',
            section:
              '§3.3 De-Identified Data and Data Retention; §3.4 Deletion and Retention of User Content',
            note: 'xAI states that it will not train foundation models, large language models or other AI systems on customer inputs or outputs; content is deleted within 30 days of the session unless kept for law, safety or as agreed, and with the zero-data-retention APIs nothing is kept once the response is delivered.',
          },
          ipIndemnity: {
            status: 'conditional',
            section: '§9.1 Indemnification by xAI',
            note: 'xAI will defend and indemnify the customer against third-party IP claims based on use of the services in line with the agreement, but not where the claim arises from inputs, outputs or customer training data, modifications such as fine-tuning, combination with other products, or use in breach of the agreement or usage policy.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['countries and territories under US embargoes or trade sanctions'],
            section: '§14.11 Export Compliance',
            note: 'Each party confirms it is not on a sanctions list and not a national or resident of a country or territory under US embargo or trade sanctions.',
          },
        },
      },
      {
        label: 'Last Updated: August 14, 2026',
        date: '2026-08-14',
        source: {
          url: `${OTA}/f136aa7c90d8b65ff68911006492307d47764e23/Grok/Commercial%20Terms.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        changes:
          'Rewritten and issued by SpaceXAI LLC on 14 August 2026: the IP defence no longer excludes outputs as such, only outputs the customer deliberately or recklessly prompted to infringe, but now excludes free, trial and beta services; training AI systems on outputs can be allowed in an order form; the no-training promise now also covers building new products and is made subject to disclosures and customer-controlled settings; the detailed restriction list was dropped in favour of the Acceptable Use Policy, which by then also carried a region rule; Texas law replaced Tennessee law.',
        clauses: {
          commercialUse: {
            status: 'yes',
            section: '§1.1 Access to and Use of Services',
            note: 'Customers may use the services for their business purposes, build integrations into their own products and offer those products to end users, who may only reach the services through such a product.',
          },
          outputsForTraining: {
            status: 'no',
            section: '§3.2 Rights in Input and Output; §2 (Acceptable Use Policy)',
            note: 'The customer must not use output to train foundation models, large language models or other AI systems unless an order form expressly allows it; the incorporated usage policy also bans building competing models or services and distilling outputs.',
          },
          outputUse: {
            status: 'conditional',
            section: '§3.2 Rights in Input and Output; §1.1 Access to and Use of Services',
            note: 'The customer owns output and may use it in products for its end users, but must not present output as human-made and must check it before relying on or sharing it. The incorporated Acceptable Use Policy lists reselling output as banned without defining it.',
          },
          outputOwnership: {
            status: 'yes',
            section: '§3.2 Rights in Input and Output',
            note: 'The customer owns output permanently and SpaceXAI assigns it all its rights in output (its own technology excepted); SpaceXAI keeps only a licence to process content to run the service and for safety and compliance.',
          },
          trainsOnInputs: {
            status: 'no',
            section: '§3.1 User Content; §3.3 De-Identified and Aggregated Data',
            note: 'SpaceXAI promises not to train foundation models, large language models or other AI systems on customer inputs or outputs, or to build new products from them, though the promise is made subject to disclosures to the customer and settings the customer controls. It may use irreversibly anonymised aggregate data unless the customer uses zero data retention.',
          },
          ipIndemnity: {
            status: 'conditional',
            section: '§9.1 Indemnification by SpaceXAI',
            note: 'SpaceXAI will defend and indemnify the customer against third-party claims that its authorised use of the services infringes IP. Excluded are free, trial and beta services, unauthorised or modified use, combinations with unapproved products, the customer’s own products, inputs, customer training data, and outputs deliberately or recklessly prompted to infringe.',
          },
          regionExclusion: {
            status: 'yes',
            regions: [
              'countries and territories under comprehensive US sanctions or embargoes',
              'regions where SpaceXAI does not offer the service',
            ],
            section: '§13.6 Export Control and Sanctions Compliance; Acceptable Use Policy',
            note: 'Neither party may be in or from a country or territory under comprehensive US sanctions, the customer may not make the services available to such restricted persons, and the usage policy bans offering the service in regions where it is not offered.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'xai-acceptable-use-policy',
            section: '§2 General Restrictions and Obligations',
            note: 'The Acceptable Use Policy is part of the agreement, and the customer must bind its own users to terms and a usage policy at least as protective; SpaceXAI may monitor use and block inputs or outputs.',
          },
        },
      },
    ],
  },
  {
    id: 'xai-acceptable-use-policy',
    name: 'Acceptable Use Policy',
    kind: 'usage-policy',
    audience: 'everyone',
    provider: 'xai',
    url: 'https://x.ai/legal/acceptable-use-policy',
    summary:
      'The policy that binds everyone using xAI’s services, consumers, developers and businesses alike; since August 2026 it is issued as SpaceXAI’s. The January 2025 text was a short list: obey the law, do not harm people or property, respect guardrails and do not mislead people about AI-generated content. In June 2026 it took over the detailed banned-uses list from the consumer terms: no jailbreaking, no stripping of watermarks, no competing models built with the service or its output, no distillation, no scraping or reselling of inputs or outputs, no use where the service is not offered, no high-stakes automated decisions, and openness about AI use. Breaking it can lead to suspension or termination.',
    versions: [
      {
        label: 'Effective: January 2, 2025',
        date: '2025-01-02',
        source: {
          url: `${OTA}/9d044a605fcd6c0f66dd9a4b603697bc47429f52/Grok/Acceptable%20Use%20Policy.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          outputsForTraining: {
            status: 'unclear',
            section: 'Whole policy',
            note: 'This version said nothing about training on outputs, competing models or distillation; at the time the consumer and enterprise terms covered that.',
          },
          outputUse: {
            status: 'conditional',
            section: '§3 "Respect guardrails and don’t mislead"',
            note: 'You must not mislead people about the nature and source of outputs, images included, and should disclose that you used AI, and its limits, where relevant.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            section: '§1 "Comply with the law"',
            note: 'No region is excluded; the policy only requires following the rules of any regulated industry or region you operate in.',
          },
        },
      },
      {
        label: 'Effective: June 26, 2026',
        date: '2026-06-26',
        source: {
          url: `${OTA}/0a2be87de57998f5da96b82080b687696b67e7c1/Grok/Acceptable%20Use%20Policy.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        changes:
          'Effective 26 June 2026: the policy absorbed the banned-uses list from the consumer terms and grew it, adding bans on building competing machine-learning models or AI services with the service or its output, distilling model data or outputs, scraping or reselling inputs or outputs, stripping provenance metadata or watermarks, jailbreaking, automated access and operating where the service is not offered.',
        clauses: {
          outputsForTraining: {
            status: 'no',
            section: '"Comply with the law" > "Detrimentally impacting the Service"',
            note: 'Using the service or any output to develop machine-learning models or related AI services that compete with xAI is banned, as is distilling model data or outputs.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['regions where xAI does not offer the service'],
            section: '"Comply with the law" > "Not complying with laws or regulations"',
            note: 'Operating in a region where xAI does not offer the service is a banned use.',
          },
        },
      },
      {
        label: 'Effective: August 14, 2026',
        date: '2026-08-14',
        source: {
          url: `${OTA}/56a0225d0e296f0f7b2eebf0366cdec7f6a24ef3/Grok/Acceptable%20Use%20Policy.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        changes:
          'Effective 14 August 2026, under the SpaceXAI name: the competing-use ban now also covers helping anyone else and any product or service that competes directly or indirectly; the region rule now targets offering the service where it is not offered; only unauthorised automated access is banned.',
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section:
              'Introduction; "Comply with the law"; "Do not harm people or property"; "Respect guardrails and don’t mislead"',
            note: 'This is the policy itself; it applies to consumers, developers and businesses, and breaking it can lead to action against your account up to suspension or termination.',
          },
          outputsForTraining: {
            status: 'no',
            section: '"Comply with the law" > "Detrimentally impacting the Service"',
            note: 'Using the service or any output to develop, or help anyone develop, machine-learning models or any products or services that compete with SpaceXAI directly or indirectly is banned, as is distilling model data or outputs.',
          },
          outputUse: {
            status: 'unclear',
            section:
              '"Comply with the law" > "Detrimentally impacting the Service" and "Not complying with laws or regulations"',
            note: 'You must be open about your use of AI and must not strip provenance metadata or watermarks; the policy also bans scraping, harvesting or reselling any input or output without saying whether selling content you generated counts.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['regions where SpaceXAI does not offer the service'],
            section: '"Comply with the law" > "Not complying with laws or regulations"',
            note: 'Offering the service in a region where SpaceXAI does not offer it is a banned use.',
          },
        },
      },
    ],
  },
]);
