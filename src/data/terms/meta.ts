/**
 * Meta's terms for using its models through Meta's own services: the Llama API (renamed the Meta
 * Model API in July 2026) and the Meta AI assistant, read from Open Terms Archive's
 * genai-eu-versions records (folders `Llama API/` and `Meta AI/`). The Llama community licenses
 * for downloaded weights live in ../licenses/llama.ts, not here.
 *
 * OTA's "Llama API/Terms of Service" file appends Meta's Data Security Terms (and, at times, the
 * Global Processor Terms) after the API terms; many of its commits are only flips between a real
 * capture and an error page, or changes to those appended documents. The API terms text itself
 * changed on 8 July 2026 and again in August 2026. The API's acceptable use policy is its own
 * document ("Llama API AUP", now "Meta Model API Acceptable Use Policy"), not the Llama Acceptable
 * Use Policy that comes with the downloadable Llama models, so it has its own id here.
 */
import {OTA_GENAI_EU as OTA, defineDocuments} from './define';

const READ_ON = '2026-12-07';

const apiTerms = (commit: string) => `${OTA}/${commit}/Llama%20API/Terms%20of%20Service.md`;
const apiPolicy = (commit: string) => `${OTA}/${commit}/Llama%20API/Acceptable%20Use%20Policy.md`;
const metaAiTerms = (commit: string) => `${OTA}/${commit}/Meta%20AI/Terms%20of%20Service.md`;

export const documents = defineDocuments([
  {
    id: 'meta-llama-api-terms',
    name: 'Meta Model API Terms of Service (formerly Llama API Terms of Service)',
    kind: 'terms-of-service',
    audience: 'business',
    provider: 'meta',
    url: 'https://llama.developer.meta.com/legal/terms-of-service',
    summary:
      'The contract for developers using Meta’s hosted model API, still described as a limited preview. It is meant for commercial use: you may build products that let your end users reach the models, but not resell raw access. You own inputs and outputs; you may not use the service or its outputs to train models or services that compete with Meta’s, must meet any legal AI-labeling duties, and (under the API policy) must keep Meta’s watermarks on outputs you distribute. Meta does not train on traffic to "Standard" models, but trains on everything sent to cheaper "Discounted" models, and only paying Standard users get Meta’s IP indemnity. Availability by country follows a separate geographic use policy. Until July 2026 the Llama API terms instead barred training on all content, required "Built with Llama" attribution for distributed models, excluded companies above 700 million monthly users, and kept EU-based users off multimodal models.',
    versions: [
      {
        label: 'Release date 29 April 2025 (Llama API)',
        date: '2025-04-29',
        source: {
          url: apiTerms('8fde87ed556135d5722ea4528013f6efcdadbb52'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'yes',
            section: '§1.1 "Right to Services"; §1.2 "Commercial Terms"',
            note: 'You could use and fine-tune the models and build integrations that let your end users reach them, unless your products had more than 700 million monthly active users, in which case you needed Meta’s permission.',
          },
          userThreshold: {
            status: 'yes',
            monthlyActiveUsers: 700_000_000,
            effect: 'separate-license',
            measuredAt: 'ongoing',
            section: '§1.2 "Commercial Terms"',
            note: 'If you or your affiliates had more than 700 million monthly active users in the preceding calendar month, you could not use the API until Meta expressly granted rights.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§4.2 "Attribution"; §6.1 (v)',
            note: 'Fine-tuning and distilling through the API were allowed, and outputs could train other models; a model built with Llama outputs and then distributed had to carry "Llama" at the start of its name.',
          },
          derivatives: {
            status: 'conditional',
            section: '§2 "Additional Terms"; §4.1 "Fine-Tuned Models"; §4.2 "Attribution"',
            note: 'You could fine-tune Llama models through the API and download the results; downloaded models fell under the matching Llama community license, and distributing them required the license copy, a notice file and "Built with Llama".',
          },
          attributionDuties: {
            status: 'yes',
            section: '§4.2 "Attribution"',
            note: 'Distributing a Llama model or a product containing one required showing "Built with Llama", shipping the license and a notice file, and naming any model trained on Llama outputs with a "Llama" prefix; this did not apply to your end users.',
          },
          outputUse: {
            status: 'yes',
            section: '§5.1 "Content Rights"; Llama API AUP §3',
            note: 'You owned outputs and could use them, but the API policy barred presenting outputs as human-generated.',
          },
          trainsOnInputs: {
            status: 'no',
            section: '§5.2 "Aggregate Data"; §5.1 "Content Rights"',
            note: 'Meta promised not to use your content to train any AI models; it kept content for 30 days to run the service and used only aggregated, anonymized usage data to improve its products.',
          },
          ipIndemnity: {
            status: 'conditional',
            section: '§14.2 "Meta’s indemnity to you"; §9 "Payments"',
            note: 'Only paid use was covered: Meta would indemnify against third-party IP claims over paid use, outputs and its training data, excluding fine-tuned models, combinations, altered outputs and knowing misuse. The service was then free of charge, so in practice nobody was covered yet.',
          },
          regionExclusion: {
            status: 'yes',
            regions: ['European Union (multimodal models only)', 'US-embargoed countries (commercial use)'],
            section: '§1.3 "Restrictions"; §17 "General"',
            note: 'EU-domiciled individuals and EU-based companies could not use multimodal models through the API (their end users could); people in US-embargoed countries or on US sanctions lists could not use the service commercially.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'meta-llama-api-acceptable-use-policy',
            section: '§6.1 "Compliance with restrictions"',
            note: 'Use had to follow the Llama API Acceptable Use Policy, and you could not upload children’s, health, financial or other sensitive data.',
          },
        },
      },
      {
        label: 'Release date 8 July 2026 (Meta Model API)',
        date: '2026-07-08',
        source: {
          url: apiTerms('e34381a3236a8c03271bf21c3bd044e99da87594'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'The Llama API became the Meta Model API, "for a limited preview period". Free use ("Unpaid Services", including promotional credits) now lets Meta train on your inputs and outputs, while paid use does not. New restrictions forbid using outputs to train models that compete with Meta’s and publishing benchmarks to market a rival; availability follows a geographic use policy. The 700-million-user clause, the EU multimodal ban, fine-tuning and the "Built with Llama" attribution rules were removed, and the IP indemnity, still limited to paid use, no longer covers use paid with promotional credits and gained new exclusions (such as continued use after an infringement notice).',
        clauses: {
          commercialUse: {
            status: 'yes',
            section: '§1 "Services"; §10.1 (i)',
            note: 'You may build products that let your end users interface with the models; you may not let third parties use the service or your API key otherwise.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§10.1 (ix)',
            note: 'Outputs may not be used to train, fine-tune or distill a model that competes with Meta’s, nor collected systematically for such datasets, without written permission; evaluation and benchmarking of your own systems is allowed.',
          },
          outputUse: {
            status: 'yes',
            section: '§4.1 "Content Rights"; Meta Model API AUP',
            note: 'You own outputs and may use them; the API policy bars presenting them as human-generated and tampering with Meta’s provenance labels on them.',
          },
          trainsOnInputs: {
            status: 'conditional',
            optOut: true,
            section:
              '§5 "Paid Services" > §5.1; §6 "Unpaid Services" > §6.1, §6.2; §13.3 "Promotional Credits"',
            note: 'Content sent through unpaid use, including promotional credits, may be used to train Meta’s models after steps to detach it from your account; content from paid use is processed for you only and not trained on. Paying is the only way to keep traffic out of training.',
          },
          ipIndemnity: {
            status: 'conditional',
            section: '§17.2 "Meta’s Indemnity to You"',
            note: 'Paid users (not using promotional credits) are indemnified against third-party IP claims about their paid use, Meta’s training data and unmodified outputs, with exclusions for changes, combinations, altered outputs, disabled safety features and knowing misuse.',
          },
        },
      },
      {
        label: 'Last updated 21 August 2026',
        date: '2026-08-21',
        source: {
          url: apiTerms('4812532797e75d8bd27b308499e3e7972b41c7bc'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'On 5 August 2026 the paid/unpaid split became a split by model tier: traffic to "Discounted" models is trained on and traffic to "Standard" models is not, whatever you pay; downloadable tools (such as a coding harness) were added under a restrictive licence, and the anti-competition clause now also covers using the service itself to build competing products. The 21 August 2026 edition adds that the service is intended for commercial use and expressly bans reselling access, including through model aggregators, gateways or proxies.',
        clauses: {
          commercialUse: {
            status: 'yes',
            section: '§1 "Services"; §10.1 (i)',
            note: 'The service is meant for commercial use: you may build applications and integrations that let your end users reach the models, but may not resell or pass on access on its own, including through aggregators, API gateways or proxies, without Meta’s written approval.',
          },
          outputsForTraining: {
            status: 'conditional',
            section: '§10.1 (ix)',
            note: 'Neither the service nor its outputs may be used to train, fine-tune or distill a model, product or service that competes with Meta’s, nor to build datasets for one, without written permission; evaluating or benchmarking your own systems is allowed, and training non-competing models is not forbidden.',
          },
          outputUse: {
            status: 'conditional',
            section: '§1 "Services"; §4.1 "Content Rights"; Meta Model API AUP',
            note: 'You own outputs and may put them in your products, but must meet any legal duty to label or mark AI content, must keep the watermarks and provenance signals Meta applies when you distribute outputs, and may not present them as human-generated.',
          },
          outputOwnership: {
            status: 'yes',
            section: '§4.1 "Content Rights"',
            note: 'As far as the law allows, you own your inputs and outputs and Meta claims no ownership of them; outputs may contain material under third-party licenses.',
          },
          trainsOnInputs: {
            status: 'conditional',
            optOut: true,
            section: '§5 "Standard Services" > §5.1; §6 "Discounted Services" > §6.1, §6.2',
            note: 'Anything sent to Discounted models may be used to train and improve Meta’s models (after steps to detach it from your account); content sent to Standard models is processed for you only and not trained on. Which models are which is set in a separate Meta policy; using Standard models is the only way to avoid training.',
          },
          ipIndemnity: {
            status: 'conditional',
            section: '§17.2 "Meta’s Indemnity to You"; §17.2.1 "Exclusions"',
            note: 'Only users of Standard models who are not paying with promotional credits are indemnified, against third-party IP claims about their use, Meta’s training data and unmodified outputs; modified services or outputs, combinations, disabled safeguards, use after an infringement notice and trademark claims are excluded.',
          },
          regionExclusion: {
            status: 'yes',
            regions: [
              'countries not permitted by the Meta Model API Model Designation and Geographic Use Policy',
              'US-embargoed countries (commercial use)',
            ],
            section: '§10.1 (v); §6.2; §20 "General"',
            note: 'The service, outputs and your products may not be used or offered where Meta’s separate Model Designation and Geographic Use Policy (not read here) does not allow, some places are excluded from Discounted models, and people in US-embargoed countries may not use it commercially.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            policy: 'meta-llama-api-acceptable-use-policy',
            section: '§1 "Services"; §10.1 "Compliance with Restrictions" (vi)',
            note: 'Your use, outputs and products must follow the Meta Model API Acceptable Use Policy, you answer for your end users’ compliance, and users must be 18 or older.',
          },
        },
      },
    ],
  },
  {
    id: 'meta-llama-api-acceptable-use-policy',
    name: 'Meta Model API Acceptable Use Policy (formerly Llama API AUP)',
    kind: 'usage-policy',
    audience: 'business',
    provider: 'meta',
    url: 'https://dev.meta.ai/legal/acceptable-use-policy',
    summary:
      'The banned-uses list for Meta’s hosted model API and for products built on it. This is the API’s own policy, not the Llama Acceptable Use Policy that comes with the downloadable Llama models, though the original 2025 version followed the same outline. It bans illegal and rights-infringing uses, harassment and discrimination, unlicensed professional practice, non-consensual intimate or deepfake imagery, malware and cyberattacks, weapons, drugs and critical-infrastructure uses, fraud and disinformation, presenting outputs as human-made, EU-AI-Act-style biometric and surveillance practices, and AI agents that evade human oversight. Outputs you distribute must keep Meta’s watermarks and provenance labels. Meta may grant exceptions, for example for security research.',
    versions: [
      {
        label: 'Llama API AUP',
        date: '2025-11-13',
        source: {
          url: apiPolicy('ba6c4986aab9069a16ba09398c6258c929203e67'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: '"Prohibited Uses" 1–5',
            note: 'Banned illegal activity and content, harassment, discrimination, unlicensed professional practice, collecting sensitive data without a right, infringement, malware, circumventing safety measures, weapons and other life-endangering uses, fraud, defamation, spam, impersonation, presenting outputs as human-made, and failing to disclose known dangers of your AI system.',
          },
          outputUse: {
            status: 'yes',
            section: '"Prohibited Uses" 3.5',
            note: 'The only output-specific rule was that outputs may not be presented as human-generated.',
          },
        },
      },
      {
        label: 'Meta Model API AUP',
        date: '2026-07-08',
        source: {
          url: apiPolicy('46a0289b3c04616dfa54e166ea8f44a5995638eb'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'Renamed for the Meta Model API and expanded: new bans on non-consensual intimate imagery and voice or likeness cloning, tampering with watermarks or provenance labels on outputs, evading enforcement with new accounts, EU-AI-Act-style biometric and surveillance practices, and AI agents that evade human oversight or act without authorization; Meta can now grant exceptions.',
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: '"Prohibited Uses"; "Exceptions"',
            note: 'Adds bans on deepfakes and voice cloning without consent, removing provenance labels, biometric identification and surveillance practices, manipulative techniques, social scoring, predictive policing and unsupervised agent actions to the 2025 list.',
          },
          outputUse: {
            status: 'yes',
            section: '"Prohibited Uses" (provenance and deception items)',
            note: 'Outputs may not be presented as human-generated, and Meta’s watermarks, labels or metadata on them may not be removed or altered.',
          },
        },
      },
      {
        label: 'Meta Model API AUP (August 2026)',
        date: '2026-08-18',
        source: {
          url: apiPolicy('dfa47c0d4994ee458f81358aef017ce37c0dc35e'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        changes:
          'Recorded on 5 August 2026 (the 18 August record only changes the exceptions e-mail address): the policy now covers outputs, agent actions, downloadable materials and products built on the API; it adds bans on cyberattacks, vulnerability exploitation, offensive cyber tools and supply-chain compromise, requires keeping Meta’s provenance signals when distributing outputs, and requires any regulatory classification or registration of AI systems before deployment.',
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: '"Prohibited Uses"; "Exceptions"',
            note: 'Bans illegal and rights-infringing uses, harassment, discrimination, unlicensed professional practice, deepfakes, malware and cyberattacks, provenance tampering, prohibited biometric and surveillance practices, life-endangering uses, fraud and disinformation, unsupervised agent actions, and failing to disclose known risks; it applies to outputs and products built on the API too.',
          },
          outputUse: {
            status: 'conditional',
            section: '"Prohibited Uses" (provenance and deception items)',
            note: 'You may distribute outputs, including in your products, only with Meta’s watermarks, labels and provenance metadata intact, and may not present them as human-generated.',
          },
        },
      },
    ],
  },
  {
    id: 'meta-ai-terms',
    name: 'Meta AIs Terms of Service (EU)',
    kind: 'terms-of-service',
    audience: 'consumer',
    provider: 'meta',
    url: 'https://www.facebook.com/legal/eu-ai-terms',
    summary:
      'The terms for people in the European Region using Meta AI and the other generative AI features in Meta’s apps (the UK, Brazil and the rest of the world have their own editions, not read here). They list banned uses in the terms themselves, from illegal content and adult content to biometric categorization, social scoring and seeking professional advice. You keep your rights in your prompts, but the terms say nothing about owning, selling or reusing outputs, and nothing about business use. Meta uses your interactions to improve its AI, as the Privacy Policy explains; in the EU this rests on legitimate interests, which you may object to. There is no indemnity, and Meta disclaims responsibility for outputs.',
    versions: [
      {
        label: 'Effective 13 May 2026',
        date: '2026-05-13',
        source: {
          url: metaAiTerms('c375e3af1d79b977c35aeedf8705e8fb5f3f73b6'),
          pin: 'open-terms-archive',
          readOn: READ_ON,
        },
        clauses: {
          commercialUse: {
            status: 'unclear',
            section: '"Your Commitments"; "Disputes"',
            note: 'The terms neither grant nor forbid business use; they only mention it to send business disputes to the Irish courts.',
          },
          outputsForTraining: {
            status: 'unclear',
            section: '"Prompts, Results, and Other Content"',
            note: 'The terms do not say whether outputs may be used to train other models.',
          },
          outputUse: {
            status: 'unclear',
            section:
              '"Prompts, Results, and Other Content" > "Accuracy and Warning Regarding Content"; "Acceptable Uses"',
            note: 'The terms grant no rights in outputs and do not say whether you may publish or sell them; they make you responsible for what you do with them and ban deceptive uses such as plagiarism.',
          },
          outputOwnership: {
            status: 'unclear',
            section: '"Prompts, Results, and Other Content" > "Rights to Content"',
            note: 'You keep whatever rights you have in your prompts, but the terms do not say who owns outputs.',
          },
          trainsOnInputs: {
            status: 'yes',
            optOut: true,
            section:
              '"Prompts, Results, and Other Content" > "Personal Information"; Meta Privacy Policy (EU) > "Developing and improving AI at Meta" and the right to object',
            note: 'The Privacy Policy lists your prompts, messages and other interactions with Meta AI among the data Meta uses to develop and improve its AI, on the basis of legitimate interests. You can object through Facebook’s settings or Help Center; Meta weighs the objection but says it will stop unless it has compelling grounds.',
          },
          ipIndemnity: {
            status: 'no',
            section: '"Accuracy of Outputs and Limitations on Liability"',
            note: 'There is no promise to defend users against IP claims; Meta says it is not responsible for outputs and makes users check them.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            section: 'Preamble; "Your Commitments" > "Eligibility"',
            note: 'No region is excluded; this edition covers the European Region, other places have their own editions, and only people barred by law from Meta’s services are excluded.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section: '"Your Commitments" > "Acceptable Uses"',
            note: 'The banned-uses list is in the terms themselves: illegal content including CSAM, harmful or manipulative content, social scoring, predictive policing, facial-recognition scraping, emotion recognition at work or school, biometric categorization, life-endangering uses, adult content, deception, infringement, seeking professional advice and overriding safety filters.',
          },
        },
      },
    ],
  },
]);
