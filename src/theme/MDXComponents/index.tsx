// Wraps the original MDX component map to make <Cite> and the callouts available on every page
// without imports. Breaks if upstream stops exporting the map as a plain object.
import MDXComponents from '@theme-original/MDXComponents';
import Cite from '@site/src/components/Cite';
import {Verdict, Myth, KeyFigure} from '@site/src/components/Callouts';

export default {
  ...MDXComponents,
  Cite,
  Verdict,
  Myth,
  KeyFigure,
};
