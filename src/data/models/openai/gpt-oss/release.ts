/**
 * What gpt-oss-120b and gpt-oss-20b share: one release (5 August 2025), one model card, one
 * license and usage policy, and the same eight ratings. Each version spreads these and adds its
 * own size, summary, API evidence and guide pages. (Not a record: the catalog reads only the
 * version.ts and product.ts files in the folders beside this one.)
 */
import type {AccessKind, Modality} from '../../../../domain/types';
import {ev, closed, open, partial} from '../../../define';

export const gptOssRepo = ev('gpt-oss-repo', '2026-06');
const gptOssCard = ev('gpt-oss-model-card', '2025-08');
const gptOssPolicy = ev('gpt-oss-usage-policy', '2026-06');

export const gptOssRelease = {
  organization: 'OpenAI',
  firstRelease: '2025-08-05',
  releaseSource: 'introducing-gpt-oss' as const,
  inputs: ['text'] as Modality[],
  outputs: ['text'] as Modality[],
  license: 'Apache-2.0' as const,
  access: ['weights', 'api'] as AccessKind[],
};

/** The ratings both sizes share; only `api` (who serves each size) differs. */
export const gptOssRatings = {
  weights: open(gptOssRepo, 'Weights on Hugging Face under Apache 2.0.'),
  inferenceCode: open(gptOssCard, 'Reference implementations for PyTorch, Triton and Apple Metal.'),
  trainingCode: closed(gptOssCard, 'Only weights, inference code, tools and tokenizer were released.'),
  trainingData: closed(gptOssCard, 'Training data not released.'),
  dataDocumentation: partial(
    gptOssCard,
    'Broad description only: mostly English text on STEM, coding and general knowledge.',
  ),
  paper: open(gptOssCard, 'Model card on arXiv with architecture and training details.'),
  modelCard: open(gptOssCard, 'Published model card with evaluations and safety testing.'),
  license: open(
    gptOssPolicy,
    'Apache 2.0 plus a two-sentence usage policy that asks users to follow applicable law.',
  ),
};
