/** The Grok family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'grok',
  name: 'Grok',
  summary:
    'xAI’s models: the hosted Grok versions it has offered through its API, and the two generations whose weights it has released.',
  sources: [
    {
      id: 'grok-2-repo',
      title: 'xai-org/grok-2 model repository',
      publisher: 'xAI on Hugging Face',
      url: 'https://huggingface.co/xai-org/grok-2',
      published: '2025-08-23',
      asOf: '2026-11-27',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'xai-news-feed-snapshot',
      title: 'xAI News: RSS mirror of the x.ai/news listing (titles, summaries, dates) at commit 001364b',
      publisher: 'Olshansk/rss-feeds on GitHub (third-party mirror of xAI’s news page)',
      url: 'https://github.com/Olshansk/rss-feeds/blob/001364b69862547c7844affa70e4285f583ef433/feeds/feed_xainews.xml',
      asOf: '2026-05-11',
      kind: 'secondary',
      topic: 'models',
      note: 'A scraped copy of xAI’s own news listing, built 11 May 2026; we did not open the xAI posts it lists.',
    },
    {
      id: 'xai-may-15-2026-retirement',
      title: 'Grok Model Retirement on May 15, 2026 (migration guide)',
      publisher: 'xAI (API documentation)',
      url: 'https://docs.x.ai/docs/migration/may-15-retirement',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
