/** The GPT family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'gpt',
  name: 'GPT',
  summary:
    'OpenAI’s main model line, the models behind ChatGPT; OpenAI’s separate open-weight models have their own page (gpt-oss).',
  sources: [],
});
