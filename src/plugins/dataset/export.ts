/**
 * The published dataset: /data/models.json, its JSON Schema (/data/models.schema.json) and
 * /data/models.csv, built by the dataset plugin's postBuild from the same records the pages use.
 *
 * The JSON Schema is generated from `publishedDatasetSchema` below, which reuses the zod schemas
 * that validate the data before the build (./validate.ts). Refinements (https-only URLs, ISO
 * dates, cross-field rules) cannot be expressed in JSON Schema and are left out of it; the zod
 * schema still checks them. Node only: zod stays out of the browser.
 */
import {execFileSync} from 'node:child_process';
import {z} from 'zod';
import type {License, Model, Source, Tool} from '../../domain/types';
import {DIMENSIONS, RELEASE_CLASSES, formatSizes, releaseClass} from '../../lib/models';
import {MOF_CLASSES, OPEN_WEIGHTS, OSAID_VERDICTS, modelVerdicts} from '../../domain/verdicts';
import {httpsUrl, isoDate, sourceSchema} from '../../domain/validation/primitives';
import {publishedSchemas} from '../../domain/validation/schemas';

const {licenseSchema, modelSchema, toolSchema} = publishedSchemas;

/* ---------------------------------------------------------------- dataset version */

export interface DatasetVersion {
  /** Full git commit of the data, or null when the build ran outside a git checkout. */
  commit: string | null;
  /** Commit date (ISO 8601) or, without git, the build date. */
  date: string;
  /** Where `commit` and `date` come from. */
  from: 'git' | 'build-time';
}

/**
 * The commit and commit date of the checkout at `cwd`. Without git (a source tarball, a shallow
 * copy without .git) it falls back to the build time and says so, rather than failing the build.
 */
export function datasetVersion(cwd: string, now: Date = new Date()): DatasetVersion {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%H %cI'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const [commit, date] = out.split(' ');
    if (/^[0-9a-f]{40}$/.test(commit ?? '') && date) return {commit, date, from: 'git'};
  } catch {
    // not a git checkout, or git is not installed: fall through
  }
  return {commit: null, date: now.toISOString(), from: 'build-time'};
}

/* ---------------------------------------------------------------- schema */

const verdictsSchema = z
  .object({
    openSourceAI: z
      .enum(Object.keys(OSAID_VERDICTS) as [keyof typeof OSAID_VERDICTS])
      .describe('Our reading of the OSI Open Source AI Definition 1.0: meets, does-not-meet or cannot-tell.'),
    openSourceAIMissing: z.array(z.string()).describe('What keeps the model from meeting the definition.'),
    mofClassEstimated: z
      .enum(Object.keys(MOF_CLASSES) as [keyof typeof MOF_CLASSES])
      .describe('Estimated Model Openness Framework class (I, II, III or none); an estimate, not an audit.'),
    openWeights: z.enum(Object.keys(OPEN_WEIGHTS) as [keyof typeof OPEN_WEIGHTS]),
    opennessScore: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullable()
      .describe('0-100 over the rated openness dimensions; null when none is rated.'),
    opennessScoreRated: z.number().int().min(0),
    opennessScoreOf: z.number().int().min(1),
  })
  .strict();

export const publishedModelSchema = modelSchema
  .extend({
    releaseClass: z.enum(Object.keys(RELEASE_CLASSES) as [keyof typeof RELEASE_CLASSES]),
    verdicts: verdictsSchema,
    page: httpsUrl.describe("The model's page on the site."),
  })
  .strict();

export const publishedDatasetSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().min(1),
    description: z.string().min(1),
    homepage: httpsUrl,
    license: z.string().min(1).describe('The terms the dataset is published under.'),
    version: z
      .object({
        commit: z
          .string()
          .regex(/^[0-9a-f]{40}$/)
          .nullable(),
        date: z.string().min(10),
        from: z.enum(['git', 'build-time']),
      })
      .strict()
      .describe('Git commit and date of the data this file was built from.'),
    lastVerified: isoDate,
    models: z.array(publishedModelSchema).min(1),
    licenses: z.array(licenseSchema).min(1),
    tools: z.array(toolSchema),
  })
  .strict();

export type PublishedDataset = z.infer<typeof publishedDatasetSchema>;

const versionSchema = publishedDatasetSchema.shape.version;

const clauseRefSchema = z
  .object({
    document: z.string().describe('Document id: its page is /licenses/<id>/.'),
    section: z.string().min(1).describe('The section or heading the answer rests on.'),
    url: z
      .string()
      .url()
      .describe('The pinned version read (a commit or Open Terms Archive permalink, or the page read).'),
    date: z.string().min(4).describe('The date of that version.'),
  })
  .strict();

const channelSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['weights', 'api', 'app']),
    name: z.string(),
    documents: z.array(
      z.object({id: z.string(), name: z.string(), date: z.string(), url: z.string().url()}).strict(),
    ),
    answers: z.array(
      z
        .object({
          question: z.string().describe('Question id, e.g. commercial, outputs-train, trains-on-inputs.'),
          text: z.string(),
          status: z.enum(['yes', 'no', 'conditional', 'unclear', 'not-checked']),
          note: z.string(),
          clauses: z.array(clauseRefSchema),
        })
        .strict(),
    ),
  })
  .strict();

export type PublishedChannel = z.infer<typeof channelSchema>;

/**
 * One model as a file of its own (/data/models/<id>.json, issue #27 §2): the record as in
 * models.json (verdicts, page), its license, every source it cites with title and dates, and the
 * dataset version, so a reader can fetch one model without the whole dataset.
 */
export const publishedRecordSchema = z
  .object({
    $schema: z.string(),
    version: versionSchema,
    license: z.string().min(1).describe('The terms the dataset is published under.'),
    model: publishedModelSchema,
    modelLicense: licenseSchema,
    sources: z.array(sourceSchema).describe('Every source the record cites, by id.'),
    channels: z
      .array(channelSchema)
      .describe(
        'Each way to reach the model (downloaded weights, the provider API, its app) with the documents that govern it and every "can I use it for…?" answer, each citing its clauses.',
      ),
  })
  .strict();

export type PublishedRecord = z.infer<typeof publishedRecordSchema>;

/** The list of per-model files (/data/models/index.json). */
export const publishedRecordIndexSchema = z
  .object({
    $schema: z.string(),
    version: versionSchema,
    models: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          kind: publishedModelSchema.shape.kind,
          maker: z.string(),
          family: z.string().optional(),
          file: httpsUrl.describe('This model’s JSON file.'),
          page: httpsUrl,
        })
        .strict(),
    ),
  })
  .strict();

export type PublishedRecordIndex = z.infer<typeof publishedRecordIndexSchema>;

/** JSON Schema (draft-07) of /data/models/<id>.json and of /data/models/index.json. */
export function recordJsonSchemas(
  recordId: string,
  indexId: string,
): Record<string, Record<string, unknown>> {
  return {
    record: {
      ...z.toJSONSchema(publishedRecordSchema, {target: 'draft-7', io: 'output'}),
      $id: recordId,
      title: 'Open or Closed? one model record',
    },
    index: {
      ...z.toJSONSchema(publishedRecordIndexSchema, {target: 'draft-7', io: 'output'}),
      $id: indexId,
      title: 'Open or Closed? list of model records',
    },
  };
}

/** JSON Schema (draft-07) of /data/models.json, generated from `publishedDatasetSchema`. */
export function datasetJsonSchema(id: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(publishedDatasetSchema, {target: 'draft-7', io: 'output'}),
    $id: id,
    title: 'Open or Closed? model openness dataset',
  };
}

/* ---------------------------------------------------------------- JSON */

export interface DatasetInput {
  models: readonly Model[];
  licenses: readonly License[];
  tools: readonly Tool[];
  getLicense: (id: string) => License | undefined;
}

export interface DatasetMeta {
  title: string;
  homepage: string;
  schemaUrl: string;
  license: string;
  version: DatasetVersion;
  pageUrl: (id: string) => string;
}

/** The verdicts of one model, as published (JSON `verdicts` and the CSV's verdict columns). */
export function publishedVerdicts(m: Model, license: License) {
  const v = modelVerdicts(m, license);
  return {
    openSourceAI: v.osaid.verdict,
    openSourceAIMissing: v.osaid.missing,
    mofClassEstimated: v.mof.cls,
    openWeights: v.openWeights,
    opennessScore: v.score.score,
    opennessScoreRated: v.score.rated,
    opennessScoreOf: v.score.of,
  };
}

function licenseOf(data: DatasetInput, m: Model): License {
  const license = data.getLicense(m.license);
  if (!license) throw new Error(`models[${m.id}].license: unknown license id "${m.license}"`);
  return license;
}

export function buildDatasetJson(data: DatasetInput, meta: DatasetMeta): PublishedDataset {
  return {
    $schema: meta.schemaUrl,
    title: meta.title,
    description:
      'Models and tools discussed in the guide, with license, sizes, access, an openness profile and computed verdicts; every rating has a source URL and an as-of date.',
    homepage: meta.homepage,
    license: meta.license,
    version: meta.version,
    lastVerified: data.models
      .map((m) => m.lastVerified)
      .sort()
      .at(-1)!,
    models: data.models.map((m) => publishedModel(m, licenseOf(data, m), meta.pageUrl)),
    licenses: [...data.licenses],
    tools: [...data.tools],
  };
}

/** One model as models.json and its own file publish it: the record, its verdicts and its page. */
function publishedModel(model: Model, license: License, pageUrl: (id: string) => string) {
  // `timelineLabel` is how the site's chart labels points, not a fact about the model.
  const {timelineLabel: _label, ...m} = model;
  return {
    ...m,
    releaseClass: releaseClass(m),
    // Computed by src/domain/verdicts.ts; the model pages explain how.
    verdicts: publishedVerdicts(m, license),
    page: pageUrl(m.id),
  };
}

export interface RecordFilesMeta extends Omit<DatasetMeta, 'title' | 'homepage' | 'schemaUrl'> {
  recordSchemaUrl: string;
  indexSchemaUrl: string;
  /** The URL of a model's own file. */
  fileUrl: (id: string) => string;
  /** The source ids a model's record cites (the records as written, before URLs replaced them). */
  citedSourceIds: (id: string) => string[];
  getSource: (id: string) => Source | undefined;
  /** The model's channels and answers (src/data/terms `channelViews`). */
  channels: (id: string) => PublishedChannel[];
}

/** /data/models/<id>.json for every model, and /data/models/index.json listing them. */
export function buildRecordFiles(
  data: Pick<DatasetInput, 'models' | 'getLicense'>,
  meta: RecordFilesMeta,
): {records: PublishedRecord[]; index: PublishedRecordIndex} {
  const records = data.models.map((m): PublishedRecord => {
    const license = licenseOf({...data, licenses: [], tools: []}, m);
    const sources = [...new Set(meta.citedSourceIds(m.id))].map((id) => {
      const s = meta.getSource(id);
      if (!s) throw new Error(`models[${m.id}]: unknown source id "${id}"`);
      return s;
    });
    return {
      $schema: meta.recordSchemaUrl,
      version: meta.version,
      license: meta.license,
      model: publishedModel(m, license, meta.pageUrl),
      modelLicense: license,
      sources,
      channels: meta.channels(m.id),
    };
  });
  const index: PublishedRecordIndex = {
    $schema: meta.indexSchemaUrl,
    version: meta.version,
    models: data.models.map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      maker: m.maker,
      ...(m.family ? {family: m.family} : {}),
      file: meta.fileUrl(m.id),
      page: meta.pageUrl(m.id),
    })),
  };
  return {records, index};
}

/* ---------------------------------------------------------------- CSV */

export const CSV_COLUMNS = [
  'id',
  'name',
  'organization',
  'firstRelease',
  'parameterStatus',
  'parameters',
  'license',
  'licenseKind',
  'access',
  'inputs',
  'outputs',
  ...DIMENSIONS.flatMap((d) => [`${d}Rating`, `${d}Source`, `${d}AsOf`]),
  'openSourceAIVerdict',
  'openWeights',
  'mofClassEstimated',
  'opennessScore',
  'opennessScoreRated',
  'lastVerified',
  'page',
  // Added with the catalog's kinds (issue #23): version or product, the maker's and family's ids.
  'kind',
  'maker',
  'family',
] as const;

export function csvEscape(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV document (RFC 4180, CRLF line ends) built from the records, with their verdicts. */
export function modelsToCsv(
  models: readonly Model[],
  getLicense: (id: string) => License | undefined,
  pageUrl: (id: string) => string,
): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const m of models) {
    const license = getLicense(m.license);
    if (!license) throw new Error(`models[${m.id}].license: unknown license id "${m.license}"`);
    const v = publishedVerdicts(m, license);
    rows.push([
      m.id,
      m.name,
      m.organization,
      m.firstRelease,
      m.parameters.status,
      m.parameters.status === 'disclosed' ? formatSizes(m) : '',
      m.license,
      license.kind,
      m.access.join(' '),
      m.inputs.join(' '),
      m.outputs.join(' '),
      ...DIMENSIONS.flatMap((d) => {
        const r = m.openness[d];
        return r ? [r.level, r.source, r.asOf] : ['', '', ''];
      }),
      v.openSourceAI,
      v.openWeights,
      v.mofClassEstimated,
      v.opennessScore === null ? '' : String(v.opennessScore),
      `${v.opennessScoreRated}/${v.opennessScoreOf}`,
      m.lastVerified,
      pageUrl(m.id),
      m.kind,
      m.maker,
      m.family ?? '',
    ]);
  }
  return rows.map((r) => r.map(csvEscape).join(',')).join('\r\n') + '\r\n';
}
