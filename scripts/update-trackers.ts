/**
 * Regenerates the vendored tracker snapshots in src/data/trackers/ from local git checkouts:
 *
 *   git clone https://github.com/Language-Technology-Assessment/main-database /tmp/eu
 *   git clone https://github.com/lfai/model_openness_tool /tmp/mot
 *   node --import tsx scripts/update-trackers.ts --eu /tmp/eu --mot /tmp/mot
 *
 * Only the entries listed in src/data/trackers/mapping.ts are kept (trimmed to the fields the
 * site shows), with the commit hash and date of each checkout. The MOT license flags are worked
 * out here from the tool's own license files, so the site needs only the pure class rule in
 * src/lib/trackers.ts. Review the diff and the SecondOpinion output before committing.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {EU_MAPPING, MOT_MAPPING} from '../src/data/trackers/mapping';
import {
  isMotOpenLicense,
  resolveMotLicense,
  type EuCriterion,
  type EuRating,
  type MotComponent,
  type MotComponentDef,
  type MotContentType,
} from '../src/lib/trackers';

const OUT_DIR = path.join(__dirname, '..', 'src', 'data', 'trackers');

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (!value) throw new Error(`missing --${name} <path to a git checkout>`);
  return path.resolve(value);
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {encoding: 'utf8'}).trim();
}

function headInfo(dir: string): {commit: string; date: string} {
  const [commit, date] = git(dir, 'log', '-1', '--format=%H %cs').split(' ');
  return {commit, date};
}

/** Date (YYYY-MM-DD) of the last commit that touched a file. */
function lastChanged(dir: string, file: string): string {
  return git(dir, 'log', '-1', '--format=%cs', '--', file);
}

function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

const str = (v: unknown): string | undefined =>
  v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim();

function euSnapshot(dir: string) {
  const params = parse(read(dir, '_parameters.yml')) as Array<{
    ref: string;
    params: Array<{ref: string; name: string; types: string[]}>;
  }>;
  const criteria: EuCriterion[] = params.flatMap((cat) =>
    cat.params.map((p) => ({ref: p.ref, name: p.name.trim(), category: cat.ref, types: p.types})),
  );
  const entries: Record<string, unknown> = {};
  for (const m of EU_MAPPING) {
    const y = parse(read(dir, m.file)) as Record<string, Record<string, unknown>>;
    const ratings: Record<string, EuRating> = {};
    for (const c of criteria) {
      const r = y[c.ref] ?? {};
      const cls = str(r.class);
      if (cls !== undefined && cls !== 'open' && cls !== 'partial' && cls !== 'closed') {
        throw new Error(`${m.file}: ${c.ref}.class is "${cls}"`);
      }
      ratings[c.ref] = {
        class: (cls as EuRating['class']) ?? null,
        ...(str(r.link) ? {link: str(r.link)} : {}),
        // Their notes are not kept: the guide links to their evidence instead of reprinting their words.
      };
    }
    entries[m.id] = {
      file: m.file,
      role: m.role,
      name: str(y.system.name),
      baseModel: str(y.system.basemodelname),
      endModel: str(y.system.endmodelname),
      type: str(y.system.type) ?? 'text',
      releaseDate: str(y.system.releasedate),
      lastChanged: lastChanged(dir, m.file),
      ratings,
    };
  }
  return {
    tracker: 'eu-index',
    name: 'European Open Source AI Index',
    repository: 'https://github.com/Language-Technology-Assessment/main-database',
    site: 'https://osai-index.eu/',
    ...headInfo(dir),
    license: 'CC-BY-4.0',
    doi: '10.5281/zenodo.15386042',
    citation:
      'Liesenfeld, A. and Dingemanse, M. (2024). Rethinking open source generative AI: open-washing and the EU AI Act. In Proceedings of the 2024 ACM Conference on Fairness, Accountability, and Transparency (FAccT ’24), pp. 1774–1787.',
    criteria,
    entries,
  };
}

function motSnapshot(dir: string) {
  const settings = parse(read(dir, 'web/modules/mof/config/install/mof.settings.yml')) as {
    components: Array<{
      id: number;
      name: string;
      content_type: MotContentType;
      class: 1 | 2 | 3;
      required: boolean;
    }>;
  };
  const components: MotComponentDef[] = settings.components
    .map((c) => ({id: c.id, name: c.name, class: c.class, required: c.required, contentType: c.content_type}))
    .sort((a, b) => b.class - a.class || a.id - b.id);

  // LicenseImporter reads licenses.json, then mof-licenses.json (later entries win).
  const byId = new Map<string, {osi: boolean; fsf: boolean}>();
  for (const file of ['licenses.json', 'mof-licenses.json']) {
    const json = JSON.parse(read(dir, `web/modules/mof/${file}`)) as {
      licenses: Array<{licenseId: string; isOsiApproved?: boolean; isFsfLibre?: boolean}>;
    };
    for (const l of json.licenses) byId.set(l.licenseId, {osi: !!l.isOsiApproved, fsf: !!l.isFsfLibre});
  }
  const handler = read(dir, 'web/modules/mof/src/LicenseHandler.php');
  const constList = (name: string): Set<string> => {
    const block = new RegExp(`const ${name} = \\[([^\\]]*)\\]`).exec(handler);
    if (!block) throw new Error(`LicenseHandler.php: ${name} not found`);
    return new Set([...block[1].matchAll(/'([^']+)'/g)].map((x) => x[1]));
  };
  const sets = {
    osiOrFsf: new Set([...byId].filter(([, v]) => v.osi || v.fsf).map(([k]) => k)),
    openData: constList('OPEN_DATA_LICENSES'),
    extra: constList('OPEN_LICENSES'),
  };

  const entries: Record<string, unknown> = {};
  for (const m of MOT_MAPPING) {
    const file = `models/${m.file}`;
    const y = parse(read(dir, file)) as {
      release: {
        name: string;
        producer?: string;
        license?: Record<string, {name?: string}>;
        components?: Array<{name: string; license?: string}>;
      };
    };
    const global = y.release.license ?? {};
    const listed: Array<MotComponent & {name: string}> = [];
    for (const c of y.release.components ?? []) {
      const def = components.find((d) => d.name === c.name);
      if (!def) throw new Error(`${file}: unknown component "${c.name}"`);
      const own = c.license === undefined || c.license === null ? undefined : String(c.license).trim();
      const license = resolveMotLicense(own, def.contentType, global);
      listed.push({id: def.id, name: def.name, license, open: isMotOpenLicense(license, sets)});
    }
    entries[m.id] = {
      file,
      name: y.release.name,
      producer: str(y.release.producer),
      lastChanged: lastChanged(dir, file),
      components: listed.map(({id, license, open}) => ({id, license, open})),
    };
  }
  return {
    tracker: 'mot',
    name: 'Model Openness Tool (LF AI & Data)',
    repository: 'https://github.com/lfai/model_openness_tool',
    site: 'https://mot.isitopen.ai/',
    ...headInfo(dir),
    license: 'MIT',
    components,
    entries,
  };
}

const eu = euSnapshot(arg('eu'));
const mot = motSnapshot(arg('mot'));
writeFileSync(path.join(OUT_DIR, 'eu-index.json'), `${JSON.stringify(eu, null, 2)}\n`);
writeFileSync(path.join(OUT_DIR, 'mot.json'), `${JSON.stringify(mot, null, 2)}\n`);
console.log(
  `EU index ${eu.commit.slice(0, 7)} (${eu.date}): ${Object.keys(eu.entries).length} entries; ` +
    `MOT ${mot.commit.slice(0, 7)} (${mot.date}): ${Object.keys(mot.entries).length} entries.`,
);
