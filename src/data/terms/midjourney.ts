/**
 * Midjourney's Terms of Service (the subscription web app and Discord bot behind Midjourney V7),
 * read clause by clause from Open Terms Archive's GenAI contrib collection
 * (genai-contrib-versions, folder `Midjourney/`), which continues the history of the older
 * GenAI-versions collection. The Community Guidelines are section 9 of the terms themselves.
 */
import {defineDocuments} from './define';

const OTA = 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob';
const FILE = 'Midjourney/Terms%20of%20Service.md';
const readOn = '2026-12-07';

export const documents = defineDocuments([
  {
    id: 'midjourney-terms-of-service',
    name: 'Midjourney Terms of Service',
    kind: 'terms-of-service',
    audience: 'consumer',
    provider: 'midjourney',
    url: 'https://docs.midjourney.com/hc/en-us/articles/32083055291277-Terms-of-Service',
    summary:
      'The single agreement for Midjourney’s image and video service on its website and Discord. You own the images and videos you create as far as the law allows, except that a company (or its employee) with more than $1 million a year in revenue must be on a Pro or Mega plan to own them, and upscales of other people’s images stay theirs. In return Midjourney takes a perpetual, irrevocable licence to everything you put in and produce, and your work is public and remixable by default unless you pay for Stealth mode. You may not use the service to build competing products, automate it, or resell access, and the built-in Community Guidelines ban adult content, gore, election campaigning, deception and misleading people about where an image came from. Everything is provided as is, with no IP protection; you indemnify Midjourney instead.',
    versions: [
      {
        label: 'Version Effective Date: July 21, 2023',
        date: '2023-07-21',
        source: {
          url: `${OTA}/b967731130f472be572ea77e9168fb113a33a65b/${FILE}`,
          pin: 'open-terms-archive',
          readOn,
        },
        clauses: {
          commercialUse: {
            status: 'conditional',
            section: '§4 "Copyright and Trademark" > "Your Rights"',
            note: 'Only paying members owned what they made; free users got the images under a Creative Commons non-commercial licence (CC BY-NC 4.0), and staff of companies with over $1 million in yearly gross revenue needed a Pro or Mega membership for every person using the service for the company.',
          },
          outputUse: {
            status: 'conditional',
            section: '§4 "Copyright and Trademark" > "Your Rights"',
            note: 'Paying members could use and sell the images they owned; free users could only use them under CC BY-NC 4.0, which rules out commercial use and requires attribution.',
          },
          outputOwnership: {
            status: 'conditional',
            section: '§4 "Copyright and Trademark" > "Your Rights"',
            note: 'Paying members owned the assets they created in line with the terms (upscales of other people’s images excepted); free users and staff of large companies without the required plans did not.',
          },
          userThreshold: {
            status: 'yes',
            measuredAt: 'ongoing',
            section: '§4 "Copyright and Trademark" > "Your Rights"',
            note: 'An employee or owner of a company with more than $1,000,000 a year in gross revenue, working for that company, had to buy a Pro or Mega membership for each person using the service on its behalf in order to own the assets.',
          },
        },
      },
      {
        label: 'Version Effective Date: May 27, 2026',
        date: '2026-05-27',
        source: {
          url: `${OTA}/9e37c7b7f48d95bc5ea3387024e7a9f3f7057acb/${FILE}`,
          pin: 'open-terms-archive',
          readOn,
        },
        changes:
          'December 2023: every user now owns their assets (the free-tier CC BY-NC licence is gone), the large-company rule now simply requires a Pro or Mega subscription instead of one per person, the ban on “competitive research” became a ban on developing competing products or services, reselling access was forbidden, and the Community Guidelines gained rules against deception and misleading people about an asset’s nature or source. March 2024: users must indemnify Midjourney against third-party claims. August 2024: Midjourney’s licence now covers all content you put in (uploads too), not just text and image prompts. Later revisions (June 2025 video model, February 2026, May 2026 community translations) changed nothing on these topics.',
        clauses: {
          commercialUse: {
            status: 'conditional',
            section:
              '§1 "Service Availability and Quality"; §4 "Content Rights" > "Your Rights and Obligations"',
            note: 'You may use what you make in business, but a company (or employee of one) with more than $1 million a year in revenue must be on a Pro or Mega plan to own its assets. You may not resell or redistribute the service, access it with automated tools, share an account, or use it to develop competing products or services.',
          },
          outputsForTraining: {
            status: 'unclear',
            section: '§1 "Service Availability and Quality"',
            note: 'The terms do not mention training models on your assets; they do forbid using the service to develop or offer competing products or services, which could reach a rival image model.',
          },
          outputUse: {
            status: 'conditional',
            section: '§4 "Content Rights"; §9 "Community Guidelines"',
            note: 'You may use, publish and sell assets you own, subject to the revenue rule for large companies and third parties’ rights. The guidelines forbid using assets to deceive or defraud, misleading recipients about an asset’s nature or source, making images for political campaigns, and reposting others’ creations without permission.',
          },
          outputOwnership: {
            status: 'conditional',
            section: '§4 "Content Rights" > "Your Rights and Obligations"',
            note: 'You own your assets as far as the law allows and keep them after cancelling, except that companies with over $1 million in yearly revenue must be on a Pro or Mega plan and upscales of others’ images stay with their creators. Midjourney keeps a perpetual, irrevocable licence to reproduce, adapt and sublicense your content and assets.',
          },
          userThreshold: {
            status: 'yes',
            measuredAt: 'ongoing',
            section: '§4 "Content Rights" > "Your Rights and Obligations"',
            note: 'A company, or an employee of a company, with more than $1,000,000 a year in revenue must subscribe to a Pro or Mega plan to own its assets.',
          },
          trainsOnInputs: {
            status: 'unclear',
            section:
              '§4 "Content Rights" > "Rights You give to Midjourney"; Privacy Policy (last updated June 2, 2025) §2.2 "Use of Your Personal Data"',
            note: 'Neither document says whether your prompts, uploads or images train Midjourney’s models. You grant a perpetual, irrevocable licence to reproduce and make derivative works of everything you put in and produce, and the privacy policy lists improving the service as a use of your data; no opt-out from such use is described (Stealth mode only keeps your images from being published).',
          },
          ipIndemnity: {
            status: 'no',
            section: '§1 "Service Availability and Quality"; §10 "Limitation of Liability and Indemnity"',
            note: 'The service and assets come as is, without any warranty of non-infringement, Midjourney says it will stay out of your disputes with others, and you must indemnify Midjourney against third-party claims about your use of the service and assets.',
          },
          regionExclusion: {
            status: 'no',
            regions: [],
            section: '§2 "Age Requirements"; §13 "Miscellaneous"',
            note: 'The terms exclude no country; they set a minimum age of 13 (or the local age of digital consent) and put the agreement under California law.',
          },
          acceptableUsePolicy: {
            status: 'yes',
            section:
              '§9 "Community Guidelines"; §1 "Service Availability and Quality"; §11 "Image Editor and Video Model"',
            note: 'The Community Guidelines are part of the terms and ban abusive or hateful content, adult content and gore, election campaigning, fraud, illegal uploads and sharing others’ private information; breaking them is a breach that can end your access, with no refund for the current subscription period. Trying to infringe others’ IP is also forbidden.',
          },
        },
      },
    ],
  },
]);
