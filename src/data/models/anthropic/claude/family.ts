/** The Claude family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'claude',
  formerIds: ['claude-family'],
  name: 'Claude',
  summary:
    'Anthropic’s assistant and model line, offered through Anthropic’s apps, its API and cloud partners.',
  sources: [],
});
