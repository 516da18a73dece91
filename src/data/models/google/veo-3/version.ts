/**
 * Veo 3: Google DeepMind's hosted video-and-audio generation model, read from the Veo 3 tech report,
 * Google Cloud's first Veo 3 notebook (commit f8b90c0, 21 May 2025) and the Veo 3 model page in
 * Google Cloud's docs, which lists the endpoint's GA and retirement dates.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const techReport = ev('veo-3-tech-report', '2026-12');
const vertexPage = ev('veo-3-vertex-model-page', '2026-12');

export default defineVersion(maker, {
  id: 'veo-3',
  name: 'Veo 3',
  organization: 'Google DeepMind',
  firstRelease: '2025-05',
  releaseSource: 'veo-3-vertex-notebook',
  summary:
    'Google DeepMind’s video model that generates sound together with the picture, from a text prompt or a starting image; offered in the Gemini app and Google’s cloud APIs, never as a download.',
  inputs: ['text', 'image'],
  outputs: ['video', 'audio'],
  parameters: {
    status: 'not-disclosed',
    note: 'Google has not published a parameter count; the tech report gives none.',
    ...techReport,
  },
  license: 'google-terms',
  access: ['app', 'api'],
  howToGet:
    'Offered in the Gemini app, the Gemini API and on Vertex AI (veo-3.0-generate-001), where Google set 30 June 2026 as the retirement date in favour of Veo 3.1. No download.',
  openness: {
    weights: closed(vertexPage, 'Weights not released; Veo 3 is a hosted endpoint on Google’s cloud.'),
    inferenceCode: closed(vertexPage, 'No inference code; generation runs only on Google’s servers.'),
    trainingCode: closed(techReport, 'Training code not released.'),
    trainingData: closed(techReport, 'The image and video training set was not released.'),
    dataDocumentation: partial(
      techReport,
      'Names the data kinds (images, videos, Gemini-written captions) and its safety, PII and quality filtering; no sources or sizes.',
    ),
    paper: partial(
      techReport,
      'A short tech report: latent diffusion with a transformer denoiser over joint audio and video latents; no size, compute or recipe.',
    ),
    modelCard: partial(
      techReport,
      'A risk-focused report: uses, risks, and safety, bias and dangerous-capability evaluations; it points to a separate Veo model card.',
    ),
    license: closed(
      techReport,
      'No model license; use falls under Google’s and Google Cloud’s terms and the Generative AI Prohibited Use Policy.',
    ),
    api: open(
      vertexPage,
      'Generally available on Vertex AI as veo-3.0-generate-001 from 29 July 2025; Google lists 30 June 2026 as its retirement date.',
    ),
  },
  guidePages: [G.closed, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'veo-3-tech-report',
      title: 'Veo: a text-to-video generation system (the Veo 3 tech report)',
      publisher: 'Google DeepMind',
      url: 'https://storage.googleapis.com/deepmind-media/veo/Veo-3-Tech-Report.pdf',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read from a saved copy of the PDF’s text, which carries no publication date.',
    },
    {
      id: 'veo-3-vertex-notebook',
      title:
        'Veo 3 Video Generation notebook: first version, for veo-3.0-generate-preview on Vertex AI (commit f8b90c0)',
      publisher: 'Google Cloud on GitHub (GoogleCloudPlatform/generative-ai)',
      url: 'https://github.com/GoogleCloudPlatform/generative-ai/blob/f8b90c07d6ccdffa93682d686cdc6529fba87105/vision/getting-started/veo3_video_generation.ipynb',
      asOf: '2025-05-21',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'veo-3-vertex-model-page',
      title: 'Veo 3 model page: veo-3.0-generate-001 and veo-3.0-fast-generate-001, GA and retirement dates',
      publisher: 'Google Cloud documentation',
      url: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/veo/3-0-generate',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
