/** The Gemini family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'gemini',
  formerIds: ['gemini-family'],
  name: 'Gemini',
  summary:
    'Google’s flagship assistant and model line (formerly Bard), offered through Google’s apps and API.',
  sources: [
    {
      id: 'gemini-api-changelog',
      title: 'Gemini API release notes (changelog)',
      publisher: 'Google AI for Developers',
      url: 'https://ai.google.dev/gemini-api/docs/changelog',
      asOf: '2026-02-19',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
