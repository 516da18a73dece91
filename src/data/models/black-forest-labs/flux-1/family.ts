/**
 * The FLUX.1 family: what its page says and the sources its versions share, read from the
 * black-forest-labs/flux repository (first commit 1f71c43, 2024-08-01; pinned at 802fb47,
 * 2025-07-31). Each version is a folder beside this file.
 */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'flux-1',
  name: 'FLUX.1',
  summary:
    'Black Forest Labs’ first image line (from August 2024): open-weight 12B models, [schnell] under Apache 2.0 and [dev] and the later Kontext [dev] editor under a non-commercial license, beside the API-only [pro].',
  sources: [
    {
      id: 'flux-1-first-readme',
      title:
        'FLUX README at the first commit (1f71c43): the three FLUX.1 models, their licenses and download notes',
      publisher: 'Black Forest Labs on GitHub',
      url: 'https://github.com/black-forest-labs/flux/blob/1f71c43377442214387f8f07b32500df79ba1067/README.md',
      published: '2024-08-01',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'flux-1-readme',
      title: 'FLUX README: open-weight models, licenses, API and citation sections',
      publisher: 'Black Forest Labs on GitHub',
      url: 'https://github.com/black-forest-labs/flux/blob/802fb4713906133fcbd0d8dc5351620ca4773036/README.md',
      asOf: '2025-07-31',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'flux-1-code-license',
      title: 'black-forest-labs/flux LICENSE (Apache License 2.0, for the repository’s code)',
      publisher: 'Black Forest Labs on GitHub',
      url: 'https://github.com/black-forest-labs/flux/blob/802fb4713906133fcbd0d8dc5351620ca4773036/LICENSE',
      asOf: '2025-07-31',
      kind: 'primary',
      topic: 'licenses',
    },
  ],
});
