/**
 * Mistral Small 3.1: Mistral AI's 24B text-and-image model under Apache 2.0, rated from its Hugging
 * Face model card and the mistral-common vLLM guide pinned at commit de85e20 (2025-06-25).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const card = ev('mistral-small-3-1-base-card', '2026-12');
const vllmGuide = ev('mistral-common-small-3-1-guide', '2025-06-25');
const githubModels = ev('github-models-deprecations-2025-10', '2025-10-31');

export default defineVersion(family, {
  id: 'mistral-small-3-1',
  name: 'Mistral Small 3.1',
  organization: 'Mistral AI',
  firstRelease: '2025-03-17',
  releaseSource: 'ai-tldr-mistral-small-3-1',
  summary:
    'A 24B model from Mistral AI that reads text and images, with a 128k-token context, released as base and instruct checkpoints under Apache 2.0.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 2.4e10}],
    note: 'The model card gives 24 billion parameters; it does not split out the vision encoder.',
    ...card,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download mistralai/Mistral-Small-3.1-24B-Instruct-2503 (or the Base-2503 checkpoint) from Hugging Face and serve it with vLLM; check the license on the copy you download.',
  openness: {
    weights: open(card, 'Base and instruct checkpoints on Hugging Face under Apache 2.0.'),
    inferenceCode: open(
      vllmGuide,
      'Mistral’s guide serves it with vLLM and its own Apache-2.0 mistral-common library for prompts, images and tool calls.',
    ),
    trainingCode: closed(
      card,
      'No training code in the sources we read; the card covers features and benchmarks.',
    ),
    trainingData: closed(card, 'Training data not released.'),
    dataDocumentation: closed(
      card,
      'The card lists supported languages and the tokenizer, not what the model was trained on.',
    ),
    paper: closed(card, 'No technical report; the card points to a blog post for more.'),
    modelCard: partial(
      card,
      'Key features, supported languages and benchmark tables; we saw no section on limitations or risks.',
    ),
    license: open(card, 'Apache 2.0, an OSI-approved license.'),
    api: open(
      githubModels,
      'GitHub Models hosted it as mistral-small-2503 in October 2025; we did not read Mistral’s own API docs.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'mistral-small-3-1-base-card',
      title: 'Mistral-Small-3.1-24B-Base-2503 model card',
      publisher: 'Mistral AI on Hugging Face',
      url: 'https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Base-2503',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'mistral-common-small-3-1-guide',
      title: 'Chat completion using Mistral Small 3.1 (mistral-common docs, commit de85e20)',
      publisher: 'Mistral AI on GitHub',
      url: 'https://github.com/mistralai/mistral-common/blob/de85e203014c076471c239ab711cfc40f258e199/docs/examples/small_3.1_chat_completion.md',
      asOf: '2025-06-25',
      kind: 'primary',
      topic: 'models',
      note: 'The repository is under Apache 2.0 (its LICENCE file at the same commit); the example was removed from the docs in July 2025.',
    },
    {
      id: 'github-models-deprecations-2025-10',
      title: 'Deprecated models in GitHub Models (Mistral-Nemo users pointed to Mistral-small-2503)',
      publisher: 'GitHub Changelog',
      url: 'https://github.blog/changelog/2025-10-31-deprecated-models-in-github-models',
      published: '2025-10-31',
      kind: 'primary',
      topic: 'economics',
    },
    {
      id: 'ai-tldr-mistral-small-3-1',
      title: 'Mistral Small 3.1',
      publisher: 'AI/TLDR',
      url: 'https://ai-tldr.dev/models/mistral-small-3-1/',
      asOf: '2026-12',
      kind: 'secondary',
      topic: 'models',
      note: 'Secondary summary giving the 17 March 2025 release date; we did not read Mistral’s own announcement.',
    },
  ],
});
