/**
 * src/plugins/lazy-prism: swaps the classic theme's Prism client module (in every page's main
 * bundle) for an empty one, and nothing else. Also checks that the installed theme still registers
 * that client module under the path the swap matches, so a theme upgrade that renames it fails here
 * instead of silently shipping Prism on every page again.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import lazyPrismPlugin, {EMPTY_MODULE, PRISM_CLIENT_MODULE} from '../../src/plugins/lazy-prism';

const THEME_LIB = path.dirname(require.resolve('@docusaurus/theme-classic'));

test('the swap catches the theme’s client module, not the theme component it calls', () => {
  const client = path.join(THEME_LIB, 'prism-include-languages.js');
  const component = path.join(THEME_LIB, 'theme', 'prism-include-languages.js');
  assert.ok(fs.existsSync(client), `${client} exists`);
  assert.ok(fs.existsSync(component), `${component} exists`);
  const requests = [client, client.replace(/\.js$/, ''), component, '@theme/prism-include-languages'].map(
    (request) => ({request}),
  );
  class FakeReplacementPlugin {
    constructor(re: RegExp, fn: (d: {request: string}) => void) {
      for (const data of requests) if (re.test(data.request)) fn(data);
    }
  }
  const plugin = lazyPrismPlugin();
  const utils = {
    currentBundler: {name: 'rspack', instance: {NormalModuleReplacementPlugin: FakeReplacementPlugin}},
  };
  // @ts-expect-error: a minimal stand-in for the bundler utilities the plugin uses.
  plugin.configureWebpack?.({}, false, utils, undefined);
  assert.equal(requests[0].request, EMPTY_MODULE);
  assert.equal(requests[1].request, EMPTY_MODULE);
  assert.equal(requests[2].request, component, 'the theme component is left alone');
  assert.equal(requests[3].request, '@theme/prism-include-languages');
  assert.ok(fs.existsSync(EMPTY_MODULE));
  assert.equal(PRISM_CLIENT_MODULE.test(component), false);
});

test('the installed classic theme still registers Prism as a client module under that path', () => {
  const source = fs.readFileSync(path.join(THEME_LIB, 'index.js'), 'utf8');
  assert.match(source, /getClientModules\(\)[\s\S]{0,400}'\.\/prism-include-languages'/);
});
