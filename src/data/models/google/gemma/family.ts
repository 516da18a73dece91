/** The Gemma family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'gemma',
  name: 'Gemma',
  makerName: 'Google DeepMind',
  summary:
    'Google DeepMind’s downloadable models, built from the same research as its closed Gemini; the license changed between generations.',
  sources: [],
});
