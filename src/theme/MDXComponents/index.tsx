// Wraps the original MDX component map to make <Cite>, the page source list and the callouts
// available on every page without imports. Breaks if upstream stops exporting the map as a plain
// object. None of these import data: citations arrive resolved from src/plugins/cite/.
import MDXComponents from '@theme-original/MDXComponents';
import Cite from '@site/src/components/Cite';
import PageSources, {PageSource} from '@site/src/components/Cite/PageSources';
import {Verdict, Myth, KeyFigure} from '@site/src/components/Callouts';

export default {
  ...MDXComponents,
  Cite,
  PageSources,
  PageSource,
  Verdict,
  Myth,
  KeyFigure,
};
