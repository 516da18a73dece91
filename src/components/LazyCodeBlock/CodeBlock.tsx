/**
 * The theme's CodeBlock with Prism's extra languages registered: the chunk that
 * src/components/LazyCodeBlock loads. The classic theme did this registration in a client module on
 * every page; src/plugins/lazy-prism removes that module, so it happens here, once, before the first
 * block renders (on the server too).
 */
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme/CodeBlock';

prismIncludeLanguages(Prism);

export default CodeBlock;
