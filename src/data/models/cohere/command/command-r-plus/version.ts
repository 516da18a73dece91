/** Command R+: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const commandR = ev('cohere-command-r-plus', '2024-04');

export default defineVersion(family, {
  id: 'command-r-plus',
  name: 'Command R+',
  organization: 'Cohere',
  firstRelease: '2024-04',
  releaseSource: 'cohere-command-r-plus',
  summary:
    'A 104B model that Cohere sells through its API and also published as weights for non-commercial research.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 1.04e11}], ...commandR},
  license: 'CC-BY-NC-4.0',
  access: ['weights', 'api'],
  howToGet:
    "Research use: download from Hugging Face (CohereForAI). Commercial use: Cohere's API or cloud partners.",
  openness: {
    weights: partial(commandR, 'Downloadable, but only for non-commercial use.'),
    inferenceCode: open(commandR, 'The model card shows how to run it with Hugging Face Transformers.'),
    trainingCode: closed(commandR, 'Training code not released.'),
    trainingData: closed(commandR, 'Training data not released.'),
    dataDocumentation: closed(
      commandR,
      'The card gives languages and context length, not the training data.',
    ),
    paper: closed(commandR, 'No technical report for Command R+.'),
    modelCard: open(commandR, 'Hugging Face model card.'),
    license: partial(commandR, 'CC-BY-NC-4.0 forbids commercial use.'),
    api: open(commandR, "Sold through Cohere's API."),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'Command-R+.yml', note: 'Command R+.'}},
  sources: [
    {
      id: 'cohere-command-r-plus',
      title: 'CohereForAI/c4ai-command-r-plus model card',
      publisher: 'Cohere For AI on Hugging Face',
      url: 'https://huggingface.co/CohereForAI/c4ai-command-r-plus',
      published: '2024-04',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
