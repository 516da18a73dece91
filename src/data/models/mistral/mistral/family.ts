/** The Mistral family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'mistral',
  name: 'Mistral',
  summary:
    'Models from Mistral AI that it released with downloadable weights; this page covers the releases the guide has records for.',
  sources: [],
});
