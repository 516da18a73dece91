/**
 * Gemini Embedding (gemini-embedding-001): Google's text-embedding model, sold only through the
 * Gemini API and Vertex AI; read from Google's model and API pages and the March 2025 report.
 */
import {defineVersion, ev, G, closed, hostedOnly, open, partial} from '../../../define';
import maker from '../maker';

const modelPage = ev('gemini-embedding-001-model-page', '2026-02-18');
const vertexApi = ev('vertex-text-embeddings-api', '2026-12');
const report = ev('gemini-embedding-report', '2025-03-10');

export default defineVersion(maker, {
  id: 'gemini-embedding-001',
  name: 'Gemini Embedding (gemini-embedding-001)',
  organization: 'Google',
  firstRelease: '2025-03-07',
  releaseSource: 'gemini-embedding-launch-post',
  summary:
    'Google’s text-embedding model built from Gemini, announced with a report in March 2025 and sold as gemini-embedding-001 through the Gemini API and Vertex AI; size, data and weights are not released.',
  inputs: ['text'],
  outputs: ['embedding'],
  parameters: {
    status: 'not-disclosed',
    note: 'Google has not published a parameter count; the report’s abstract describes it only as built on Gemini.',
    ...report,
  },
  license: 'google-terms',
  access: ['api'],
  howToGet:
    'Call the Gemini API or the Vertex AI text-embeddings API with the model code gemini-embedding-001; no download.',
  openness: {
    ...hostedOnly(modelPage, 'Google'),
    dataDocumentation: closed(
      modelPage,
      'The model page says nothing about training data; we read only the report’s abstract, which does not describe it either.',
    ),
    paper: partial(
      report,
      'A technical report presents the Gemini-based model and its MMTEB results; no parameter count in the parts we read.',
    ),
    modelCard: closed(
      modelPage,
      'No model card; the model page lists the model code, output sizes (128 to 3,072) and the month of its last update.',
    ),
    license: closed(
      modelPage,
      'Proprietary: usable only as a Google service; the page’s CC BY notice covers the documentation, not the model.',
    ),
    api: open(
      vertexApi,
      'Listed in the Vertex AI text-embeddings API (up to 3,072 dimensions, 2,048 input tokens) and in the Gemini API.',
    ),
  },
  guidePages: [G.closed, G.beyondChat],
  lastVerified: '2026-12-07',
  changes: [
    {
      date: '2026-12-07',
      kind: 'correction',
      what: 'First release corrected from 10 to 7 March 2025: Google made the experimental model available in the Gemini API on 7 March; 10 March is the report’s arXiv date (found by the sample audit).',
      source: 'gemini-embedding-launch-post',
    },
  ],
  added: '2026-12-07',
  sources: [
    {
      id: 'gemini-embedding-launch-post',
      title: 'State-of-the-art text embedding via the Gemini API (experimental gemini-embedding-exp-03-07)',
      publisher: 'Google for Developers blog',
      url: 'https://developers.googleblog.com/es/gemini-embedding-state-of-the-art-text-embedding-via-the-gemini-api',
      published: '2025-03-07',
      kind: 'primary',
      topic: 'models',
      note: 'Read at this address (the page text is English); it announces the experimental model in the Gemini API on 7 March 2025. The stable gemini-embedding-001 id came later.',
    },
    {
      id: 'gemini-embedding-001-model-page',
      title: 'Gemini Embedding (gemini-embedding-001): Gemini API model page',
      publisher: 'Google AI for Developers',
      url: 'https://ai.google.dev/gemini-api/docs/models/gemini-embedding-001',
      asOf: '2026-02-18',
      kind: 'primary',
      topic: 'models',
      note: 'Read in its Chinese and Japanese versions, last updated 2026-02-18; the page gives the model code, output sizes and a June 2025 latest update.',
    },
    {
      id: 'vertex-text-embeddings-api',
      title: 'Text embeddings API reference (gemini-embedding-001 and older models)',
      publisher: 'Google Cloud Vertex AI',
      url: 'https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/text-embeddings-api',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read in its German version.',
    },
    {
      id: 'gemini-embedding-report',
      title: 'Gemini Embedding: Generalizable Embeddings from Gemini',
      publisher: 'Lee et al., Google (arXiv 2503.07891; Hugging Face Papers page)',
      url: 'https://huggingface.co/papers/2503.07891',
      published: '2025-03-10',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
