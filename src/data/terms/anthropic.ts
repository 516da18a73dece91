/**
 * Anthropic's documents for Claude (claude.ai, Claude Pro, the Anthropic API and Console), read
 * clause by clause from Open Terms Archive's EU collection (genai-eu-versions, folder `Claude.ai/`).
 */
import {OTA_GENAI_EU as OTA, defineDocuments} from './define';

const readOn = '2026-12-07';

export const documents = defineDocuments([
  {
    id: 'anthropic-consumer-terms',
    name: 'Consumer Terms of Service (EEA and Switzerland)',
    kind: 'terms-of-service',
    audience: 'consumer',
    provider: 'anthropic',
    url: 'https://www.anthropic.com/legal/consumer-terms',
    summary:
      'The agreement Anthropic Ireland offers consumers living in the EEA or Switzerland for Claude.ai, Claude Pro and its other services for individuals, as recorded by Open Terms Archive’s EU collection (people elsewhere get another text, which we did not read). Users must be 18 or older and promise to use the services only for non-commercial purposes. Anthropic assigns you whatever rights it has in outputs, may train its models on your chats unless you switch that off in your account settings, and offers no protection against IP claims. Using the services to build competing products, including training AI models, is banned, and the Usage Policy and the supported-regions list apply.',
    versions: [
      {
        label: 'Effective October 8, 2025',
        date: '2025-10-08',
        source: {
          url: `${OTA}/8151ab2d3ded6e914eef45fcc1457e882ada8970/Claude.ai/Terms%20of%20Service.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'no',
            section: '§11 "Non-commercial use only"; §2 "Evaluation and Additional Services"',
            note: 'You promise not to use the services for any commercial or business purpose, and evaluation access is for personal use only. API keys and the Console fall under the separate Commercial Terms.',
          },
          outputsForTraining: {
            status: 'no',
            section: '§3 "Use of our Services", item 2',
            note: 'You may not use the services to build products or services that compete with Anthropic’s, and the ban expressly includes developing or training AI or machine-learning models.',
          },
          outputUse: {
            status: 'conditional',
            section: '§4 "Rights and Responsibilities"; §11 "Non-commercial use only"',
            note: 'Anthropic passes you its rights in outputs, so you may share and publish them, but you also promise not to use the services for commercial or business purposes, which on its face excludes selling them. The Usage Policy bars presenting outputs as written by a human.',
          },
          outputOwnership: {
            status: 'yes',
            section: '§4 "Rights and Responsibilities"',
            note: 'As long as you follow the terms, Anthropic assigns you all the rights it has (if any) in outputs; you keep whatever rights you hold in your inputs.',
          },
          trainsOnInputs: {
            status: 'yes',
            optOut: true,
            section: '§4 "Our use of Materials" (the Privacy Policy says the same)',
            note: 'Anthropic may use your inputs and outputs to train its models unless you opt out in your account settings. Even after opting out, conversations you rate or send as feedback and content flagged for safety review can still be used for training.',
          },
          ipIndemnity: {
            status: 'no',
            section:
              '§11 "Disclaimer of warranties, limitations of liability, and indemnity" > "No warranties"',
            note: 'Anthropic does not undertake to defend you against third-party IP claims and disclaims any warranty of non-infringement, leaving only your statutory consumer rights.',
          },
          regionExclusion: {
            status: 'yes',
            regions: [
              'countries and regions outside Anthropic’s supported-regions list',
              'US-embargoed countries and sanctioned parties',
            ],
            section:
              '§3 "Use of our Services" (Supported Regions Policy); §13 "General terms" > "Export Controls"',
            note: 'You may only use the services in line with Anthropic’s policy on the countries and regions it supports, and you may not provide access into US-embargoed countries or to people on US restricted-party lists.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'anthropic-usage-policy',
            section: 'Preamble; §3 "Use of our Services"',
            note: 'The Usage Policy (also called the Acceptable Use Policy) is part of the agreement, and §3 adds its own list of banned uses such as scraping, reverse engineering and unauthorised automated access.',
          },
        },
      },
    ],
  },
  {
    id: 'anthropic-commercial-terms',
    name: 'Commercial Terms of Service',
    kind: 'terms-of-service',
    audience: 'business',
    provider: 'anthropic',
    url: 'https://www.anthropic.com/legal/commercial-terms',
    summary:
      'Anthropic’s terms for Anthropic API keys, the Console and other offerings that point to them, with Anthropic Ireland as the contracting party for customers in the EEA, Switzerland or the UK and Anthropic PBC elsewhere; they are not for consumer use. Customers may build Claude into products for their own users, own the outputs, and Anthropic may not train models on their inputs or outputs. Anthropic defends paying customers against IP claims over their authorised use and its outputs, with exclusions. Customers may not use the services to build competing products, including training competing AI models, unless Anthropic approves, and the incorporated Usage Policy bars training any model on inputs or outputs without Anthropic’s prior authorisation.',
    versions: [
      {
        label: 'Effective June 17, 2025',
        date: '2025-06-17',
        source: {
          url: `${OTA}/639f56dfd9418a724d52f37ed409d9532aa62a1b/Claude.ai/Commercial%20Terms.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'yes',
            section: '§A.1 Overview',
            note: 'Customers may use the services, including to power the products and services they offer to their own customers and end users.',
          },
          outputsForTraining: {
            status: 'no',
            section: '§D.4 Use Restrictions; §D.2 Policies and Service Terms (Usage Policy)',
            note: 'D.4(a) bars using the services to build a competing product or service, naming the training of competing AI models, unless Anthropic has expressly approved it. The Usage Policy, made part of these terms by D.2, goes further and bans training any AI model on inputs or outputs without Anthropic’s prior authorisation.',
          },
          outputUse: {
            status: 'yes',
            section: '§B Customer Content; §D.3 Limitations of Outputs; Notice to Users',
            note: 'The customer owns outputs and the terms put no limit on selling or publishing them. It must judge whether outputs suit its use and tell its users that factual claims in outputs need independent checking; the Usage Policy adds AI-disclosure duties for consumer chatbots and high-risk uses.',
          },
          outputOwnership: {
            status: 'yes',
            section: '§B Customer Content',
            note: 'Anthropic agrees that the customer owns its outputs and, if the customer complies with the terms, assigns it whatever rights Anthropic has in them.',
          },
          trainsOnInputs: {
            status: 'no',
            section: '§B Customer Content',
            note: 'The terms state plainly that Anthropic may not train models on customer content (inputs and outputs) from the services; data handling otherwise follows the Data Processing Addendum (§C).',
          },
          ipIndemnity: {
            status: 'conditional',
            section: '§K.1 Claims Against Customer; §K.3 Exclusions',
            note: 'Anthropic will defend customers against third-party claims that their paid, authorised use of the services (including the data used to train the models) or the resulting outputs infringe IP, and pays court judgments or settlements it approved. It does not cover modified outputs, combinations with other material, the customer’s inputs, knowingly infringing use, patented inventions in outputs or trademark use of outputs in trade.',
          },
          regionExclusion: {
            status: 'yes',
            regions: [
              'countries and regions outside Anthropic’s supported-regions list',
              'countries, persons and uses barred by US or other applicable export and sanctions law',
            ],
            section: '§D.2 Policies and Service Terms (Supported Regions Policy); §M.8 Export and Sanctions',
            note: 'Use must follow Anthropic’s Supported Regions Policy, and the customer may not export or give access to the services where US or other applicable export or sanctions law forbids it.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'anthropic-usage-policy',
            section: '§D.2 Policies and Service Terms',
            note: 'Customers and their users must follow the Usage Policy (formerly the Acceptable Use Policy) and the Service Specific Terms, and must help Anthropic check compliance, including verifying their identity.',
          },
        },
      },
    ],
  },
  {
    id: 'anthropic-usage-policy',
    name: 'Usage Policy',
    kind: 'usage-policy',
    audience: 'everyone',
    provider: 'anthropic',
    url: 'https://www.anthropic.com/legal/aup',
    summary:
      'The policy (also called the Acceptable Use Policy) that binds everyone who can send inputs to Anthropic’s products, including through resellers. It lists banned uses for all users (illegal activity, weapons, cyberattacks, election interference, surveillance, fraud, sexual content, platform abuse and more), requires human review and AI disclosure for high-risk uses such as legal, medical, financial or hiring decisions, and requires consumer chatbots to say they are AI. It bans training AI models on inputs or outputs (distillation, model scraping) without Anthropic’s prior authorisation, and giving access to Claude against the supported-regions list. The Open Terms Archive record also includes Anthropic’s help-centre guidelines for products serving minors and its note on exceptions for government customers.',
    versions: [
      {
        label: 'Effective September 15, 2025',
        date: '2025-09-15',
        source: {
          url: `${OTA}/f150e0e1898ba1dd5c09c16a34e22f44a4d0ed6a/Claude.ai/Acceptable%20Use%20Policy.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section:
              'Introduction; "Universal Usage Standards"; "High-Risk Use Case Requirements"; "Additional Use Case Guidelines"',
            note: 'This is the policy itself: universal bans for every user, extra requirements for high-risk consumer-facing uses, and guidelines for chatbots, products for minors, agents and MCP servers. Anthropic may throttle, suspend or end access, or block outputs, when it is broken.',
          },
          outputsForTraining: {
            status: 'no',
            section: '"Universal Usage Standards" > "Do Not Abuse our Platform"',
            note: 'Using inputs and outputs to train an AI model, for example by model scraping or distillation, is banned unless Anthropic has authorised it in advance.',
          },
          outputUse: {
            status: 'conditional',
            section:
              '"Do Not Compromise Privacy or Identity Rights"; "Do Not Engage in Fraudulent, Abusive, or Predatory Practices"; "High-Risk Use Case Requirements" > "Disclosure"; "Additional Use Case Guidelines"',
            note: 'Outputs may not be presented as human-made, and AI-assisted work may not be submitted without proper permission or attribution. Consumer chatbots must tell users they are AI, and high-risk uses, including automatically generated content published as journalism, need review by a qualified professional and a disclosure of AI use.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['countries and regions outside Anthropic’s supported-regions list'],
            section: '"Universal Usage Standards" > "Do Not Abuse our Platform"',
            note: 'Giving people, organisations or users account or API access to Claude in breach of Anthropic’s Supported Regions Policy is a banned use.',
          },
        },
      },
    ],
  },
]);
