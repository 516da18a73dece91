/**
 * Local plugin: validates src/data/ before anything is bundled, so bad data fails the build with
 * a message naming the record and field. See src/plugins/README.md.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {sources} from '../../data/sources';
import {assertValidDataset} from './validate';

export default function datasetPlugin(_context: LoadContext): Plugin {
  return {
    name: 'site-dataset',
    async loadContent() {
      assertValidDataset({sources});
    },
  };
}
