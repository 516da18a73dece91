/** SWivid (Yushen Chen and co-authors, X-LANCE lab, Shanghai Jiao Tong University): the maker's shared sources. Models live in the folders beside this file. */
import {defineMaker} from '../../define';

export default defineMaker({
  id: 'swivid',
  name: 'SWivid (Yushen Chen et al.)',
  sources: [],
});
