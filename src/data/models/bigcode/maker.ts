/** BigCode (an open scientific collaboration on code LLMs): the maker's shared sources. Models live in the folders beside this file. */
import {defineMaker} from '../../define';

export default defineMaker({
  id: 'bigcode',
  name: 'BigCode',
  sources: [],
});
