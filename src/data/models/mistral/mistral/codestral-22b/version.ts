/**
 * Codestral 22B (v0.1): Mistral AI's first code model, May 2024, under the Mistral AI Non-Production
 * License (MNPL-0.1). Rated from its Hugging Face card, Mistral's release note of 29 May 2024, the
 * mistral-inference README pinned at commit 2557e12 (2026-02-26) and the MNPL text.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const card = ev('codestral-22b-card', '2026-12');
const releaseNote = ev('mistral-docs-codestral-2405-release', '2024-05-29');
const inference = ev('mistral-inference-readme-2557e12', '2026-02-26');
const mnpl = ev('mistral-mnpl-text', '2024-05-29');

export default defineVersion(family, {
  id: 'codestral-22b',
  name: 'Codestral 22B',
  organization: 'Mistral AI',
  firstRelease: '2024-05-29',
  releaseSource: 'mistral-docs-codestral-2405-release',
  summary:
    'Mistral AI’s first code model: 22B parameters, trained on 80+ programming languages for chat and fill-in-the-middle completion, with weights for non-production use only (MNPL).',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 2.2e10}],
    note: 'Named 22B by Mistral; the card gives no exact count.',
    ...inference,
  },
  license: 'mistral-mnpl-0.1',
  access: ['weights', 'api'],
  howToGet:
    'Download mistralai/Codestral-22B-v0.1 from Hugging Face or the tarball linked in the mistral-inference README and run it with mistral-inference; production use needs a license from Mistral AI.',
  openness: {
    weights: partial(
      inference,
      'Downloadable, but under the MNPL: testing, research, personal or evaluation use only, no production or commercial use.',
    ),
    inferenceCode: open(
      inference,
      'Mistral’s Apache-2.0 mistral-inference runs it, with chat and fill-in-the-middle examples in the README.',
    ),
    trainingCode: closed(card, 'No training code released in the sources we read.'),
    trainingData: closed(card, 'Training data not released.'),
    dataDocumentation: closed(
      card,
      'The card says only that it was trained on 80+ programming languages; no sources or sizes.',
    ),
    paper: closed(card, 'No technical report; the card points to a launch blog post.'),
    modelCard: partial(
      card,
      'A short card: the two ways to query it (instruct and fill-in-the-middle), usage code and a note that it has no moderation.',
    ),
    license: partial(
      mnpl,
      'MNPL-0.1, a custom non-commercial license: non-production use only; other uses need a separate license.',
    ),
    api: open(
      releaseNote,
      'Mistral’s API served it as codestral-2405 (then codestral-latest) from launch; we did not check whether that version is still offered.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'codestral-22b-card',
      title: 'Codestral-22B-v0.1 model card',
      publisher: 'Mistral AI on Hugging Face',
      url: 'https://huggingface.co/mistralai/Codestral-22B-v0.1',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read through stored copies of the card (a pull-request view of the README and Hugging Face’s community mirror); the repository’s “Release 240529” commit 21b2074 is tagged license mnpl.',
    },
    {
      id: 'mistral-docs-codestral-2405-release',
      title: 'Codestral 24.05 available for code generation and FIM (release note)',
      publisher: 'Mistral AI docs',
      url: 'https://docs.mistral.ai/resources/release-note/2024-05-29-codestral-2405-release',
      published: '2024-05-29',
      kind: 'primary',
      topic: 'models',
      note: 'Names the API model (codestral-2405, aka codestral-latest), 80+ languages, a 32k context window and the MNPL license.',
    },
  ],
});
