/** The OLMo family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'olmo',
  formerIds: ['olmo-family'],
  name: 'OLMo',
  makerName: 'Ai2',
  summary:
    'The Allen Institute for AI’s fully open models: weights together with the training data, code and logs behind them.',
  sources: [],
});
