/**
 * Cohere's service documents. Only the Usage Policy is here, read from the docs source in
 * cohere-ai/cohere-developer-experience at pinned commits. Cohere's Terms of Use and SaaS Agreement
 * (cohere.com/terms-of-use, cohere.com/saas-agreement) are left out: no full, readable copy was found.
 */
import {defineDocuments} from './define';

const REPO = 'https://github.com/cohere-ai/cohere-developer-experience/blob';
const PATH = 'fern/pages/responsible-use/responsible-use/usage-guidelines.mdx';
const READ_ON = '2026-12-07';

export const documents = defineDocuments([
  {
    id: 'cohere-usage-policy',
    name: 'Cohere Usage Policy',
    kind: 'usage-policy',
    audience: 'everyone',
    provider: 'cohere',
    url: 'https://docs.cohere.com/docs/usage-policy',
    summary:
      'The list of banned uses for every Cohere product and service, models and API included. It bans child sexual exploitation, incitement to violence and hate, illegal activity (including deliberately generating IP-infringing output), weapons and drugs, privacy and security attacks, surveillance and predictive policing, deepfakes and other deception, misinformation and political campaigning, jailbreaking, and high-risk uses such as automated decisions about people in areas such as employment, housing, healthcare or finance (back-office uses excepted). Public-facing chatbots built on Cohere must tell users they are talking to an AI. Cohere may restrict or end access for violations.',
    versions: [
      {
        label: 'Usage Guidelines',
        date: '2024-04-02',
        source: {
          url: `${REPO}/7da27d43ab29142aee0e92be77545fabba4c5563/${PATH}`,
          pin: 'commit',
          readOn: READ_ON,
        },
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: '§3 "Understand and Prevent Disallowed Use Cases"',
            note: 'The earlier "Usage Guidelines" required developers to have their use case approved and banned a longer, looser list of uses, among them violence and hate, harassment, political manipulation, fraud, spam, passing off generations as human-written, automated social-media posting, undisclosed machine-generated content and decisions without a human in the loop.',
          },
        },
      },
      {
        label: 'Updated 21 November 2024',
        date: '2024-11-21',
        source: {
          url: `${REPO}/57059a6d637776752183459fd61be90c23251b1b/${PATH}`,
          pin: 'commit',
          readOn: READ_ON,
        },
        changes:
          'Rewritten and renamed "Usage Policy": it now covers all Cohere services, no longer mentions use-case approval, regroups the bans into universal requirements (adding surveillance, predictive policing, weapons and controlled substances, and a defined set of high-risk uses with a back-office exception), and adds duties for customer applications, including telling users of public-facing bots that they are talking to an AI. The blanket bans on automated social-media posting and undisclosed machine-generated content were dropped; deceptive deepfakes or human-passing content remain banned.',
        clauses: {
          acceptableUsePolicy: {
            status: 'yes',
            section: '"Universal Requirements"; "Customer Application Requirements"',
            note: 'Bans child sexual exploitation, incitement and hate, illegal activity, weapons and controlled substances, privacy and security attacks, surveillance, deception and deepfakes, misinformation and political campaigning, jailbreaking, and high-risk uses; your application’s users must be bound by similar rules, and public-facing bots must disclose that they are AI.',
          },
        },
      },
    ],
  },
]);
