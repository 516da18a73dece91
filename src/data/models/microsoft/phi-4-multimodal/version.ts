/**
 * Phi-4-multimodal: Microsoft's 5.6B model that takes text, images and audio and answers in text
 * (February 2025), under MIT. Rated from the Phi-4-multimodal-instruct Hugging Face card and the
 * technical report shipped in its repository at commit afbb57c (arXiv 2503.01743).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const card = ev('phi-4-multimodal-instruct-card', '2026-12');
const report = ev('phi-4-multimodal-report-pdf', '2025-02-25');

export default defineVersion(maker, {
  id: 'phi-4-multimodal',
  name: 'Phi-4-multimodal',
  organization: 'Microsoft',
  firstRelease: '2025-02',
  releaseSource: 'phi-4-multimodal-instruct-card',
  summary:
    'A 5.6B Microsoft model that reads text, images and speech or other audio in one network and answers in text, with a 128K-token context, under MIT.',
  inputs: ['text', 'image', 'audio'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 5.6e9}],
    note: 'Phi-4-mini is the language backbone; vision and speech encoders and their LoRA adapters make up the rest.',
    ...card,
  },
  license: 'MIT',
  access: ['weights', 'api'],
  howToGet:
    'Download microsoft/Phi-4-multimodal-instruct from Hugging Face and run it with Transformers or vLLM (with its speech and vision LoRA folders), or use it in Azure AI.',
  openness: {
    weights: open(card, 'Weights, including the speech and vision adapters, on Hugging Face under MIT.'),
    inferenceCode: open(
      card,
      'The MIT repository ships its model code; the card gives Transformers and vLLM usage for text, image and audio prompts.',
    ),
    trainingCode: closed(
      card,
      'No training code; the card only links basic fine-tuning examples for speech and vision.',
    ),
    trainingData: closed(
      card,
      '5T text tokens, 2.3M hours of speech and 1.1T image-text tokens, from public, synthetic and in-house sources; not released.',
    ),
    dataDocumentation: partial(
      card,
      'The card lists nine kinds of text, image and speech data with totals, filtering and decontamination steps, not datasets.',
    ),
    paper: open(
      report,
      'Technical report (arXiv 2503.01743) on how LoRA adapters and routers add vision and speech to Phi-4-mini, with evaluations.',
    ),
    modelCard: open(
      card,
      'Model card with intended uses, use-case cautions, per-modality languages, training details and responsible-AI notes.',
    ),
    license: open(card, 'MIT, an OSI-approved license.'),
    api: open(card, 'The card says it is also offered in Microsoft’s Azure AI Studio.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'phi-4-multimodal-instruct-card',
      title: 'Phi-4-multimodal-instruct model card',
      publisher: 'Microsoft on Hugging Face',
      url: 'https://huggingface.co/microsoft/Phi-4-multimodal-instruct',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read through a stored copy of the card; the repository metadata gives the MIT license and lists model code and speech-lora and vision-lora folders.',
    },
    {
      id: 'phi-4-multimodal-report-pdf',
      title: 'Phi-4-Mini technical report (covering Phi-4-Multimodal), PDF in the model repository',
      publisher: 'Microsoft on Hugging Face',
      url: 'https://huggingface.co/microsoft/Phi-4-multimodal-instruct/blob/afbb57cf9474eb76620c2a937800f639922f8142/phi_4_mm.tech_report.02252025.pdf',
      published: '2025-02-25',
      kind: 'primary',
      topic: 'models',
      note: 'Dated 25 February 2025 in its file name and posted to arXiv as 2503.01743 on 3 March 2025; we read the arXiv abstract, not the PDF.',
    },
  ],
});
