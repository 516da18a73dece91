/**
 * Local plugin: Prism loads with the first code block, not with every page.
 *
 * The classic theme registers a client module (`lib/prism-include-languages.js`) that imports
 * prism-react-renderer (Prism with its bundled grammars, about 25 KB gzip) and adds the configured
 * `prism.additionalLanguages`. Client modules are part of every page's main bundle, so every page
 * paid for a highlighter that two pages use. This swaps that one module, in the client and server
 * bundles, for an empty one; `src/components/LazyCodeBlock` adds the languages instead, in the
 * chunk it loads with CodeBlock. The theme component the module calls (`@theme/prism-include-languages`)
 * is untouched. If a theme upgrade renames the client module, the swap no longer matches and the
 * byte guard (main bundle) and the unit test of this plugin say so.
 *
 * It also writes the code colours of both modes into each page's head (`tokenCss`, from
 * src/lib/prismThemes.ts): Prism itself is given `siteCodeTheme`, which colours nothing, so a code
 * block's markup does not depend on the colour mode and can stay static.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {tokenCss} from '../../lib/prismThemes';

/** The classic theme's client module (not the theme component under lib/theme/). */
export const PRISM_CLIENT_MODULE = /[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;
export const EMPTY_MODULE = path.join(__dirname, 'empty.ts');

export default function lazyPrismPlugin(): Plugin {
  return {
    name: 'site-lazy-prism',
    injectHtmlTags() {
      return {headTags: [{tagName: 'style', attributes: {'data-code-colours': ''}, innerHTML: tokenCss()}]};
    },
    configureWebpack(_config, _isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, (data: {request: string}) => {
            data.request = EMPTY_MODULE;
          }),
        ],
      };
    },
  };
}
