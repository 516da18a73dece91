/**
 * Cross-record rules for models, licenses, tools and OSI results: references to sources, licenses,
 * models and docs resolve, ratings agree with licenses, change logs are ordered. Node only.
 */
import type {CatalogPlacement, LicenseRecord, Model, ToolRecord} from '../types';
import {OPENNESS_DIMENSIONS} from '../types';
import type {OsiValidationRow as OsiValidation} from '../types';
import {OSI_VALIDATION_RESULTS} from '../types';
import {isIsoDate, isoDateStart} from '../dates';
import {checkCollection} from './primitives';
import {FULLY_RATED_FROM, checkRubric} from '../rubric';
import {licenseSchema, modelSchema, toolSchema} from './schemas';

/** Fields that hold a reference to a source record, at any depth of a record. */
const SOURCE_FIELDS = new Set(['source', 'releaseSource', 'home']);

/** Every source reference in a value, as [path, id] pairs (path relative to the record). */
export function sourceRefs(value: unknown, path: string[] = []): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourceRefs(v, [...path, String(i)]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    SOURCE_FIELDS.has(key) && typeof v === 'string'
      ? [[[...path, key].join('.'), v] as [string, string]]
      : sourceRefs(v, [...path, key]),
  );
}

/**
 * Every source reference in a collection must name a record in src/data/sources/:
 * `models[gpt-4].openness.weights.source: unknown source id "gpt4-report"`.
 */
export function checkSourceRefs(
  collection: string,
  records: readonly {id?: unknown}[],
  sourceIds: ReadonlySet<string>,
): string[] {
  return records.flatMap((record, index) => {
    const id = typeof record.id === 'string' && record.id ? record.id : `#${index}`;
    return sourceRefs(record)
      .filter(([, ref]) => !sourceIds.has(ref))
      .map(
        ([path, ref]) =>
          `${collection}[${id}].${path}: unknown source id "${ref}"; add a record to src/data/sources/ or fix the id`,
      );
  });
}

/** Every guide page a record names must be a doc id the docs plugin knows. */
export function checkDocIds(
  collection: string,
  records: readonly {id?: unknown; guidePages?: unknown}[],
  docIds: ReadonlySet<string>,
): string[] {
  return records.flatMap((record, index) => {
    const id = typeof record.id === 'string' && record.id ? record.id : `#${index}`;
    const pages = Array.isArray(record.guidePages) ? record.guidePages : [];
    return pages.flatMap((doc, i) =>
      typeof doc === 'string' && !docIds.has(doc)
        ? [`${collection}[${id}].guidePages.${i}: unknown doc id "${doc}" (no such file under docs/)`]
        : [],
    );
  });
}

/** Licenses: the schema, plus (when the source ids are given) every source id must name a record. */
export function validateLicenses(
  records: readonly LicenseRecord[],
  today = new Date(),
  sourceIds?: ReadonlySet<string>,
): string[] {
  const problems = checkCollection('licenses', records, licenseSchema, (l) => [['asOf', l.asOf]], today);
  if (sourceIds) problems.push(...checkSourceRefs('licenses', records, sourceIds));
  return problems;
}

/**
 * The catalog's folder rules: a record's id is its folder's name, its maker is the maker folder
 * it sits in, and its family is the family folder it sits in (or none); a version file declares a
 * version and a product file a product. So a record found in the wrong folder fails the build.
 */
export function validateCatalogPlacement(files: readonly CatalogPlacement[]): string[] {
  const problems: string[] = [];
  for (const f of files) {
    const parts = f.file.split('/');
    const name = parts.at(-1) ?? '';
    const folder = parts.at(-2);
    const where = `src/data/models/${f.file}`;
    if (f.id !== folder)
      problems.push(
        `${where}: declares id "${f.id}" but sits in the folder "${folder}"; the folder is the id`,
      );
    if (f.maker !== parts[0])
      problems.push(
        `${where}: declares maker "${f.maker}" but sits in the maker folder "${parts[0]}"; pass that folder's maker (or family)`,
      );
    if (f.kind === 'family') {
      if (parts.length !== 3) problems.push(`${where}: a family sits in <maker>/<family>/family.ts`);
      continue;
    }
    if (name !== `${f.kind}.ts`) problems.push(`${where}: a ${f.kind} is declared in ${f.kind}.ts`);
    const familyFolder = parts.length === 4 ? parts[1] : undefined;
    if (f.family !== familyFolder)
      problems.push(
        familyFolder
          ? `${where}: sits in the family folder "${familyFolder}" but declares ${f.family ? `family "${f.family}"` : 'no family'}; pass ../family`
          : `${where}: declares family "${f.family}" but sits directly in its maker's folder; move it into ${parts[0]}/${f.family}/`,
      );
  }
  return problems;
}

/** OSI's published validation results: known model ids and source ids, a known result, one per model. */
export function validateOsiValidations(
  records: readonly OsiValidation[],
  modelIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const v of records) {
    const at = `models[${v.model}].osiValidation`;
    if (!modelIds.has(v.model))
      problems.push(`${at}.model: unknown model id; OSI results are stored only for models in the dataset`);
    if (seen.has(v.model)) problems.push(`${at}.model: listed twice`);
    seen.add(v.model);
    if (!(v.result in OSI_VALIDATION_RESULTS)) problems.push(`${at}.result: unknown result "${v.result}"`);
    if (!sourceIds.has(v.source)) problems.push(`${at}.source: unknown source id "${v.source}"`);
  }
  return problems;
}

function modelDates(m: Model): Array<[string, string | undefined]> {
  const dates: Array<[string, string | undefined]> = [
    ['firstRelease', m.firstRelease],
    ['lastVerified', m.lastVerified],
    ['added', m.added],
    ['parameters.asOf', m.parameters?.asOf],
  ];
  for (const [dim, rating] of Object.entries(m.openness ?? {})) {
    dates.push([`openness.${dim}.asOf`, rating?.asOf]);
  }
  (Array.isArray(m.changes) ? m.changes : []).forEach((c, i) => dates.push([`changes.${i}.date`, c?.date]));
  return dates;
}

/**
 * Cross-record rules: license ids exist, ratings agree with the license and the access list, and
 * (when the lists are given) every source id and doc id names a real record or doc.
 */
export function validateModels(
  records: readonly Model[],
  licenses: readonly LicenseRecord[],
  today = new Date(),
  sourceIds?: ReadonlySet<string>,
  docIds?: ReadonlySet<string>,
): string[] {
  const problems = checkCollection('models', records, modelSchema, modelDates, today);
  if (sourceIds) problems.push(...checkSourceRefs('models', records, sourceIds));
  if (docIds) problems.push(...checkDocIds('models', records, docIds));
  const licenseById = new Map(licenses.map((l) => [l.id, l]));
  records.forEach((m, index) => {
    const id = typeof m.id === 'string' && m.id ? m.id : `#${index}`;
    const at = (field: string) => `models[${id}].${field}`;
    const license = licenseById.get(m.license);
    if (typeof m.license === 'string' && m.license && !license) {
      problems.push(
        `${at('license')}: unknown license id "${m.license}"; add it to src/data/licenses/ or fix the id`,
      );
    }
    for (const dim of Object.keys(m.unrated ?? {}) as Array<keyof typeof OPENNESS_DIMENSIONS>) {
      if (m.openness?.[dim]) {
        problems.push(`${at(`unrated.${dim}`)}: the dimension is rated; remove the reason`);
      }
      if (typeof m.firstRelease === 'string' && m.firstRelease >= FULLY_RATED_FROM) {
        problems.push(
          `${at(`unrated.${dim}`)}: records released in ${FULLY_RATED_FROM} or later rate every dimension; rate it instead`,
        );
      }
    }
    if (m.firstRelease && m.lastVerified && isIsoDate(m.firstRelease) && isIsoDate(m.lastVerified)) {
      if (isoDateStart(m.lastVerified) < isoDateStart(m.firstRelease)) {
        problems.push(`${at('lastVerified')}: earlier than firstRelease ${m.firstRelease}`);
      }
    }
    problems.push(...checkChanges(m, at));
    if (m.runs && m.kind !== 'product') problems.push(`${at('runs')}: only a product runs other models`);
    problems.push(...todoProblems(`models[${id}]`, m));
  });
  // The openness rubric (docs/concepts/rubric.mdx), the same function the unit tests run: ratings
  // agree with the license and the access list, and every record from 2023 on rates all nine.
  // Records with an unknown license are reported above and skipped here. Schema-valid records only.
  const valid = records.filter((m) => modelSchema.safeParse(m).success && licenseById.has(m.license));
  problems.push(...checkRubric(valid, (id) => licenseById.get(id)));
  return problems;
}

/**
 * Fields still holding the "TODO" that `npm run new-model` writes, in a record or a source:
 * `models[x].summary: still "TODO" …`. Checked by the build, so a half-filled record never ships.
 */
export function todoProblems(at: string, record: unknown): string[] {
  return leafStrings(record)
    .filter(([, value]) => /\bTODO\b/.test(value))
    .map(([field]) => `${at}.${field}: still "TODO" (a template from npm run new-model): fill it in`);
}

/** Every string in a record with its field path (openness.weights.note), for the TODO check. */
function leafStrings(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (Array.isArray(value))
    return value.flatMap((v, i) => leafStrings(v, prefix ? `${prefix}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leafStrings(v, prefix ? `${prefix}.${k}` : k));
  }
  return [];
}

/**
 * Change-log rules beyond the schema (source ids are checked with the rest of the record): entries
 * run newest first, and no entry is dated after the record's lastVerified (the log is part of it).
 */
function checkChanges(m: Model, at: (field: string) => string): string[] {
  const problems: string[] = [];
  const changes = Array.isArray(m.changes) ? m.changes : [];
  changes.forEach((c, i) => {
    if (!c || typeof c !== 'object') return;
    const prev = changes[i - 1];
    if (i > 0 && prev && isIsoDate(prev.date) && isIsoDate(c.date) && c.date > prev.date) {
      problems.push(
        `${at(`changes.${i}.date`)}: ${c.date} is newer than the entry above it (${prev.date}); list changes newest first`,
      );
    }
    if (
      isIsoDate(c.date) &&
      isIsoDate(m.lastVerified) &&
      isoDateStart(c.date) > isoDateStart(m.lastVerified)
    ) {
      problems.push(`${at(`changes.${i}.date`)}: ${c.date} is after lastVerified ${m.lastVerified}`);
    }
    if (c.kind === 'rating' && !c.rating) {
      problems.push(
        `${at(`changes.${i}.rating`)}: a rating change says which dimension went from what to what`,
      );
    }
    if (c.kind !== 'rating' && c.rating) {
      problems.push(`${at(`changes.${i}.rating`)}: only a change of kind 'rating' carries a rating`);
    }
    if (c.rating && c.rating.from === c.rating.to) {
      problems.push(`${at(`changes.${i}.rating`)}: from and to are both ${c.rating.from}; that is no change`);
    }
  });
  // The newest rating change of a dimension must end where the record stands today.
  const seen = new Set<string>();
  changes.forEach((c, i) => {
    if (!c?.rating || seen.has(c.rating.dimension)) return;
    seen.add(c.rating.dimension);
    const now = m.openness?.[c.rating.dimension]?.level;
    if (now && now !== c.rating.to) {
      problems.push(
        `${at(`changes.${i}.rating`)}: the newest ${c.rating.dimension} change ends at ${c.rating.to}, but the record rates it ${now}`,
      );
    }
  });
  if (
    isIsoDate(m.added) &&
    isIsoDate(m.lastVerified) &&
    isoDateStart(m.added) > isoDateStart(m.lastVerified)
  ) {
    problems.push(
      `${at('added')}: ${m.added} is after lastVerified ${m.lastVerified}; a record is checked when added`,
    );
  }
  return problems;
}

export function validateTools(
  records: readonly ToolRecord[],
  licenses: readonly LicenseRecord[],
  modelIds: ReadonlySet<string>,
  today = new Date(),
  sourceIds?: ReadonlySet<string>,
  docIds?: ReadonlySet<string>,
): string[] {
  const problems = checkCollection(
    'tools',
    records,
    toolSchema,
    (t) => [
      ['firstRelease', t.firstRelease],
      ['asOf', t.asOf],
      ['lastVerified', t.lastVerified],
    ],
    today,
  );
  if (sourceIds) problems.push(...checkSourceRefs('tools', records, sourceIds));
  if (docIds) problems.push(...checkDocIds('tools', records, docIds));
  const licenseIds = new Set(licenses.map((l) => l.id));
  records.forEach((t) => {
    if (typeof t.license === 'string' && t.license && !licenseIds.has(t.license)) {
      problems.push(
        `tools[${t.id}].license: unknown license id "${t.license}"; add it to src/data/licenses/ or fix the id`,
      );
    }
    if (modelIds.has(t.id))
      problems.push(`tools[${t.id}].id: also used by a model; ids must be unique across both`);
  });
  return problems;
}
