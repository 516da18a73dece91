/**
 * Imagen 4: Google's hosted text-to-image model (with Fast and Ultra tiers), read from Google
 * Cloud's Imagen 4 notebook (first version 6008d86, 2025-05-20; GA model ids at 29e6f18,
 * 2025-08-14) and the Gemini API's Imagen page, which now marks Imagen shut down.
 */
import {defineVersion, ev, G, closed, hostedOnly, open} from '../../../define';
import maker from '../maker';

const gaNotebook = ev('imagen-4-vertex-notebook-ga', '2025-08-14');
const geminiApiPage = ev('gemini-api-imagen-page', '2026-12');

export default defineVersion(maker, {
  id: 'imagen-4',
  name: 'Imagen 4',
  organization: 'Google',
  firstRelease: '2025-05-20',
  releaseSource: 'imagen-4-vertex-notebook-first',
  summary:
    'Google’s 2025 text-to-image model, with Fast and Ultra tiers, sold only as a hosted endpoint on Google’s cloud APIs and never released; Google has since retired it in favour of its Gemini image models.',
  inputs: ['text'],
  outputs: ['image'],
  parameters: {
    status: 'not-disclosed',
    note: 'Google has not published a parameter count; the docs and notebooks we read give none.',
    ...gaNotebook,
  },
  license: 'google-terms',
  access: ['api'],
  howToGet:
    'Was called on Vertex AI and the Gemini API (imagen-4.0-generate-001, with -fast- and -ultra- variants); Google has shut it down in the Gemini API and points users to Gemini image models. No download.',
  openness: {
    ...hostedOnly(gaNotebook, 'Google'),
    dataDocumentation: closed(
      gaNotebook,
      'Nothing on the training data in the docs and notebooks we read; Google published no Imagen 4 data summary we could find.',
    ),
    paper: closed(
      gaNotebook,
      'No technical report on Imagen 4’s architecture, size or training in our sources.',
    ),
    modelCard: closed(
      gaNotebook,
      'Other documents cite an Imagen 4 model card (May 2025) that we could not open, so this stays closed until it is read; the notebooks cover prompts, settings and SynthID only.',
    ),
    license: closed(
      gaNotebook,
      'No model license was published; it was offered only as a hosted endpoint on Google’s cloud.',
    ),
    api: open(
      geminiApiPage,
      'Was callable in the Gemini API; its docs now call Imagen a legacy model that is shut down and point to Gemini image models.',
    ),
  },
  guidePages: [G.closed, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'imagen-4-vertex-notebook-first',
      title:
        'Imagen 4 Image Generation notebook: first version, for imagen-4.0-generate-preview-05-20 on Vertex AI (commit 6008d86)',
      publisher: 'Google Cloud on GitHub (GoogleCloudPlatform/generative-ai)',
      url: 'https://github.com/GoogleCloudPlatform/generative-ai/blob/6008d86b1ef9dbb5fcac3a5767169de64cc9ae81/vision/getting-started/imagen4_image_generation.ipynb',
      asOf: '2025-05-20',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'imagen-4-vertex-notebook-ga',
      title:
        'Imagen 4 Image Generation notebook updated to the GA models imagen-4.0-generate-001, -fast- and -ultra- (commit 29e6f18)',
      publisher: 'Google Cloud on GitHub (GoogleCloudPlatform/generative-ai)',
      url: 'https://github.com/GoogleCloudPlatform/generative-ai/blob/29e6f18a5470f7ecf241fac4f613bd5e9b32b3ec/vision/getting-started/imagen4_image_generation.ipynb',
      asOf: '2025-08-14',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'gemini-api-imagen-page',
      title: 'Generate images using Imagen (Gemini API docs), now marking Imagen shut down',
      publisher: 'Google AI for Developers',
      url: 'https://ai.google.dev/gemini-api/docs/imagen',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'The page now calls Imagen a legacy model that is shut down in the Gemini API and points to Gemini image models; it gives no shutdown date.',
    },
  ],
});
