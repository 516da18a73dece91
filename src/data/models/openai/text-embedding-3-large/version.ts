/**
 * text-embedding-3-large: OpenAI's larger third-generation embedding model, sold only through the
 * OpenAI API; read from the January 2024 launch post and OpenAI's model page.
 */
import {defineVersion, ev, G, closed, open} from '../../../define';
import maker from '../maker';

const launch = ev('openai-new-embedding-models', '2024-01-25');
const modelPage = ev('openai-text-embedding-3-large-docs', '2026-12');

export default defineVersion(maker, {
  id: 'text-embedding-3-large',
  name: 'text-embedding-3-large',
  organization: 'OpenAI',
  firstRelease: '2024-01-25',
  releaseSource: 'openai-new-embedding-models',
  summary:
    'OpenAI’s larger third-generation text-embedding model, launched in January 2024 and sold only through its API; size, data and training are undisclosed.',
  inputs: ['text'],
  outputs: ['embedding'],
  parameters: {
    status: 'not-disclosed',
    note: 'OpenAI has not published its size or architecture.',
    ...launch,
  },
  license: 'openai-terms',
  access: ['api'],
  howToGet:
    'Call the embeddings endpoint of the OpenAI API with the model text-embedding-3-large; no download.',
  openness: {
    weights: closed(launch, 'Launched as an API model; no weights were released.'),
    inferenceCode: closed(launch, 'No inference code; embeddings come only from the OpenAI API.'),
    trainingCode: closed(launch, 'Training code not released.'),
    trainingData: closed(launch, 'Training data not released.'),
    dataDocumentation: closed(launch, 'The launch post does not describe the training data.'),
    paper: closed(
      launch,
      'No technical report; the launch post gives only benchmark averages against older models.',
    ),
    modelCard: closed(
      modelPage,
      'No model card or system card; the model page has a short description, price and endpoints.',
    ),
    license: closed(modelPage, 'Proprietary: usable only under OpenAI’s API terms.'),
    api: open(modelPage, 'Listed for the OpenAI embeddings endpoint at $0.13 per million tokens.'),
  },
  guidePages: [G.closed, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'openai-new-embedding-models',
      title: 'New embedding models and API updates (text-embedding-3-small and -large)',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/new-embedding-models-and-api-updates/',
      published: '2024-01-25',
      kind: 'primary',
      topic: 'openai',
    },
    {
      id: 'openai-text-embedding-3-large-docs',
      title: 'text-embedding-3-large: model page in the OpenAI API docs',
      publisher: 'OpenAI',
      url: 'https://developers.openai.com/api/docs/models/text-embedding-3-large',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
