/** The Command family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'command',
  name: 'Command',
  summary: 'Cohere’s enterprise models, whose weights Cohere shares for non-commercial use only.',
  sources: [],
});
