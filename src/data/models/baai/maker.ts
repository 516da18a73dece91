/** BAAI (Beijing Academy of Artificial Intelligence): the maker's shared sources. Models live in the folders beside this file. */
import {defineMaker} from '../../define';

export default defineMaker({
  id: 'baai',
  name: 'BAAI (Beijing Academy of Artificial Intelligence)',
  sources: [],
});
