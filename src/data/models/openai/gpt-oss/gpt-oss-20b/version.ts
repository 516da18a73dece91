/** gpt-oss-20b: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, open} from '../../../../define';
import family from '../family';
import {gptOssRatings, gptOssRelease, gptOssRepo} from '../release';

const gptOssRouter20 = ev('openrouter-gpt-oss-20b', '2026');

export default defineVersion(family, {
  id: 'gpt-oss-20b',
  name: 'gpt-oss-20b',
  ...gptOssRelease,
  summary:
    "OpenAI's smaller open-weight reasoning model, text-only, under Apache 2.0; runs within 16 GB of memory.",
  parameters: {
    status: 'disclosed',
    sizes: [{total: 2.1e10, active: 3.6e9}],
    note: '20.9B total exactly.',
    ...gptOssRepo,
  },
  howToGet:
    'Download from Hugging Face (openai/gpt-oss-20b) or run it with Ollama (gpt-oss:20b), LM Studio or llama.cpp.',
  openness: {
    ...gptOssRatings,
    api: open(gptOssRouter20, 'Offered by third-party API providers.'),
  },
  guidePages: [G.gptOss, G.local, G.choose],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'gpt-oss-20b.yml', note: 'gpt-oss-20b.'}},
  sources: [],
});
