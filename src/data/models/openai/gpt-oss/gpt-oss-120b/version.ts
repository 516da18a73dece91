/** gpt-oss-120b: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, open} from '../../../../define';
import family from '../family';
import {gptOssRatings, gptOssRelease, gptOssRepo} from '../release';

const gptOssRouter = ev('openrouter-gpt-oss-120b', '2026');

export default defineVersion(family, {
  id: 'gpt-oss-120b',
  name: 'gpt-oss-120b',
  ...gptOssRelease,
  summary:
    "OpenAI's larger open-weight reasoning model: a text-only mixture-of-experts model under Apache 2.0 that fits on one 80 GB GPU.",
  parameters: {
    status: 'disclosed',
    sizes: [{total: 1.17e11, active: 5.1e9}],
    note: '116.8B total exactly.',
    ...gptOssRepo,
  },
  howToGet:
    'Download from Hugging Face (openai/gpt-oss-120b), run with vLLM, Transformers or Ollama (gpt-oss:120b), or use a hosting provider.',
  openness: {
    ...gptOssRatings,
    api: open(gptOssRouter, 'Offered by many third-party API providers.'),
  },
  guidePages: [G.answer, G.gptOss, G.vsWeights, G.alternatives, G.local, G.choose],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {
    eu: {file: 'GPT-OSS.yaml', role: 'end', note: 'Rates gpt-oss-120b, the larger of the two.'},
    mot: {file: 'gpt-oss-120b.yml', note: 'gpt-oss-120b.'},
  },
  timelineLabel: 3,
  sources: [],
});
