/**
 * Mistral AI's terms for its own services (the chat app Le Chat, renamed Vibe in May 2026; the API
 * platform La Plateforme, now Mistral AI Studio), read from Open Terms Archive's genai-eu-versions
 * records. OTA followed these pages under the service name `Le Chat/` until June 2026 and under
 * `Vibe/` from July 2026 (the first `Vibe/` records are identical to the last `Le Chat/` ones), so
 * the newest versions below are pinned in the `Vibe/` folder. OTA records the European editions: the
 * consumer terms here are the EEA consumer terms; Mistral's separate "rest of the world" consumer
 * terms are not recorded there and are not read here.
 */
import {OTA_GENAI_EU as OTA, defineDocuments} from './define';

const READ_ON = '2026-12-07';

const otaFile = (commit: string, service: 'Le%20Chat' | 'Vibe', file: string) =>
  `${OTA}/${commit}/${service}/${file}`;
const termsOfService = (commit: string, service: 'Le%20Chat' | 'Vibe') =>
  otaFile(commit, service, 'Terms%20of%20Service.md');
const commercialTerms = (commit: string, service: 'Le%20Chat' | 'Vibe') =>
  otaFile(commit, service, 'Commercial%20Terms.md');
const usagePolicy = (commit: string, service: 'Le%20Chat' | 'Vibe') =>
  otaFile(commit, service, 'Acceptable%20Use%20Policy.md');

export const documents = defineDocuments([
  {
    id: 'mistral-terms-of-service',
    name: 'Mistral AI Terms of Service (consumers in the EEA)',
    kind: 'terms-of-service',
    audience: 'consumer',
    provider: 'mistral',
    url: 'https://legal.mistral.ai/terms/eu-consumers-terms-of-service',
    summary:
      'The contract for individuals in the European Economic Area who use Mistral’s chat app (Le Chat, now called Vibe) for personal purposes; since August 2026 it no longer covers Mistral AI Studio or the APIs, which are reserved for business customers under the Commercial Terms. Use is licensed for your personal capacity only, and you may not build the service into anything you offer to others. You keep your inputs and own the outputs, may not present them as human-made, and may not use image outputs to train a competing image generator. Mistral trains on your conversations unless you opt out in your settings, and always on conversations you rate with feedback. The Usage Policy applies; there is no indemnity. Until November 2025 this page was a single set of terms for everyone, businesses included, with an IP indemnity.',
    versions: [
      {
        label: 'Effective 27 May 2025',
        date: '2025-05-27',
        source: {
          url: termsOfService('6505442f2ee51f07c81ea1e1c19fd1d4d13f2394', 'Le%20Chat'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section:
              '§2 "The Mistral AI Products"; Additional Product Terms > "La Plateforme" > "Permitted Use" and "Le Chat" > "Permitted Use", "Restrictions"',
            note: 'This edition covered businesses and consumers alike: the APIs could be used for personal or internal business needs and built into products offered to others ("Your Offerings"), while Le Chat was limited to personal or internal business use and could not be built into other products.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§3 "Your Data" > "Output restrictions"',
            note: 'Image outputs could not be used to develop or train a competing image generator, and outputs from the web-search feature could not be stored in databases, resold, or used for machine learning or to improve your own offerings; other outputs carried no such limit.',
          },
          ipIndemnity: {
            status: 'yes',
            section: '§5 "Indemnification" > "By us"',
            note: 'Mistral undertook to defend and indemnify users against third-party claims that its products infringe IP rights, excluding claims caused by your inputs, your changes to outputs or the products, combination with other products, knowing misuse, breach of the terms, or beta features.',
          },
        },
      },
      {
        label: 'Effective 28 November 2025',
        date: '2025-11-28',
        source: {
          url: termsOfService('133dd457e066a724018ee3c61c09c5e670a8a99e', 'Le%20Chat'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'The single set of terms was split: this page became the terms for EU consumers only, and business use moved to the new Commercial Terms of Service (consumers outside the EU got separate terms). Use is now limited to your personal capacity, the IP indemnity disappeared, the web-search restriction now targets third-party content shown next to outputs rather than outputs themselves, and the product-specific additional terms (La Plateforme, Le Chat, Mistral Code) were folded in or dropped.',
        clauses: {
          commercialUse: {
            status: 'unclear',
            section: '§3 "Using Mistral AI Products" > "Mistral AI Products", "Restrictions" (h) and "APIs"',
            note: 'The licence was for personal use only and business users were sent to the Commercial Terms, yet the APIs clause still let you build the APIs into products offered to third parties, so the text pulled both ways.',
          },
          outputUse: {
            status: 'yes',
            section: '§4 "Your Data" > "Your Data" and "Responsibility for Your Data"',
            note: 'You owned outputs and could publish them, but could not present them as human-made; outputs should be checked before being shared.',
          },
        },
      },
      {
        label: 'Effective 25 March 2026',
        date: '2026-03-25',
        source: {
          url: termsOfService('154c83184a54101f2f0478ecf7387007b953fd60', 'Le%20Chat'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'A 26 January 2026 update added a data-switching section. The 13 March 2026 edition widened the scope from the EU to the EEA, limited API use to your own personal needs (the permission to build the APIs into products for others was removed) and barred consumers from "labs" pre-release models. The 25 March 2026 edition added rules for audio products: no voice cloning without consent, and a duty to disclose AI-generated audio where the law requires it. (OTA also captured an "April 7, 2026" page without the audio section in early April; the 25 March text came back afterwards.)',
        clauses: {
          commercialUse: {
            status: 'no',
            section: '§3 "Using Mistral AI Products" > "Mistral AI Products", "Restrictions" (h) and "APIs"',
            note: 'Use was licensed for your personal capacity only, APIs for your own personal needs, and you could not build the products into anything offered to third parties without written authorization; business use belonged under the Commercial Terms.',
          },
          outputUse: {
            status: 'yes',
            section:
              '§3 "Audio Mistral AI Products"; §4 "Your Data" > "Your Data" and "Responsibility for Your Data"',
            note: 'You owned outputs and could publish them, but could not present them as human-made and had to label AI-generated audio where the law requires it.',
          },
          trainsOnInputs: {
            status: 'yes',
            optOut: true,
            section: '§4 "Your Data" > "How we use Your Data" and "Feedback"',
            note: 'Used for training on the free tier, Le Chat Pro and Le Chat Student unless you opted out, plus rated conversations and content flagged by moderation or reported.',
          },
        },
      },
      {
        label: 'Effective 7 August 2026',
        date: '2026-08-07',
        source: {
          url: termsOfService('fa8ed028e30030275c8588ce3719e22164d0f110', 'Vibe'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'On 28 May 2026 Le Chat was renamed Vibe throughout (no change to the topics here). The 7 August 2026 edition takes Mistral AI Studio and all API access out of the consumer terms (they are now for business customers only), makes training the default for every consumer plan unless you opt out (before, only the free tier, Pro and Student), drops flagged content from the training exceptions, and adds terms for third-party models offered inside the app.',
        clauses: {
          commercialUse: {
            status: 'no',
            section:
              'Introduction; §3 "Using Mistral AI Products" > "Mistral AI Products" and "Restrictions" (g)',
            note: 'The licence covers personal use only; business use, including building Mistral into products for others, falls under the Commercial Terms, and Mistral AI Studio and the APIs are now reserved for business customers.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§4 "Your Data" > "Output restrictions"; "Third-Party Content"',
            note: 'As far as the law allows, image outputs may not be used to build or train an image generator that competes with Mistral; other outputs carry no such limit. Third-party web-search content shown next to outputs may not be used for machine learning.',
          },
          outputUse: {
            status: 'yes',
            section:
              '§3 "Audio Mistral AI Products"; §4 "Your Data" > "Your Data" and "Responsibility for Your Data"',
            note: 'You own outputs and may publish them, but may not present them as human-made and must label AI-generated audio where the law requires it; the app itself is for personal, not business, use.',
          },
          outputOwnership: {
            status: 'yes',
            section: '§4 "Your Data" > "Your Data"; §3 "Third-Party Products"',
            note: 'As far as the law allows, you keep your inputs and own the outputs, and Mistral assigns you any rights it has in them, including in outputs from third-party models offered in the app.',
          },
          trainsOnInputs: {
            status: 'yes',
            optOut: true,
            section: '§4 "Your Data" > "How we use Your Data" and "Feedback"',
            note: 'Mistral trains its models on your inputs and outputs unless you opt out in your account settings, and on any conversation you rate with a thumbs up or down.',
          },
          ipIndemnity: {
            status: 'no',
            section: '§5 "Warranties"; §6 "Liability"',
            note: 'The consumer terms contain no promise by Mistral to defend users against IP claims.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            section: 'Introduction; §3 "Restrictions" (a); §14 "Mobile applications" > "iOS App"',
            note: 'No region is excluded for EEA consumers; people outside the EEA are pointed to Mistral’s rest-of-world consumer terms, and the only geographic promise is the Apple-required statement that iOS users are not in a US-embargoed country.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'mistral-usage-policy',
            section: '"Contract"; §3 "Restrictions" (a); §4 "Prohibited content"',
            note: 'Accepting these terms also binds you to the Mistral Usage Policy, and inputs or outputs that break it may be removed and can lead to suspension.',
          },
        },
      },
    ],
  },
  {
    id: 'mistral-commercial-terms',
    name: 'Mistral AI Commercial Terms of Service',
    kind: 'terms-of-service',
    audience: 'business',
    provider: 'mistral',
    url: 'https://legal.mistral.ai/terms/commercial-terms-of-service',
    summary:
      'The contract for organizations using Mistral AI Studio (the API platform), Vibe and Mistral’s other services, including to build products for their own users. Customers own their outputs, may not present them as human-made, and may not use image outputs to train a competing image generator; Mistral defends customers against claims that its products infringe IP, with the usual exclusions. Whether Mistral trains on customer data depends on each product’s default setting, which the terms do not list; "labs" and preview models may always be trained on. Customers in comprehensively sanctioned countries and regions may not use the services. The Usage Policy applies.',
    versions: [
      {
        label: 'Effective 11 December 2025',
        date: '2025-12-11',
        source: {
          url: commercialTerms('3decf199fce93cfe6df0e45d76ecd9fa1210e21b', 'Le%20Chat'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          outputsForTraining: {
            status: 'conditional',
            section: '§3.3 "Output Restrictions"',
            note: 'Image outputs could not be used to build or train a competing image generator, and outputs from the web-search feature could not be stored in databases, resold, used for machine learning, or used to build commercial products for others.',
          },
          trainsOnInputs: {
            status: 'no',
            section: '§4.2 "Training"',
            note: 'Mistral did not train on customer content except content tied to feedback, content flagged by moderation or reported, or as agreed in an order form.',
          },
        },
      },
      {
        label: 'Effective 12 March 2026',
        date: '2026-03-12',
        source: {
          url: commercialTerms('7501f6c275f934943aad5699b8e2f56284eb8af0', 'Le%20Chat'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'Training on business customers was introduced: data from the free tier and Le Chat Pro is now trained on unless the customer opts out, and anything sent to "labs" pre-release models may be trained on regardless of opt-out (zero data retention excepted). The web-search output restriction was dropped and "Customer Content" was renamed "Customer Data" and "Outputs".',
        clauses: {
          trainsOnInputs: {
            status: 'conditional',
            optOut: true,
            section: '§4.2 "Training"; §4.3 "Labs Models"',
            note: 'Trained on by default for the free tier and Le Chat Pro unless opted out, always for labs models unless zero data retention is on, and for feedback and flagged content; other plans were not trained on.',
          },
        },
      },
      {
        label: 'Effective 5 August 2026',
        date: '2026-08-05',
        source: {
          url: commercialTerms('246cd84643afa551cf413cdd17cb6e85f1dfb4ef', 'Vibe'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'On 8 April 2026 Le Chat Teams joined the plans trained on by default, and on 28 May 2026 Le Chat was renamed Vibe. The 5 August 2026 edition replaces the plan list with a rule per product: data is trained on when a product is set to train by default and you have not opted out, or when you opt in on a product that does not; "labs" and preview models may now be trained on even with zero data retention; flagged content is no longer listed as a training exception.',
        clauses: {
          commercialUse: {
            status: 'yes',
            section: '§1.4 "Customer Responsibilities"; §2.1 "Customer Usage"; §2.2 "Use Restrictions" (i)',
            note: 'Customers may use the products and offer their own products built on them ("Customer Offerings") to end users, but may not build Vibe itself into products offered to others without written permission, nor resell API keys or accounts.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§3.3 "Output Restrictions"; §2.2 "Use Restrictions" (d), (e)',
            note: 'As far as the law allows, image outputs may not be used to build or train an image generator that competes with Mistral; other outputs carry no training limit, but outputs may not be used to reverse engineer Mistral’s models.',
          },
          outputUse: {
            status: 'yes',
            section: '§3.1 "Generally"; §3.2 "Responsibility for Customer Data and Outputs"',
            note: 'Customers own outputs and may use them, including in products for their users, but may not present or imply that outputs were made by a human.',
          },
          outputOwnership: {
            status: 'yes',
            section: '§3.1 "Generally"',
            note: 'As far as the law allows, the customer keeps its data and owns the outputs, and Mistral assigns it any rights it has in them; model weights and third-party content shown alongside are not outputs.',
          },
          trainsOnInputs: {
            status: 'unclear',
            optOut: true,
            section: '§4.2 "Training"; §4.3 "Labs or Preview Models"',
            note: 'Training depends on each product’s default: a product set to train is trained on unless you opt out, one set not to train only if you opt in, but the terms do not say which products are which. Labs and preview models may always be trained on, feedback is used for training, and an order form can change all this.',
          },
          ipIndemnity: {
            status: 'yes',
            section: '§8.1 "By Mistral AI"; §8.2 "Exclusions"; §8.4 "Procedure"',
            note: 'Mistral will defend and indemnify the customer against third-party claims that the products it provides infringe IP rights, except claims caused by combination with other products (including the customer’s offerings), modifications of models or outputs, customer data, knowing misuse, or breach of the terms or law. The clause speaks of the products, not expressly of outputs.',
          },
          regionExclusion: {
            status: 'yes',
            regions: [
              'countries and regions under comprehensive EU, US or Singapore sanctions (e.g. Cuba, Iran, North Korea, Syria, Crimea, Donetsk, Luhansk)',
            ],
            section: '§14.13 "Export/Trade Controls"',
            note: 'Customers must warrant that neither they nor their staff are located in or organized under a comprehensively sanctioned country or region, or on a sanctions list.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'mistral-usage-policy',
            section: 'Preamble; §2.2 "Use Restrictions" (a); §11.3 "Suspension or Termination by Mistral AI"',
            note: 'The Usage Policy is part of these terms, customers must impose equivalent restrictions on their end users, and a breach can lead to immediate suspension.',
          },
        },
      },
    ],
  },
  {
    id: 'mistral-usage-policy',
    name: 'Mistral AI Usage Policy',
    kind: 'usage-policy',
    audience: 'everyone',
    provider: 'mistral',
    url: 'https://legal.mistral.ai/terms/usage-policy',
    summary:
      'The list of banned uses for everyone, individual or business, using Mistral’s hosted products such as Vibe (formerly Le Chat) and Mistral AI Studio. It does not apply to Mistral products run on a customer’s or partner’s infrastructure, nor to Mistral’s open-weight models. It bans illegal activity (including infringing content and high-risk uses such as weapons development or running critical infrastructure), child sexual abuse material, non-consensual intimate images, hate, violence, self-harm content, fraud and impersonation, deliberate misinformation, privacy violations including cloning someone’s likeness or voice without consent, giving professional advice without qualification, and attacks on security or safety filters. Breaches can lead to suspension or account closure and reports to authorities.',
    versions: [
      {
        label: 'Effective 11 June 2026',
        date: '2026-06-11',
        source: {
          url: usagePolicy('1d1a93dbc86389e95154336f925b258570e81393', 'Le%20Chat'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: '"Scope"; "Prohibited content and activities"; "Our enforcement"',
            note: 'Bans illegal and rights-infringing uses, CSAM, non-consensual intimate imagery, hate, violence, self-harm content, fraud, misinformation, privacy violations, unqualified professional advice and security attacks on Mistral’s hosted products; it does not cover self-hosted or partner deployments or the open-weight models.',
          },
        },
      },
    ],
  },
]);
