/** HiDream.ai: the maker's shared sources (cited by several of its models). Models live in the folders beside this file. */
import {defineMaker} from '../../define';

export default defineMaker({
  id: 'hidream',
  name: 'HiDream.ai',
  sources: [],
});
