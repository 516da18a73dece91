/** The Mistral family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'mistral',
  name: 'Mistral',
  summary:
    'Models from Mistral AI that it released with downloadable weights; this page covers the releases the guide has records for.',
  sources: [
    {
      id: 'mistral-inference-readme-2557e12',
      title: 'mistral-inference README: model downloads, licenses and usage (commit 2557e12)',
      publisher: 'Mistral AI on GitHub',
      url: 'https://github.com/mistralai/mistral-inference/blob/2557e12d0e1878a1562ece30434820f80aa3e12a/README.md',
      asOf: '2026-02-26',
      kind: 'primary',
      topic: 'models',
      note: 'The library itself is under Apache 2.0 (LICENSE at the same commit).',
    },
  ],
});
