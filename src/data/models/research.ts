/** Early research and community releases: ULMFiT, Transformer-XL, BLOOM, Stable Diffusion. One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, CORRECTED, G} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'ulmfit',
    name: 'ULMFiT',
    organization: 'fast.ai (Jeremy Howard) and Sebastian Ruder',
    firstRelease: '2018-01',
    releaseSource: E.ulmfitPaper.source,
    summary:
      'A transfer-learning method for text classification: pre-train a language model, fine-tune it, then fine-tune a classifier.',
    modalities: ['text'],
    parameters: {
      status: 'not-listed',
      note: 'An AWD-LSTM language model; sizes not recorded here.',
      ...E.ulmfitPaper,
    },
    license: 'not-verified',
    access: ['weights'],
    howToGet: 'Pretrained models and code were released with the paper through the fastai library.',
    openness: {
      weights: partial(
        E.ulmfitAcl,
        'Pretrained language models released with the paper; no license for the weights is stated in the sources we checked.',
      ),
      inferenceCode: open(
        E.fastaiRepo,
        'Code to fine-tune and run the models ships in the fastai library (Apache 2.0).',
      ),
      trainingCode: open(E.ulmfitAcl, 'Code to pre-train and fine-tune released.'),
      trainingData: open(E.ulmfitPaper, 'Pre-trained on WikiText-103, a public dataset.'),
      dataDocumentation: open(
        E.ulmfitPaper,
        'Its only pre-training corpus is WikiText-103, a published benchmark with its own documentation.',
      ),
      paper: open(E.ulmfitAcl, 'Peer-reviewed ACL 2018 paper describing the method.'),
      modelCard: closed(
        E.ulmfitAcl,
        'The release is a paper, code and checkpoints; no model card was published.',
      ),
      api: closed(E.ulmfitAcl, 'Released for download only; no hosted API.'),
    },
    unrated: {
      license:
        'No source we found states the license of the pretrained weights; the fastai code itself is Apache 2.0.',
    },
    guidePages: [G.history],
    lastVerified: CORRECTED,
  },
  {
    id: 'transformer-xl',
    name: 'Transformer-XL',
    organization: 'Carnegie Mellon University and Google Brain',
    firstRelease: '2019-01',
    releaseSource: E.txlPaper.source,
    summary: 'A research language model that reuses earlier segments to look beyond a fixed-length context.',
    modalities: ['text'],
    parameters: {
      status: 'not-listed',
      note: 'Research-scale models; sizes not recorded here.',
      ...E.txlPaper,
    },
    license: 'no-license-file',
    access: ['weights'],
    howToGet:
      'Code (PyTorch and TensorFlow) and pretrained TensorFlow models are linked from the kimiyoung/transformer-xl repository.',
    openness: {
      weights: partial(
        E.txlRepo,
        'Pretrained TensorFlow models can be downloaded, but no license grants reuse rights.',
      ),
      inferenceCode: partial(E.txlRepo, 'PyTorch and TensorFlow code released without a license file.'),
      trainingCode: partial(E.txlRepo, 'Training scripts released without a license file.'),
      trainingData: open(E.txlRepo, 'Trained on public benchmarks the repository fetches with a script.'),
      dataDocumentation: open(
        E.txlPaper,
        'Trained on named public benchmarks (WikiText-103, enwik8, text8, One Billion Word, Penn Treebank).',
      ),
      paper: open(E.txlPaper, 'Paper describing the method and results.'),
      modelCard: closed(E.txlRepo, 'The repository has code and instructions but no model card.'),
      license: partial(E.txlRepo, 'The repository has no license file, so reuse rights are not stated.'),
      api: closed(E.txlRepo, 'Released for download only; no hosted API.'),
    },
    guidePages: [G.history],
    lastVerified: CORRECTED,
  },
  {
    id: 'bloom',
    name: 'BLOOM',
    organization: 'BigScience (Hugging Face-led, 1,000+ researchers)',
    firstRelease: '2022-07-12',
    releaseSource: E.bloomBlog.source,
    summary:
      'A 176B-parameter multilingual model (46 natural and 13 programming languages) built by a public research workshop.',
    modalities: ['text', 'code'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 560e6}, {total: 176e9}],
      note: 'A family from 560M to 176B; the smallest and largest are listed.',
      ...E.bloomBlog,
    },
    license: 'bigscience-rail-1.0',
    access: ['weights'],
    howToGet: 'Download from Hugging Face (bigscience/bloom) after accepting the RAIL license.',
    openness: {
      weights: partial(
        E.bloomCard,
        'All sizes downloadable, but under the use-restricted BigScience RAIL license.',
      ),
      inferenceCode: open(
        E.bloomCard,
        'Runs with Hugging Face Transformers (Apache 2.0); the card shows how.',
      ),
      trainingCode: open(E.bloomBlog, 'Training code released.'),
      trainingData: partial(E.bloomBlog, 'The ROOTS corpus is documented and partly released.'),
      dataDocumentation: open(E.bloomBlog, 'Data sources and processing are documented.'),
      paper: open(E.bloomPaper, 'Paper on arXiv with data, architecture, training and evaluation.'),
      modelCard: open(E.bloomCard, 'Detailed model card (v1.0).'),
      license: partial(
        E.bloomCard,
        'BigScience RAIL v1.0 adds use restrictions, so it is not OSI open source.',
      ),
      api: closed(E.bloomCard, 'Released for download; no hosted API from BigScience.'),
    },
    guidePages: [G.vsWeights, G.alternatives],
    lastVerified: CORRECTED,
  },
  {
    id: 'stable-diffusion-1-5',
    name: 'Stable Diffusion 1.x (incl. 1.5)',
    organization: 'Stability AI with CompVis (LMU Munich) and Runway',
    firstRelease: '2022-08-22',
    releaseSource: E.sdLaunch.source,
    summary:
      'A text-to-image diffusion model whose weights were published under a use-restricted OpenRAIL license.',
    modalities: ['image', 'text'],
    parameters: {
      status: 'disclosed',
      sizes: [{name: 'U-Net', total: 860e6}],
      note: 'About 860M in the U-Net, plus a text encoder and an autoencoder.',
      ...E.sdLaunch,
    },
    license: 'creativeml-openrail-m',
    access: ['weights'],
    howToGet: 'Weights are distributed on Hugging Face under CreativeML OpenRAIL-M.',
    openness: {
      weights: partial(
        E.sdLaunch,
        'Weights released publicly, but under the use-restricted CreativeML OpenRAIL-M license.',
      ),
      inferenceCode: partial(
        E.sdLaunch,
        'Code released with the weights, according to launch reports; we did not check its license.',
      ),
      trainingCode: open(E.sdLaunch, 'Training code released, according to launch reports.'),
      trainingData: partial(
        E.sdLaunch,
        'Trained on LAION-5B subsets, a public index of image URLs rather than the images.',
      ),
      dataDocumentation: partial(
        E.sdCard,
        'The card names the LAION subsets and filters used, not a full datasheet.',
      ),
      paper: open(E.ldmPaper, 'The latent diffusion paper describes architecture, training and evaluation.'),
      modelCard: open(E.sdCard, 'Model card with uses, misuse, limitations, bias and training details.'),
      license: partial(
        E.sdLaunch,
        'CreativeML OpenRAIL-M carries use restrictions, so it is not OSI open source.',
      ),
    },
    unrated: {
      api: 'Hosted APIs served Stable Diffusion, but we found no source that names the 1.x models today.',
    },
    guidePages: [G.vsWeights, G.alternatives],
    lastVerified: CORRECTED,
  },
]);
