/** Meta: the Llama family. One record per model or family; ./index.ts merges every file and sorts. */
import {E} from './evidence';
import {open, partial, closed, CORRECTED, RECENT_VERIFIED, G} from './helpers';
import {defineModels} from './define';

export const models = defineModels([
  {
    id: 'llama-1',
    name: 'LLaMA (1)',
    organization: 'Meta (Meta AI research)',
    firstRelease: '2023-02-24',
    releaseSource: E.llama1Blog.source,
    summary:
      "Meta's first LLaMA models, shared case by case with researchers under a non-commercial license; the weights leaked publicly in March 2023.",
    modalities: ['text'],
    parameters: {
      status: 'disclosed',
      sizes: [{total: 7e9}, {total: 13e9}, {total: 33e9}, {total: 65e9}],
      ...E.llama1Blog,
    },
    license: 'llama-1-research',
    access: ['weights'],
    howToGet:
      'Was available to approved researchers on request; Llama 2 and later replaced it for most uses.',
    openness: {
      weights: partial(E.llama1Blog, 'Shared case by case with researchers, not published openly.'),
      inferenceCode: open(E.llama1Code, 'Inference code released under GPL-3.0.'),
      trainingCode: closed(E.llama1Blog, 'Training code not released.'),
      trainingData: closed(E.llama1Blog, 'Trained on public sources that Meta did not redistribute.'),
      dataDocumentation: open(
        E.llama1Paper,
        'The paper lists every pre-training source with its share of the mix and the filtering applied.',
      ),
      paper: open(E.llama1Paper, 'Paper on arXiv with data mix, architecture and training details.'),
      modelCard: open(E.llama1Card, 'Model card with intended uses, evaluations and bias results.'),
      license: partial(E.llama1Blog, 'Non-commercial research license.'),
      api: closed(E.llama1Blog, 'Shared as weights with approved researchers; Meta offered no API.'),
    },
    guidePages: [G.alternatives, G.vsWeights],
    lastVerified: CORRECTED,
  },
  {
    id: 'llama-2',
    name: 'Llama 2',
    organization: 'Meta',
    firstRelease: '2023-07-18',
    releaseSource: E.llama2Card.source,
    summary:
      'The first Llama generation licensed for commercial use, under a custom license OSI says is not open source.',
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 7e9}, {total: 13e9}, {total: 70e9}], ...E.llama2Card},
    license: 'llama-2-community',
    access: ['weights'],
    howToGet: 'Request access from Meta or Hugging Face (meta-llama) and accept the license.',
    openness: {
      weights: partial(
        E.llama2Card,
        'Downloadable only after requesting access and accepting a custom license with use restrictions.',
      ),
      inferenceCode: partial(
        E.llama2License,
        "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
      ),
      trainingCode: closed(E.llama2Card, 'Training code not released.'),
      trainingData: closed(E.llama2Card, 'Pretrained on 2 trillion tokens that were not released.'),
      dataDocumentation: partial(
        E.llama2Card,
        'Token count and "no Meta user data" are stated; sources are not listed.',
      ),
      paper: open(E.llama2Paper, 'Paper on arXiv with architecture, pre-training and fine-tuning method.'),
      modelCard: open(E.llama2Card, 'Model card in the meta-llama/llama repository.'),
      license: partial(
        E.osiLlama2,
        'Custom license with a usage policy and a 700M-user clause; OSI says it is not open source.',
      ),
      api: closed(E.llama2Card, 'Meta runs no API for it, and we have no current source for a public host.'),
    },
    guidePages: [G.vsWeights, G.alternatives],
    lastVerified: CORRECTED,
    changes: [
      {
        date: '2026-11-27',
        what: 'Weights re-rated from open to partial under the written rubric: the download is gated behind a custom license.',
        source: E.llama2License.source,
      },
    ],
  },
  {
    id: 'llama-3',
    name: 'Llama 3',
    organization: 'Meta',
    firstRelease: '2024-04-18',
    releaseSource: E.llama3Repo.source,
    summary: "Meta's 8B and 70B models of April 2024, under the Meta Llama 3 Community License.",
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 8e9}, {total: 70e9}], ...E.llama3Repo},
    license: 'llama-3-community',
    access: ['weights'],
    howToGet: 'Request access on Hugging Face (meta-llama) or from Meta and accept the license.',
    openness: {
      weights: partial(
        E.llama3Repo,
        'Downloadable only after requesting access and accepting a custom license with use restrictions.',
      ),
      inferenceCode: partial(
        E.llama3License,
        "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
      ),
      trainingCode: closed(E.llama3Repo, 'Training code not released.'),
      trainingData: closed(E.llama3Repo, 'Training data not released.'),
      dataDocumentation: partial(
        E.llama3Repo,
        'Token count (15T+), cut-off and "publicly available sources" only.',
      ),
      paper: open(
        E.llama3Paper,
        'The Llama 3 herd paper (July 2024) covers architecture and training of the family.',
      ),
      modelCard: open(E.llama3Repo, 'Model card with intended use, benchmarks and safety notes.'),
      license: partial(
        E.llama3License,
        'Custom license: usage policy, naming rules, output-use limits and a 700M-user clause.',
      ),
      api: open(
        E.bedrock,
        'Hosted by cloud providers, for example Amazon Bedrock (meta.llama3-70b-instruct).',
      ),
    },
    guidePages: [G.alternatives, G.vsWeights],
    lastVerified: CORRECTED,
    changes: [
      {
        date: '2026-11-27',
        what: 'Weights re-rated from open to partial under the written rubric: the download is gated behind a custom license.',
        source: E.llama3License.source,
      },
    ],
  },
  {
    id: 'llama-3-1-405b',
    name: 'Llama 3.1 405B',
    organization: 'Meta',
    firstRelease: '2024-07-23',
    releaseSource: E.llama31Card.source,
    summary:
      'The largest Llama 3.1 model, released with 8B and 70B siblings under the Llama 3.1 Community License.',
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 8e9}, {total: 70e9}, {total: 405e9}], ...E.llama31Card},
    license: 'llama-3-1-community',
    access: ['weights'],
    howToGet:
      'Request access on Hugging Face (meta-llama) or from Meta and accept the license; many clouds host it.',
    openness: {
      weights: partial(
        E.llama31Card,
        'Downloadable only after requesting access and accepting a custom license with use restrictions.',
      ),
      inferenceCode: partial(
        E.llama31License,
        "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
      ),
      trainingCode: closed(E.llama31Card, 'Training code not released.'),
      trainingData: closed(E.llama31Card, 'Training data not released.'),
      dataDocumentation: partial(
        E.llama3Paper,
        'The paper describes data cleaning and the mix by domain, not the datasets.',
      ),
      paper: open(
        E.llama3Paper,
        'The Llama 3 herd paper covers architecture, training and evaluation of 3.1.',
      ),
      modelCard: open(E.llama31Card, 'Model card in meta-llama/llama-models.'),
      license: partial(
        E.llama31License,
        'Llama 3.1 Community License: usage policy, "Llama" naming rule (outputs may train other models) and a 700M-user clause.',
      ),
      api: open(E.bedrock, 'Hosted by cloud providers, for example Amazon Bedrock.'),
    },
    guidePages: [G.alternatives, G.vsWeights],
    lastVerified: CORRECTED,
    changes: [
      {
        date: '2026-11-27',
        what: 'Weights re-rated from open to partial under the written rubric: the download is gated behind a custom license.',
        source: 'llama3-1-license',
      },
    ],
  },
  {
    id: 'llama-3-3-70b',
    name: 'Llama 3.3 70B',
    organization: 'Meta',
    firstRelease: '2024-12-06',
    releaseSource: E.llama33Card.source,
    summary: 'A 70B text-only instruction-tuned Llama model under its own Llama 3.3 Community License.',
    modalities: ['text', 'code'],
    parameters: {status: 'disclosed', sizes: [{total: 70e9}], ...E.llama33Card},
    license: 'llama-3-3-community',
    access: ['weights', 'api'],
    howToGet:
      'Request access on Hugging Face (meta-llama/Llama-3.3-70B-Instruct) or from Meta; many API providers host it.',
    openness: {
      weights: partial(E.llama33Card, 'Downloadable after accepting a custom license with use restrictions.'),
      inferenceCode: partial(
        E.llama33License,
        "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
      ),
      trainingCode: closed(E.llama33Card, 'Training code not released.'),
      trainingData: closed(E.llama33Card, 'Pretrained on 15T+ tokens of public online data; not released.'),
      dataDocumentation: partial(
        E.llama33Card,
        'Token count, cutoff and broad sources only; no dataset list.',
      ),
      paper: partial(
        E.llama3Paper,
        'The Llama 3 herd paper covers the family; there is no report for 3.3 itself.',
      ),
      modelCard: open(E.llama33Card, 'Model card with intended use, benchmarks and safety notes.'),
      license: partial(
        E.llama33License,
        'Llama 3.3 Community License with an acceptable use policy and a 700M-user clause.',
      ),
      api: open(E.llama33Router, 'Offered by many third-party API providers.'),
    },
    guidePages: [G.alternatives],
    lastVerified: RECENT_VERIFIED,
  },
  {
    id: 'llama-4-maverick',
    name: 'Llama 4 Maverick',
    organization: 'Meta',
    firstRelease: '2025-04-05',
    releaseSource: E.llama4Card.source,
    summary:
      'A natively multimodal mixture-of-experts model (400B total, 17B active) with a 1M-token context.',
    modalities: ['text', 'image'],
    parameters: {
      status: 'disclosed',
      sizes: [{name: 'Maverick', total: 400e9, active: 17e9}],
      note: 'Its sibling Scout has 109B total and 17B active; the same license and EU restriction apply to it.',
      ...E.llama4Card,
    },
    license: 'llama-4-community',
    access: ['weights'],
    howToGet: 'Request access on Hugging Face (meta-llama) or from Meta and accept the license.',
    openness: {
      weights: partial(
        E.llama4Card,
        'Downloadable only after accepting a custom license that excludes EU-based licensees for this multimodal model.',
      ),
      inferenceCode: partial(
        E.llama4License,
        "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
      ),
      trainingCode: closed(E.llama4Card, 'Training code not released.'),
      trainingData: closed(
        E.llama4Card,
        'About 22T tokens, including public Instagram and Facebook posts; not released.',
      ),
      dataDocumentation: partial(
        E.llama4Card,
        'Token counts and broad sources are stated, not the datasets.',
      ),
      paper: closed(E.llama4Card, 'No technical report; a model card and a blog post only.'),
      modelCard: open(E.llama4Card, 'Model card in meta-llama/llama-models.'),
      license: partial(
        E.llama4Policy,
        'Llama 4 Community License: its usage policy withholds the rights for multimodal Llama 4 models from EU-based individuals and companies (end users exempt), plus the 700M-user clause.',
      ),
      api: open(E.bedrock, 'Hosted by cloud providers, for example Amazon Bedrock.'),
    },
    guidePages: [G.alternatives, G.vsWeights],
    lastVerified: CORRECTED,
    changes: [
      {
        date: '2026-11-27',
        what: 'Added the EU clause: the use policy withholds the license rights for multimodal Llama 4 models from EU-domiciled people and companies.',
        source: 'llama4-use-policy',
      },
      {
        date: '2026-11-27',
        what: 'Weights re-rated from open to partial under the written rubric: the download is gated behind a custom license.',
        source: 'llama4-license',
      },
    ],
  },
]);
