/**
 * Midjourney V7: Midjourney's April 2025 image model, used only inside its subscription web app and
 * Discord bot. Evidence is thin: Midjourney's own docs and update posts could not be opened, so
 * this record rests on secondary reports, hedged in each note.
 */
import {defineVersion, ev, G, closed} from '../../../define';
import maker from '../maker';

const releaseReport = ev('flowith-midjourney-v7', '2026-03-11');
const alphaReport = ev('aitalkin-midjourney-v7-alpha', '2026-12');
const accessReport = ev('skills-sh-midjourney-access', '2026-07-10');

export default defineVersion(maker, {
  id: 'midjourney-v7',
  name: 'Midjourney V7',
  organization: 'Midjourney',
  firstRelease: '2025-04',
  releaseSource: 'flowith-midjourney-v7',
  summary:
    'Midjourney’s seventh image model (April 2025), reported to add a faster, cheaper draft mode and personalization on by default; it runs only inside Midjourney’s paid web app and Discord bot, with no weights, API or technical report.',
  inputs: ['text'],
  outputs: ['image'],
  parameters: {
    status: 'not-disclosed',
    note: 'No parameter count or architecture for V7 in any source we could open.',
    ...alphaReport,
  },
  license: 'midjourney-terms',
  access: ['app'],
  howToGet:
    'With a Midjourney subscription, on midjourney.com or through the Midjourney bot on Discord (select V7 or add --v 7). No download and no official API.',
  openness: {
    weights: closed(releaseReport, 'Weights not released; V7 is used only inside Midjourney’s own service.'),
    inferenceCode: closed(
      releaseReport,
      'No inference code; images are generated only on Midjourney’s servers.',
    ),
    trainingCode: closed(releaseReport, 'Training code not released.'),
    trainingData: closed(releaseReport, 'Training data not released.'),
    dataDocumentation: closed(
      alphaReport,
      'Nothing on V7’s training data in the sources we could open; Midjourney’s own pages were not reachable for this check.',
    ),
    paper: closed(alphaReport, 'No technical report on V7’s architecture, size or training in our sources.'),
    modelCard: closed(
      alphaReport,
      'No model card; the launch, as reported, described features (draft mode, personalization, speed modes), not uses, limits or evaluations.',
    ),
    license: closed(
      accessReport,
      'No model license; use falls under Midjourney’s subscription terms, which reportedly forbid automated access.',
    ),
    api: closed(
      accessReport,
      'No public API: a 2026 summary of Midjourney’s guidelines says it offers none save rare granted exceptions and bans scripts and bots.',
    ),
  },
  guidePages: [G.closed, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'flowith-midjourney-v7',
      title: 'Midjourney V7: The Journey Toward Photorealistic AI Art (dates the V7 release to 4 April 2025)',
      publisher: 'Flowith blog',
      url: 'https://flowith.io/blog/midjourney-v7-photorealistic-ai-art',
      published: '2026-03-11',
      kind: 'secondary',
      topic: 'models',
      note: 'A third-party blog, used because Midjourney’s own update posts could not be opened.',
    },
    {
      id: 'aitalkin-midjourney-v7-alpha',
      title:
        'Midjourney V7 Unveils Draft Mode (report on the V7 alpha: draft mode, personalization, Turbo and Relax)',
      publisher: 'AI Talkin',
      url: 'https://aitalkin.com/t/midjourney-v7-unveils-draft-mode/966',
      asOf: '2026-12',
      kind: 'secondary',
      topic: 'models',
      note: 'Undated third-party report of Midjourney’s V7 alpha announcement.',
    },
    {
      id: 'skills-sh-midjourney-access',
      title:
        'Midjourney Video skill: summary of Midjourney’s Community Guidelines and Terms on API access and automation',
      publisher: 'skills.sh (calesthio/generative-media-skills)',
      url: 'https://www.skills.sh/calesthio/generative-media-skills/midjourney-video',
      asOf: '2026-07-10',
      kind: 'secondary',
      topic: 'models',
      note: 'A third-party summary, dated 10 July 2026, of Midjourney’s Community Guidelines and Terms of Service; not Midjourney’s own page.',
    },
  ],
});
