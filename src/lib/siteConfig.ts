/**
 * Deployment settings read from the environment, with defaults for a GitHub Pages project site.
 * Pure: takes an env-like object, returns the four values docusaurus.config.ts needs.
 *
 * SITE_URL            origin only, e.g. https://example.github.io (no path)
 * BASE_URL            path the site is served under, e.g. /open-closed-ai/ (normalised to /x/)
 * GITHUB_REPOSITORY   "owner/repo", set by GitHub Actions; supplies defaults for the others
 * ORGANIZATION_NAME / PROJECT_NAME   override the owner and repo names
 */
export interface DeployConfig {
  url: string;
  baseUrl: string;
  organizationName: string;
  projectName: string;
}

/** process.env or any object shaped like it; only the keys listed above are read. */
export type DeployEnv = Readonly<Record<string, string | undefined>>;

export const DEFAULT_ORGANIZATION = 'open-closed-ai';
export const DEFAULT_PROJECT = 'field-guide';

/** Ensures a leading and trailing slash and collapses repeated slashes: "x" -> "/x/". */
export function normalizeBaseUrl(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/^[a-z]+:\/\//i.test(trimmed)) {
    throw new Error(
      `BASE_URL must be a path such as /my-repo/, not a full URL (got "${raw}"). Put the origin in SITE_URL.`,
    );
  }
  return `/${trimmed}/`.replace(/\/{2,}/g, '/');
}

/** Validates SITE_URL: an http(s) origin without a path; a trailing slash is dropped. */
export function normalizeSiteUrl(raw: string): string {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.github.io (got "${raw}").`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https (got "${raw}").`);
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(
      `SITE_URL must be an origin without a path (got "${raw}"). Put the path in BASE_URL instead.`,
    );
  }
  return parsed.origin;
}

export function resolveDeployConfig(env: DeployEnv): DeployConfig {
  const [repoOwner, repoName] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const organizationName = env.ORGANIZATION_NAME || repoOwner || DEFAULT_ORGANIZATION;
  const projectName = env.PROJECT_NAME || repoName || DEFAULT_PROJECT;
  const url = normalizeSiteUrl(env.SITE_URL || `https://${organizationName.toLowerCase()}.github.io`);
  // Locally (no GITHUB_REPOSITORY, no BASE_URL) the site lives at the root; on Actions it
  // defaults to the project-site path /<repo>/ unless the repo is the user/org site itself.
  let baseUrl = '/';
  if (env.BASE_URL !== undefined && env.BASE_URL !== '') {
    baseUrl = normalizeBaseUrl(env.BASE_URL);
  } else if (repoName && !repoName.toLowerCase().endsWith('.github.io')) {
    baseUrl = normalizeBaseUrl(repoName);
  }
  return {url, baseUrl, organizationName, projectName};
}
