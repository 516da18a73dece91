/** AI21 Labs: the maker's shared sources (cited by several of its models). Models live in the folders beside this file. */
import {defineMaker} from '../../define';

export default defineMaker({
  id: 'ai21',
  name: 'AI21 Labs',
  sources: [],
});
