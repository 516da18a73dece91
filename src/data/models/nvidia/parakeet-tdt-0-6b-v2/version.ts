/**
 * Parakeet TDT 0.6B v2: NVIDIA's English speech-recognition model, read from its Hugging Face model
 * card and the NVIDIA/NeMo repository pinned at commit 8cfedd7 (2025-09-20).
 */
import {defineVersion, ev, G, open, partial} from '../../../define';
import maker from '../maker';

const card = ev('parakeet-tdt-0-6b-v2-card', '2026-12');
const nemoLicense = ev('nemo-license', '2025-09-20');
const nemoTrainScript = ev('nemo-asr-transducer-train-script', '2025-09-20');
const granary = ev('nemo-blog-granary-fine-tune', '2025-08-13');

export default defineVersion(maker, {
  id: 'parakeet-tdt-0-6b-v2',
  name: 'Parakeet TDT 0.6B v2',
  organization: 'NVIDIA',
  firstRelease: '2025-05-01',
  releaseSource: 'parakeet-tdt-0-6b-v2-card',
  summary:
    'NVIDIA’s English speech-recognition model (FastConformer encoder, TDT decoder) that writes punctuated transcripts with word timestamps; weights under CC BY 4.0.',
  inputs: ['audio'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 6e8}],
    note: 'The card gives 600 million parameters.',
    ...card,
  },
  license: 'CC-BY-4.0',
  access: ['weights', 'api'],
  howToGet:
    'Download nvidia/parakeet-tdt-0.6b-v2 from Hugging Face and run it with the NeMo toolkit (nemo_toolkit[asr]); NVIDIA also hosts it on build.nvidia.com.',
  openness: {
    weights: open(
      card,
      'The checkpoint downloads from Hugging Face under CC BY 4.0; the card says it is ready for commercial use.',
    ),
    inferenceCode: open(
      nemoLicense,
      'Runs in NVIDIA’s NeMo toolkit, Apache 2.0; the card shows transcription with timestamps in a few lines.',
    ),
    trainingCode: open(
      nemoTrainScript,
      'Trained with NeMo’s Apache-2.0 transducer script, as the card says; the TDT config it links is a template, not this run’s settings.',
    ),
    trainingData: partial(
      granary,
      'The pseudo-labelled part came from Granary, which NVIDIA published in August 2025; the human-transcribed part mixes existing corpora.',
    ),
    dataDocumentation: partial(
      card,
      'The card lists the corpora and splits about 120,000 hours into 10,000 human-transcribed and 110,000 pseudo-labelled; few per-corpus hours.',
    ),
    paper: partial(
      card,
      'No report on this model; the card cites the FastConformer and TDT architecture papers and gives the training steps itself.',
    ),
    modelCard: open(
      card,
      'Card with intended uses, WER on eight benchmarks, noise and telephone-audio tests, and known limitations.',
    ),
    license: partial(
      card,
      'CC BY 4.0: any use with credit, but a Creative Commons license, not OSI-approved.',
    ),
    api: open(
      card,
      'The card points to a hosted endpoint on build.nvidia.com, callable with a free API key.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'parakeet-tdt-0-6b-v2-card',
      title: 'nvidia/parakeet-tdt-0.6b-v2 model card',
      publisher: 'NVIDIA on Hugging Face',
      url: 'https://huggingface.co/nvidia/parakeet-tdt-0.6b-v2',
      published: '2025-05-01',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'nemo-license',
      title: 'NVIDIA NeMo LICENSE (Apache License 2.0)',
      publisher: 'NVIDIA on GitHub',
      url: 'https://github.com/NVIDIA/NeMo/blob/8cfedd7203462cb251a914e700e5605444277561/LICENSE',
      asOf: '2025-09-20',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'nemo-asr-transducer-train-script',
      title: 'NeMo speech_to_text_rnnt_bpe.py: the transducer training script the card names',
      publisher: 'NVIDIA on GitHub',
      url: 'https://github.com/NVIDIA/NeMo/blob/8cfedd7203462cb251a914e700e5605444277561/examples/asr/asr_transducer/speech_to_text_rnnt_bpe.py',
      asOf: '2025-09-20',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'nemo-blog-granary-fine-tune',
      title: 'Guide to fine-tune NVIDIA NeMo models with Granary data',
      publisher: 'NVIDIA NeMo blog',
      url: 'https://nvidia-nemo.github.io/blog/2025/08/13/granary-data-for-fine-tune',
      published: '2025-08-13',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
