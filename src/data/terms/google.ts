/**
 * Google's documents for its Gemini models (Gemini 2.0 Flash, 2.5 Pro, 3.1 Pro), the Gemini app,
 * Imagen 4, Veo 3 and Gemini Embedding, read clause by clause.
 *
 * - Open Terms Archive's folder `Google Generative AI Services/` records Google's general Terms of
 *   Service (EEA/Swiss country version), with the old Generative AI Additional Terms of Service
 *   appended, and the Generative AI Prohibited Use Policy. The older GenAI collection
 *   (GenAI-versions) holds the records from before the 22 May 2024 rewrite.
 * - The Gemini API Additional Terms of Service are not in any Open Terms Archive collection; see the
 *   notes on each version for where we read them.
 * - The Google Cloud Terms of Service (the contract for Vertex AI) come from Open Terms Archive's
 *   contrib collection; the generative-AI clauses in Google Cloud's Service Specific Terms could not
 *   be read anywhere and are left out.
 */
import {OTA_GENAI_EU as EU, defineDocuments} from './define';

const GENAI = 'https://github.com/OpenTermsArchive/GenAI-versions/blob';
const CONTRIB = 'https://github.com/OpenTermsArchive/contrib-versions/blob';
const TOS = 'Google%20Generative%20AI%20Services/Terms%20of%20Service.md';
const PUP = 'Google%20Generative%20AI%20Services/Acceptable%20Use%20Policy.md';
const readOn = '2026-12-07';

export const documents = defineDocuments([
  {
    id: 'google-terms-of-service',
    name: 'Google Terms of Service (EEA and Switzerland)',
    kind: 'terms-of-service',
    audience: 'consumer',
    provider: 'google',
    url: 'https://policies.google.com/terms',
    summary:
      'Google’s general terms for its consumer services, which since 22 May 2024 also deal with generative AI and which Open Terms Archive records as the terms of Google’s generative AI services such as the Gemini app; read in the country version Google Ireland offers in the EEA and Switzerland, as recorded by Open Terms Archive (other countries get their own version, which we did not read). Google says it will not claim ownership of original content you generate and does not forbid business use, but you may not use AI-generated content from its services to develop machine-learning models, pass AI content off as human-made, or break the Generative AI Prohibited Use Policy. The Gemini Apps Privacy Notice says chats are used to train Google’s AI models while the Keep Activity setting is on, which you can switch off. Google offers no protection against IP claims, and business users must indemnify Google.',
    versions: [
      {
        label: 'Effective 5 January 2022',
        date: '2022-01-05',
        source: {
          url: `${GENAI}/bf8193531dc03cd22f53ebe780f4257ed964fffa/${TOS}`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          outputsForTraining: {
            status: 'unclear',
            section: '"What we expect from you" > "Respect others"',
            note: 'This version says nothing about using generated content to train models; at the time that ban sat in the separate Generative AI Additional Terms of Service.',
          },
          outputUse: {
            status: 'unclear',
            section: '"Content in Google services" > "Your content"',
            note: 'The terms do not mention AI-generated content at all, so they neither allow nor limit selling or publishing it.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '"Content in Google services" > "Your content"',
            note: 'The terms say your content stays yours but do not say who owns what a generative service produces.',
          },
        },
      },
      {
        label: 'Effective 30 July 2026',
        date: '2026-07-30',
        source: {
          url: `${EU}/760d84a519243a94b2adf0edc595cbeeed6b730f/${TOS}`,
          pin: 'open-terms-archive',
          readOn,
        },
        changes:
          'The revision of 22 May 2024 brought AI into the main terms: Google now says it won’t claim ownership of original content you generate, and the list of abuses adds using AI-generated content to develop machine-learning models, jailbreaking and prompt injection, and misleading people into thinking AI content was made by a human; the Generative AI Additional Terms stopped applying to ordinary users. The revision of 30 July 2026 (wording on legally required updates and liability, a new note on network costs) changed nothing on these topics.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section:
              '"Using Google services on behalf of an organisation or business"; "Don’t abuse our services"; "Software in Google services"',
            note: 'Businesses and other organisations may use the services once an authorised representative accepts the terms. You may not copy, sell or lease the services, or offer services that appear to come from you when they actually come from Google.',
          },
          outputsForTraining: {
            status: 'no',
            section: '"What we expect from you" > "Don’t abuse our services"',
            note: 'Using AI-generated content from Google’s services to develop machine-learning models or related AI technology is listed as abuse of the services.',
          },
          outputUse: {
            status: 'conditional',
            section: '"Content in Google services" > "Your content"; "Don’t abuse our services"',
            note: 'Google claims no ownership of what you generate, and nothing forbids selling or publishing it, but you may not lead others to believe AI content was made by a human or use the content to violate anyone’s rights, and the Prohibited Use Policy applies.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '"Content in Google services" > "Your content"',
            note: 'Google says it will not claim ownership of original content you generate with its services; it does not formally assign any rights to you, and your own content stays yours.',
          },
          trainsOnInputs: {
            status: 'yes',
            optOut: true,
            section:
              '"Permission to use your content" > "Purpose"; Gemini Apps Privacy Notice (in the Google Privacy Policy, Open Terms Archive record of 18 August 2026) > "What does the Keep Activity setting control?"',
            note: 'While the Gemini Apps Keep Activity setting is on, Google uses your chats and uploads to develop and improve its services, including training generative AI models, with human review. Turning the setting off stops future chats from training the models unless you send feedback (they are still kept for 72 hours), though the setting does not cover anonymised data Google derives from chats.',
          },
          ipIndemnity: {
            status: 'no',
            section: '"Liabilities" > "For business users and organisations only"',
            note: 'Google makes no promise to defend you against third-party IP claims; business users must instead indemnify Google for claims arising from unlawful use or breaches of the terms.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            section: '"Service provider"; "About these terms"',
            note: 'The terms exclude no region; they only name Google Ireland as the provider in the EEA and Switzerland and warn that not every service mentioned is offered in every country.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'google-generative-ai-prohibited-use-policy',
            section: '"What we expect from you" > "Respect others" and "Don’t abuse our services"',
            note: 'Besides the general conduct rules and the list of abuses, users of generative AI services must follow the Generative AI Prohibited Use Policy.',
          },
        },
      },
    ],
  },
  {
    id: 'google-generative-ai-terms',
    name: 'Generative AI Additional Terms of Service',
    kind: 'service-terms',
    audience: 'consumer',
    provider: 'google',
    url: 'https://policies.google.com/terms/generative-ai',
    summary:
      'Supplementary terms that applied, on top of the Google Terms of Service, to the Google generative AI services that referred to them. They banned using the services to develop machine-learning models or related technology and required following the Generative AI Prohibited Use Policy. Google’s page now says that since 22 May 2024, when the main Terms of Service took over the AI topics, these terms no longer apply except to business partners whose signed agreements refer to them.',
    versions: [
      {
        label: 'Last modified: 9 August 2023',
        date: '2023-08-09',
        source: {
          url: `${GENAI}/bf8193531dc03cd22f53ebe780f4257ed964fffa/${TOS}`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          outputsForTraining: {
            status: 'no',
            section: '"Use restrictions"',
            note: 'You may not use the services to develop machine-learning models or related technology, which rules out training models on their outputs.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'google-generative-ai-prohibited-use-policy',
            section: '"Use restrictions"',
            note: 'Users must comply with the Generative AI Prohibited Use Policy and may not try to get around the services’ safety filters.',
          },
        },
      },
    ],
  },
  {
    id: 'google-generative-ai-prohibited-use-policy',
    name: 'Generative AI Prohibited Use Policy',
    kind: 'usage-policy',
    audience: 'everyone',
    provider: 'google',
    url: 'https://policies.google.com/terms/generative-ai/use-policy',
    summary:
      'The list of banned uses that applies to Google’s generative AI products that refer to it, including the Gemini app, the Gemini API and Google AI Studio. It bars illegal and dangerous uses (child sexual abuse material, violent extremism, non-consensual intimate imagery, self-harm, privacy and IP violations, unsupervised automated decisions with serious effects in high-risk areas), attacks on security and safety filters, sexually explicit, hateful, harassing or violent content, and fraud, deceptive impersonation and passing off generated content as purely human-made in order to deceive. Google may allow exceptions for educational, documentary, scientific or artistic purposes, or where public benefit outweighs the harm.',
    versions: [
      {
        label: 'Last modified: 14 March 2023',
        date: '2023-03-14',
        source: {
          url: `${GENAI}/df4d2dfb3c7c6762d76829af88aef0d1f83986ed/${PUP}`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: 'Items 1–3',
            note: 'Bans dangerous, illegal or malicious uses, content meant to misinform or mislead (including passing off generated content as human-made), and sexually explicit content; the only exception named is for sexual content made for scientific, educational, documentary or artistic purposes.',
          },
        },
      },
      {
        label: 'Last modified: 17 December 2024',
        date: '2024-12-17',
        source: {
          url: `${EU}/ac2bf332682f24110b8196a534890e7c7e2ccd01/${PUP}`,
          pin: 'open-terms-archive',
          readOn,
        },
        changes:
          'The December 2024 rewrite regroups the bans into four headings, names non-consensual intimate imagery and misleading claims about elections and health practices explicitly, and replaces the narrow sexual-content exception with a general one: Google may allow exceptions for educational, documentary, scientific or artistic reasons, or where the public benefit outweighs the harm.',
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: 'Items 1–4 and the closing paragraph on exceptions',
            note: 'Bans illegal and dangerous uses, attacks on the security of Google’s or others’ services (including getting around safety filters), sexually explicit, hateful, harassing or violent content, and fraud or deception, such as impersonation without disclosure or claiming generated content was made only by a human.',
          },
        },
      },
    ],
  },
  {
    id: 'google-gemini-api-terms',
    name: 'Gemini API Additional Terms of Service',
    kind: 'service-terms',
    audience: 'business',
    provider: 'google',
    url: 'https://ai.google.dev/gemini-api/terms',
    summary:
      'The terms Google adds to the Google APIs Terms of Service for the Gemini API and Google AI Studio, the developer route to Gemini, Imagen, Veo and Gemini Embedding models. Users must be 18 or older, may not build apps aimed at or likely to reach minors, may use the services only from Google’s available regions, and must use paid services for apps offered to users in the EEA, Switzerland or the UK; since March 2026 the services are meant for professional or business developers, not consumers. Google claims no ownership of generated content. On free (“Unpaid”) services Google uses your prompts and responses to improve its products and human reviewers may read them; on paid services (any project with Cloud Billing turned on), and for users in the EEA, Switzerland or the UK, it does not. You may not use the services to build competing models, and Google offers no protection against IP claims.',
    versions: [
      {
        label: 'Last modified: March 20, 2024',
        date: '2024-03-20',
        source: {
          url: 'https://ai.google.dev/gemini-api/terms-archive/terms_03_20_24',
          pin: 'provider-page',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '"Use Restrictions"',
            note: 'Production use was allowed (subject to rate limits), but not of services marked Preview, and the services could be used only directly or inside a service offered directly to end users, not to power another API. (We read a stored copy of Google’s archived page, and only its opening sections.)',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['countries outside the Gemini API available-regions list'],
            appliesTo: 'all',
            section: '"Use Restrictions"',
            note: 'The services could be used, and apps offered, only within an available region; this version had no special rule for Europe.',
          },
        },
      },
      {
        label: 'Effective April 3rd, 2025',
        date: '2025-04-03',
        source: {
          url: 'https://github.com/jayreddin/JR-Comhr-Chat/blob/8b0f1304258f52f26fb40f9b542f83b67151789c/APIDOCS/GEMINI/gemini.api.docs.english/terms.md',
          pin: 'commit',
          readOn,
        },
        changes:
          'Compared with the March 2024 text (the revisions of May 2024, December 2024 and February 2025 in between were not read): the ban on using the services to power another API and the production-use and Preview lines are gone; apps offered to users in the EEA, Switzerland or the UK must use Paid Services; and the ban on extracting the models now also covers reverse engineering any component, including the underlying data. We read this version in a verbatim copy of Google’s page kept in a third-party GitHub repository.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '"Use Restrictions"; Google APIs Terms of Service §4(a)(1) "API Prohibitions"',
            note: 'Building products on the API is allowed, but only from available regions, only with Paid Services for apps offered in the EEA, Switzerland or the UK, and not for apps aimed at or likely to reach under-18s. The base API terms forbid sublicensing the API or offering an API client that works substantially like it to third parties.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '"Use Restrictions"; "Grounding with Google Search" > "Use Restrictions"',
            note: 'You may not use the services to develop models that compete with them, such as the Gemini API or Google AI Studio, and you may not train on or learn from Grounded Results or Search Suggestions; other training on outputs is not forbidden.',
          },
          outputUse: {
            status: 'conditional',
            section: '"Use of Generated Content"',
            note: 'Google claims no ownership of what you generate, so you may use, publish or sell it, but you must follow applicable law, which may mean showing your users the attribution the API returns, and you are responsible for how you and anyone you share it with use it.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '"Use of Generated Content"',
            note: 'Google says it will not claim ownership of content you generate and reserves the right to produce the same or similar content for others; it does not formally assign rights to you.',
          },
          trainsOnInputs: {
            status: 'yes',
            optOut: true,
            section:
              '"Unpaid Services" > "How Google Uses Your Data"; "Paid Services" > "How Google Uses Your Data"',
            note: 'On Unpaid Services (Google AI Studio, free API quota) Google uses your prompts and responses to improve and develop its products and machine-learning technologies, and human reviewers may read them. Activating a Cloud Billing account makes all your use Paid, where prompts and responses are not used to improve products (only logged for a limited time to detect abuse); users in the EEA, Switzerland or the UK get the paid terms even for free use.',
          },
          ipIndemnity: {
            status: 'no',
            section:
              '"Disclaimers"; Google APIs Terms of Service §9(a) "Warranties" and §9(c) "Indemnification"',
            note: 'Neither text promises to defend you against IP claims: the APIs come “as is”, and business users must instead defend and indemnify Google for claims arising from their use, their end users’ use, or content they send to the APIs.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['countries outside the Gemini API available-regions list'],
            appliesTo: 'all',
            section: '"Use Restrictions"',
            note: 'You may use the services, and offer apps built on them, only within an available region; for apps offered to users in the EEA, Switzerland or the UK only Paid Services may be used.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'google-generative-ai-prohibited-use-policy',
            section: '"Use Restrictions"; Google APIs Terms of Service §4(a) "API Prohibitions"',
            note: 'On top of the API Prohibitions in the base terms you must follow the Generative AI Prohibited Use Policy, may not bypass the safety features, and may not use the services in clinical practice or to give medical advice.',
          },
        },
      },
      {
        label: 'Effective March 23, 2026',
        date: '2026-03-23',
        source: {
          pin: 'provider-page',
          readOn,
        },
        changes:
          'Use Restrictions now open by saying that Google AI Studio and the Gemini API are for developers building with Google AI models for professional or business purposes, not for consumer use. The rest of the opening (age limits, available regions, paid-only use for apps offered in the EEA, Switzerland and the UK, the competing-models ban, the Prohibited Use Policy) reads as in April 2025. The stored copy of this version we could read stops inside Use Restrictions, and the revisions published between April 2025 and March 2026 were not read.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '"Use Restrictions"; Google APIs Terms of Service §4(a)(1) "API Prohibitions"',
            note: 'The services are meant for developers building for professional or business purposes, not for consumer use. Apps must stay within available regions, use Paid Services when offered in the EEA, Switzerland or the UK, and not be aimed at or likely to reach under-18s; the API itself may not be resold or cloned for third parties.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '"Use Restrictions"',
            note: 'You may not use the services to develop models that compete with them, such as the Gemini API or Google AI Studio, or try to extract their data or weights. (The April 2025 text also barred training on Grounded Results from Google Search; that later section is beyond the part of this version we could read.)',
          },
          outputUse: {
            status: 'conditional',
            section: '"Use of Generated Content" (read in the April 2025 text)',
            note: 'The copy of this version we could read ends before this section. In April 2025 Google claimed no ownership of generated content and asked you to follow applicable law, including attribution to your users where required; third-party quotations of the 2026 text show the same wording.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '"Use of Generated Content" (read in the April 2025 text)',
            note: 'Not in the part of this version we could read. In April 2025 Google said it would not claim ownership of generated content and might produce similar content for others, without assigning rights to you.',
          },
          trainsOnInputs: {
            status: 'yes',
            optOut: true,
            section:
              '"Unpaid Services" and "Paid Services" > "How Google Uses Your Data" (read in the April 2025 text)',
            note: 'Not in the part of this version we could read; third-party quotations of the 2026 text match April 2025. Then, free use let Google improve its products with your prompts and responses, with human review; turning on Cloud Billing (paid use) stopped that, and users in the EEA, Switzerland or the UK got the paid terms even for free use.',
          },
          ipIndemnity: {
            status: 'no',
            section: 'Google APIs Terms of Service §9(a) "Warranties" and §9(c) "Indemnification"',
            note: 'The base API terms provide the APIs “as is” and make business users indemnify Google, not the other way round; the April 2025 additional terms added no indemnity, and we could not read this version’s later sections.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['countries outside the Gemini API available-regions list'],
            appliesTo: 'all',
            section: '"Use Restrictions"',
            note: 'Use and apps are allowed only within Google’s available regions, and apps offered to users in the EEA, Switzerland or the UK may use only Paid Services.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'google-generative-ai-prohibited-use-policy',
            section: '"Use Restrictions"; Google APIs Terms of Service §4(a) "API Prohibitions"',
            note: 'You must follow the API Prohibitions and the Generative AI Prohibited Use Policy and may not bypass the services’ safety features.',
          },
        },
      },
    ],
  },
  {
    id: 'google-cloud-terms-of-service',
    name: 'Google Cloud Terms of Service',
    kind: 'terms-of-service',
    audience: 'business',
    provider: 'google',
    url: 'https://cloud.google.com/terms',
    summary:
      'The online contract for Google Cloud, which covers Vertex AI and so the business route to Gemini, Imagen, Veo and Gemini Embedding models. Customers may build their own applications on the services but not resell them; they keep all IP rights in their data, which includes what they derive from it through the services, and Google may process that data only under the Cloud Data Processing Addendum. Google defends paying customers against claims that a service itself infringes IP rights; the extra terms for generative AI (including Google’s indemnity for generated output) sit in the Service Specific Terms, which we could not read.',
    versions: [
      {
        label: 'Last modified June 1, 2026',
        date: '2026-06-01',
        source: {
          url: `${CONTRIB}/294df225bba0aed686d4573174cdc1e0adcec817/Google%20Cloud%20Platform/Terms%20of%20Service.md`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§1.1 "Services Use"; §3.3 "Restrictions"',
            note: 'Customers may use the services and build them into their own applications that have value beyond the services themselves, but may not sell, resell, sublicense or distribute the services, or use them for high-risk activities.',
          },
          outputsForTraining: {
            status: 'unclear',
            section: '§3.3 "Restrictions"; Service Specific Terms (not read)',
            note: 'The main terms say nothing about training models on generated output; any such rule for generative AI would be in the Service Specific Terms, which we could not read.',
          },
          outputUse: {
            status: 'unclear',
            section: '§5.1 "Intellectual Property Rights"; Service Specific Terms (not read)',
            note: 'The main terms place no limit on using or selling data you derive through the services, but the generative-AI conditions in the Service Specific Terms could not be read.',
          },
          outputOwnership: {
            status: 'yes',
            section: '§5.1 "Intellectual Property Rights"; Definitions > "Customer Data"',
            note: 'The customer keeps all IP rights in Customer Data, which covers both what it sends and what it derives from that through the services, such as generated output.',
          },
          trainsOnInputs: {
            status: 'no',
            section:
              '§5.2 "Protection of Customer Data"; §4.3 "Generative AI Safety and Abuse for GCP Services"',
            note: 'Google may process Customer Data only as the Cloud Data Processing Addendum allows and for no other purpose. Prompts may be logged when automated tools flag possible abuse, solely to review the violation.',
          },
          ipIndemnity: {
            status: 'conditional',
            section: '§13.1 "Google Indemnification Obligations"; §13.3 "Exclusions"; §13.4 "Conditions"',
            note: 'Google defends customers against third-party claims that a service used as agreed infringes IP rights, except for services provided free of charge, combinations with other material, or the customer’s breach. Protection for generated output is in the Service Specific Terms, which we could not read.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            section: '§3.3 "Restrictions"; §15 "Regional Modifications"',
            note: 'The terms exclude no region; customers must follow export-control law, and some billing regions get modified terms.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section:
              '§3.3 "Restrictions"; §4.1 "AUP Violations"; §4.3 "Generative AI Safety and Abuse for GCP Services"',
            note: 'The Google Cloud Acceptable Use Policy applies to all use, and Google’s abuse checks on generative AI services look for breaches of that policy and of the Generative AI Prohibited Use Policy.',
          },
        },
      },
    ],
  },
]);
