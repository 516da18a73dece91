/**
 * Stable Audio Open 1.0: Stability AI's June 2024 text-to-audio model trained on Creative Commons
 * recordings, read from its Hugging Face card, the Stable Audio Open paper and the
 * Stability-AI/stable-audio-tools repository (pinned at 50049e3, 2026-02-14).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const card = ev('sao-card', '2026-12');
const paper = ev('sao-paper', '2024-07-19');
const toolsReadme = ev('stable-audio-tools-readme', '2026-02-14');
const toolsLicense = ev('stable-audio-tools-license', '2026-02-14');

export default defineVersion(maker, {
  id: 'stable-audio-open-1-0',
  name: 'Stable Audio Open 1.0',
  organization: 'Stability AI',
  firstRelease: '2024-06',
  releaseSource: 'sao-june-2024-copy',
  summary:
    'Stability AI’s text-to-audio model for sound effects, field recordings and short music clips (up to 47 s of stereo), trained only on Creative Commons audio; first released under a non-commercial license, now under the Stability AI Community License.',
  inputs: ['text'],
  outputs: ['audio'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'diffusion transformer (DiT)', total: 1.057e9},
      {name: 'autoencoder', total: 1.56e8},
    ],
    note: 'Sizes from the paper; the text encoder is a separate, publicly available pretrained T5-base model.',
    ...paper,
  },
  license: 'stability-ai-community',
  access: ['weights'],
  howToGet:
    'Accept the license on Hugging Face (name, email, country, affiliation), then load stabilityai/stable-audio-open-1.0 with the stable-audio-tools library or Diffusers.',
  openness: {
    weights: partial(
      card,
      'Weights on Hugging Face behind a contact form and license click-through; the Community License caps free commercial use.',
    ),
    inferenceCode: open(
      toolsLicense,
      'Stability’s stable-audio-tools library, which the card names for inference, is under the MIT license.',
    ),
    trainingCode: partial(
      toolsReadme,
      'stable-audio-tools (MIT) has the training scripts for models of this kind; we found no statement that it is the exact code that trained this one.',
    ),
    trainingData: partial(
      card,
      'The 486,492 CC-licensed recordings are public on Freesound and the Free Music Archive, with attribution lists, but no packaged dataset was released.',
    ),
    dataDocumentation: open(
      card,
      'Names both sources, the counts per source and per license, attribution for every recording, and the copyright-filtering steps.',
    ),
    paper: open(
      paper,
      'The Stable Audio Open paper covers the autoencoder, the DiT, CC-only training data and evaluation against other models.',
    ),
    modelCard: partial(
      card,
      'Card with intended and out-of-scope uses, limitations (no realistic vocals, English prompts) and biases; evaluation is only in the paper.',
    ),
    license: partial(
      card,
      'The card names the Stability AI Community License: free below US$1M annual revenue, with a use policy and attribution duties; not OSI-approved.',
    ),
    api: closed(card, 'Neither the card nor the paper names a hosted API for this model.'),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  trackers: {eu: {file: 'StableAudio.yaml', role: 'end', note: 'Stable Audio Open 1.0.'}},
  sources: [
    {
      id: 'sao-card',
      title: 'Stable Audio Open 1.0 model card (license, training dataset, uses, limitations and biases)',
      publisher: 'Stability AI on Hugging Face',
      url: 'https://huggingface.co/stabilityai/stable-audio-open-1.0',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read from saved copies of the current card; its revision and date were not shown.',
    },
    {
      id: 'sao-paper',
      title: 'Stable Audio Open',
      publisher: 'Evans et al., Stability AI (arXiv 2407.14358)',
      url: 'https://arxiv.org/abs/2407.14358',
      published: '2024-07-19',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'sao-june-2024-copy',
      title:
        'Copy of the Stable Audio Open 1.0 release files (commit c1209d0), with the card and a LICENSE dated 5 June 2024',
      publisher: 'audo/stable-audio-open-1.0 on Hugging Face (a third-party mirror)',
      url: 'https://huggingface.co/audo/stable-audio-open-1.0/commit/c1209d01aed2f6c2bc1c1400da57a12b1e8bd4a5',
      published: '2024-06-05',
      kind: 'secondary',
      topic: 'models',
      note: 'A third-party copy, not Stability AI’s repository: its LICENSE is the Stability AI Non-Commercial Research Community License Agreement dated 5 June 2024, and its card sends commercial users to a paid membership.',
    },
    {
      id: 'stable-audio-tools-readme',
      title: 'stable-audio-tools README: install, Gradio interface, training and fine-tuning',
      publisher: 'Stability AI on GitHub',
      url: 'https://github.com/Stability-AI/stable-audio-tools/blob/50049e379e2fe8e35bffc99e57f23ade1c3471b7/README.md',
      asOf: '2026-02-14',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'stable-audio-tools-license',
      title: 'stable-audio-tools LICENSE (MIT License)',
      publisher: 'Stability AI on GitHub',
      url: 'https://github.com/Stability-AI/stable-audio-tools/blob/50049e379e2fe8e35bffc99e57f23ade1c3471b7/LICENSE',
      asOf: '2026-02-14',
      kind: 'primary',
      topic: 'licenses',
    },
  ],
});
