/**
 * Pure checks on package-lock.json (v3): a lockfile is only reproducible when it lists every
 * platform's optional binaries (otherwise `npm ci` fails with "Missing: … from lock file" and a fresh
 * `npm install` rewrites it), and when every package with an install script has a deliberate entry in
 * package.json's `allowScripts`.
 */
export interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  hasInstallScript?: boolean;
}
export interface Lockfile {
  lockfileVersion?: number;
  packages: Record<string, LockPackage>;
}

/** Resolves `dep` from the package at `from` the way Node does: nearest node_modules upwards. */
export function resolveInLock(packages: Lockfile['packages'], from: string, dep: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${dep}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** Every optional dependency that the lockfile names but does not contain, as "parent -> dep@range". */
export function missingOptionalDependencies(lock: Lockfile): string[] {
  const missing: string[] = [];
  for (const [location, pkg] of Object.entries(lock.packages)) {
    for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
      if (!resolveInLock(lock.packages, location, dep))
        missing.push(`${location || '(root)'} -> ${dep}@${range}`);
    }
  }
  return missing;
}

/** Packages with install scripts that package.json's allowScripts neither approves nor denies. */
export function unreviewedInstallScripts(
  lock: Lockfile,
  allowScripts: Record<string, boolean> = {},
): string[] {
  const reviewed = new Set(Object.keys(allowScripts).map((key) => key.replace(/(?<=.)@[^@/]*$/, '')));
  const out: string[] = [];
  for (const [location, pkg] of Object.entries(lock.packages)) {
    if (!pkg.hasInstallScript || !location) continue;
    const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!reviewed.has(name)) out.push(`${name}@${pkg.version ?? '?'}`);
  }
  return out;
}
