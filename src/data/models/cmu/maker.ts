/** Carnegie Mellon University and Google Brain: the maker's shared sources (cited by several of its models). Models live in the folders beside this file. */
import {defineMaker} from '../../define';

export default defineMaker({
  id: 'cmu',
  name: 'Carnegie Mellon University and Google Brain',
  sources: [],
});
