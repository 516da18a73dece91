import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_ORGANIZATION,
  DEFAULT_PROJECT,
  normalizeBaseUrl,
  normalizeSiteUrl,
  resolveDeployConfig,
} from '../../src/lib/siteConfig';

test('with no environment the site is served from the root of the default Pages host', () => {
  assert.deepEqual(resolveDeployConfig({}), {
    url: `https://${DEFAULT_ORGANIZATION}.github.io`,
    baseUrl: '/',
    organizationName: DEFAULT_ORGANIZATION,
    projectName: DEFAULT_PROJECT,
  });
});

test('on GitHub Actions the repository name becomes the project-site base path', () => {
  const config = resolveDeployConfig({GITHUB_REPOSITORY: 'Acme/ai-guide'});
  assert.equal(config.url, 'https://acme.github.io');
  assert.equal(config.baseUrl, '/ai-guide/');
  assert.equal(config.organizationName, 'Acme');
  assert.equal(config.projectName, 'ai-guide');
});

test('a user or organisation site (<owner>.github.io) is served from the root', () => {
  assert.equal(resolveDeployConfig({GITHUB_REPOSITORY: 'acme/acme.github.io'}).baseUrl, '/');
});

test('explicit SITE_URL, BASE_URL and names win over the repository', () => {
  const config = resolveDeployConfig({
    GITHUB_REPOSITORY: 'acme/ai-guide',
    SITE_URL: 'https://docs.example.org/',
    BASE_URL: 'guide',
    ORGANIZATION_NAME: 'other',
    PROJECT_NAME: 'thing',
  });
  assert.deepEqual(config, {
    url: 'https://docs.example.org',
    baseUrl: '/guide/',
    organizationName: 'other',
    projectName: 'thing',
  });
});

test('base URLs get exactly one slash at each end', () => {
  assert.equal(normalizeBaseUrl('x'), '/x/');
  assert.equal(normalizeBaseUrl('/x'), '/x/');
  assert.equal(normalizeBaseUrl('//x//y//'), '/x/y/');
  assert.equal(normalizeBaseUrl(' / '), '/');
  assert.equal(normalizeBaseUrl(''), '/');
});

test('bad values fail with a message that says how to fix them', () => {
  assert.throws(() => normalizeBaseUrl('https://x.org/y/'), /BASE_URL must be a path.*SITE_URL/);
  assert.throws(() => normalizeSiteUrl('not a url'), /SITE_URL must be an absolute URL/);
  assert.throws(() => normalizeSiteUrl('ftp://x.org'), /http or https/);
  assert.throws(() => normalizeSiteUrl('https://x.org/docs/'), /without a path.*BASE_URL/);
});
