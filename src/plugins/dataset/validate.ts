/**
 * Validates every data module before the site is bundled. Runs in Node only (the dataset plugin
 * and unit tests); components never import it, so zod stays out of the browser.
 *
 * Each problem is reported as `<collection>[<id>].<field>: <what is wrong>`; all problems are
 * collected, then thrown together so one build shows everything to fix.
 */
import {z} from 'zod';
import type {License, Model, Source, Tool} from '../../data/types';
import {
  ACCESS_KINDS,
  LICENSE_KINDS,
  MODALITIES,
  OPENNESS_DIMENSIONS,
  RATING_LEVELS,
  SOURCE_KINDS,
  SOURCE_TOPICS,
  TERM_STATUSES,
} from '../../data/types';
import type {OsiValidation} from '../../data/osiValidation';
import {OSI_VALIDATION_RESULTS} from '../../data/osiValidation';
import {isIsoDate, isoDateStart} from '../../lib/dates';

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const isoDate = z
  .string()
  .refine(isIsoDate, {message: 'not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'});

export const httpsUrl = z.string({error: 'missing or invalid https URL'}).refine(
  (v) => {
    try {
      return new URL(v).protocol === 'https:';
    } catch {
      return false;
    }
  },
  {message: 'missing or invalid https URL'},
);

export const sourceSchema = z
  .object({
    id: z.string().regex(KEBAB_ID, 'id must be a kebab-case slug'),
    title: z.string().min(3, 'title is empty'),
    publisher: z.string().min(2, 'publisher is empty'),
    url: httpsUrl,
    published: isoDate.optional(),
    asOf: isoDate.optional(),
    kind: z.enum(Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS]),
    topic: z.enum(Object.keys(SOURCE_TOPICS) as [keyof typeof SOURCE_TOPICS]),
    note: z.string().optional(),
  })
  .strict()
  .refine((s) => s.published !== undefined || s.asOf !== undefined, {
    message: 'needs a published or asOf date',
    path: ['asOf'],
  });

/** Formats zod issues as `collection[id].path: message`. */
export function formatIssues(collection: string, id: string, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${collection}[${id}]${path ? `.${path}` : ''}: ${issue.message}`;
  });
}

/** Shared checks: schema, duplicate ids and dates after `today`. */
export function checkCollection<T extends {id?: unknown}>(
  collection: string,
  records: readonly T[],
  schema: z.ZodType,
  dateFields: (record: T) => Array<[string, string | undefined]>,
  today: Date,
): string[] {
  const problems: string[] = [];
  if (records.length === 0) problems.push(`${collection}: the list is empty`);
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const id = typeof record.id === 'string' && record.id ? record.id : `#${index}`;
    const parsed = schema.safeParse(record);
    if (!parsed.success) problems.push(...formatIssues(collection, id, parsed.error.issues));
    if (typeof record.id === 'string') {
      if (seen.has(record.id)) {
        problems.push(
          `${collection}[${record.id}].id: duplicate id (records #${seen.get(record.id)} and #${index})`,
        );
      } else seen.set(record.id, index);
    }
    for (const [field, value] of dateFields(record)) {
      if (value && isIsoDate(value) && isoDateStart(value) > today) {
        problems.push(`${collection}[${id}].${field}: date ${value} is in the future`);
      }
    }
  });
  return problems;
}

export function validateSources(records: readonly Source[], today = new Date()): string[] {
  return checkCollection(
    'sources',
    records,
    sourceSchema,
    (s) => [
      ['published', s.published],
      ['asOf', s.asOf],
    ],
    today,
  );
}

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The site's data has ${problems.length} problem(s). Fix them in src/data/ and build again:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

/* ---------------------------------------------------------------- models, licenses, tools */

/** z.enum over the keys of a metadata record, so the schema follows the union in types.ts. */
function enumOf<K extends string>(record: Record<K, unknown>, what: string) {
  const keys = Object.keys(record) as [K, ...K[]];
  return z.enum(keys, {error: `must be one of ${keys.join(', ')} (${what})`});
}

const text = (what: string) =>
  z
    .string({error: `${what} is missing`})
    .trim()
    .min(1, `${what} is empty`);
/**
 * An SPDX id ("Apache-2.0", "CC-BY-NC-4.0") or a kebab-case slug: runs of letters, digits and dots
 * joined by single hyphens. Written without a nested quantifier, so it runs in linear time (the
 * old `^([A-Za-z0-9.]+-?)+$` backtracked exponentially on an id with a trailing space).
 */
export const LICENSE_ID = /^[A-Za-z0-9.]+(?:-[A-Za-z0-9.]+)*-?$/;
const GUIDE_PATH = /^\/guide\/[a-z0-9]+(-[a-z0-9]+)*\/$/;

export const ratingSchema = z
  .object({
    level: enumOf(RATING_LEVELS, 'the rating scale'),
    note: text('note').max(200, 'note is longer than one line (200 characters)'),
    source: httpsUrl,
    asOf: isoDate,
  })
  .strict();

const dimensionKeys = Object.keys(OPENNESS_DIMENSIONS) as Array<keyof typeof OPENNESS_DIMENSIONS>;

export const opennessSchema = z
  .object(
    Object.fromEntries(dimensionKeys.map((k) => [k, ratingSchema.optional()])) as Record<
      keyof typeof OPENNESS_DIMENSIONS,
      z.ZodOptional<typeof ratingSchema>
    >,
  )
  .strict()
  .superRefine((profile, ctx) => {
    for (const required of ['weights'] as const) {
      if (!profile[required]) {
        ctx.addIssue({code: 'custom', path: [required], message: 'rating is required for every model'});
      }
    }
  });

/** Why a dimension of an older record is left unrated: one line per dimension. */
export const unratedSchema = z
  .object(
    Object.fromEntries(
      dimensionKeys.map((k) => [
        k,
        text('reason').max(200, 'reason is longer than one line (200 characters)').optional(),
      ]),
    ) as Record<keyof typeof OPENNESS_DIMENSIONS, z.ZodOptional<z.ZodString>>,
  )
  .strict();

const sizeSchema = z
  .object({
    name: z.string().min(1).optional(),
    total: z.number({error: 'total must be a number'}).positive('total must be positive'),
    active: z.number().positive('active must be positive').optional(),
  })
  .strict()
  .refine((s) => s.active === undefined || s.active <= s.total, {
    message: 'active parameters exceed the total',
    path: ['active'],
  });

export const parametersSchema = z
  .object({
    status: z.enum(['disclosed', 'not-disclosed', 'not-listed'], {
      error: 'must be disclosed, not-disclosed or not-listed',
    }),
    sizes: z.array(sizeSchema).optional(),
    note: z.string().min(1).optional(),
    source: httpsUrl,
    asOf: isoDate,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.status === 'disclosed' && (!p.sizes || p.sizes.length === 0)) {
      ctx.addIssue({code: 'custom', path: ['sizes'], message: 'status is disclosed but no sizes are given'});
    }
    if (p.status !== 'disclosed' && p.sizes !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['sizes'],
        message: `sizes given although status is ${p.status}; never estimate undisclosed counts`,
      });
    }
    if (p.status !== 'disclosed' && !p.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `a note is required when status is ${p.status}`,
      });
    }
  });

/** One change-log entry; its source is an https URL or a source id (checked against the list later). */
const changeSchema = z
  .object({
    date: isoDate,
    what: z.string().trim().min(1, 'describe the change in one line'),
    source: z
      .string({error: 'missing source (an https URL or a source id)'})
      .refine((v) => KEBAB_ID.test(v) || httpsUrl.safeParse(v).success, {
        message: 'must be an https URL or a source id from src/data/sources/',
      }),
  })
  .strict();

export const modelSchema = z
  .object({
    id: z.string().regex(KEBAB_ID, 'id must be a kebab-case slug'),
    name: text('name'),
    organization: text('organization'),
    firstRelease: isoDate,
    releaseSource: httpsUrl,
    summary: text('summary'),
    modalities: z.array(enumOf(MODALITIES, 'modalities')).min(1, 'at least one modality'),
    parameters: parametersSchema,
    license: text('license'),
    access: z.array(enumOf(ACCESS_KINDS, 'access kinds')).min(1, 'at least one access kind'),
    howToGet: text('howToGet'),
    openness: opennessSchema,
    unrated: unratedSchema.optional(),
    guidePages: z
      .array(z.string().regex(GUIDE_PATH, 'must be a guide route like /guide/gpt-oss/'))
      .min(1, 'list at least one guide page that discusses the model'),
    lastVerified: isoDate,
    changes: z.array(changeSchema).min(1, 'leave changes out rather than empty').optional(),
  })
  .strict();

/** A term's source: an https URL, or a kebab-case id checked against the sources list later. */
const termSource = z
  .string({error: 'missing source (an https URL or a source id)'})
  .refine((v) => KEBAB_ID.test(v) || httpsUrl.safeParse(v).success, {
    message: 'must be an https URL or a source id from src/data/sources/',
  });

const termFields = {
  status: enumOf(TERM_STATUSES, 'term statuses'),
  note: text('note'),
  source: termSource,
};
const termSchema = z.object(termFields).strict();

export const licenseTermsSchema = z
  .object({
    commercialUse: termSchema,
    outputsForTraining: termSchema,
    derivatives: termSchema,
    acceptableUsePolicy: termSchema,
    passesToDerivatives: termSchema,
    attributionDuties: termSchema,
    gatedDownload: z.object({...termFields, gate: z.enum(['accept-terms', 'approval']).optional()}).strict(),
    userThreshold: z
      .object({
        ...termFields,
        monthlyActiveUsers: z.number().positive().optional(),
        monthlyRevenueUsd: z.number().positive().optional(),
        effect: z.enum(['separate-license', 'attribution']),
        measuredAt: z.enum(['release-date', 'ongoing']).optional(),
      })
      .strict()
      .refine(
        (t) => t.status !== 'yes' || t.monthlyActiveUsers !== undefined || t.monthlyRevenueUsd !== undefined,
        {
          message: 'a threshold with status yes needs monthlyActiveUsers or monthlyRevenueUsd',
          path: ['status'],
        },
      )
      .optional(),
    regionExclusion: z
      .object({
        ...termFields,
        regions: z.array(text('region')),
        appliesTo: z.enum(['all', 'multimodal']),
      })
      .strict()
      .refine((t) => t.status !== 'yes' || t.regions.length > 0, {
        message: 'an exclusion with status yes must name at least one region',
        path: ['regions'],
      })
      .optional(),
  })
  .strict();

export const licenseSchema = z
  .object({
    id: z.string().regex(LICENSE_ID, 'id must be an SPDX id or a kebab-case slug'),
    name: text('name'),
    kind: enumOf(LICENSE_KINDS, 'license kinds'),
    osiApproved: z.boolean({error: 'osiApproved must be true or false'}),
    url: httpsUrl.optional(),
    asOf: isoDate,
    allows: text('allows'),
    restrictions: z.string().min(1).optional(),
    terms: licenseTermsSchema.optional(),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (l.kind === 'osi-approved' && !l.osiApproved) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'kind is osi-approved but the license is not OSI-approved (osiApproved: false)',
      });
    }
    if (l.osiApproved && l.kind !== 'osi-approved') {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: `an OSI-approved license must have kind osi-approved, not ${l.kind}`,
      });
    }
    if (l.kind !== 'proprietary' && !l.url) {
      ctx.addIssue({code: 'custom', path: ['url'], message: 'missing or invalid https URL'});
    }
  });

export const toolSchema = z
  .object({
    id: z.string().regex(KEBAB_ID, 'id must be a kebab-case slug'),
    name: text('name'),
    organization: text('organization'),
    firstRelease: isoDate,
    summary: text('summary'),
    license: text('license'),
    url: httpsUrl,
    source: httpsUrl,
    asOf: isoDate,
    guidePages: z.array(z.string().regex(GUIDE_PATH, 'must be a guide route like /guide/run-locally/')),
    lastVerified: isoDate,
  })
  .strict();

/**
 * Licenses: the schema, plus (when the source ids are given) every term's source id must name a
 * record in src/data/sources/.
 */
export function validateLicenses(
  records: readonly License[],
  today = new Date(),
  sourceIds?: ReadonlySet<string>,
): string[] {
  const problems = checkCollection('licenses', records, licenseSchema, (l) => [['asOf', l.asOf]], today);
  if (!sourceIds) return problems;
  for (const l of records) {
    for (const [name, term] of Object.entries(l.terms ?? {})) {
      const ref = (term as {source?: unknown} | undefined)?.source;
      if (typeof ref === 'string' && !ref.startsWith('https://') && !sourceIds.has(ref)) {
        problems.push(
          `licenses[${l.id}].terms.${name}.source: unknown source id "${ref}"; add it to src/data/sources/ or use an https URL`,
        );
      }
    }
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
    const at = `osiValidations[${v.model}]`;
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
    ['parameters.asOf', m.parameters?.asOf],
  ];
  for (const [dim, rating] of Object.entries(m.openness ?? {})) {
    dates.push([`openness.${dim}.asOf`, rating?.asOf]);
  }
  (Array.isArray(m.changes) ? m.changes : []).forEach((c, i) => dates.push([`changes.${i}.date`, c?.date]));
  return dates;
}

/** Cross-record rules: license ids exist, ratings agree with the license and the access list. */
export function validateModels(
  records: readonly Model[],
  licenses: readonly License[],
  today = new Date(),
  sourceIds?: ReadonlySet<string>,
): string[] {
  const problems = checkCollection('models', records, modelSchema, modelDates, today);
  const licenseById = new Map(licenses.map((l) => [l.id, l]));
  records.forEach((m, index) => {
    const id = typeof m.id === 'string' && m.id ? m.id : `#${index}`;
    const at = (field: string) => `models[${id}].${field}`;
    const license = licenseById.get(m.license);
    if (typeof m.license === 'string' && m.license && !license) {
      problems.push(
        `${at('license')}: unknown license id "${m.license}"; add it to src/data/licenses.ts or fix the id`,
      );
    }
    const licenseRating = m.openness?.license?.level;
    if (license && licenseRating === 'open' && !['osi-approved', 'permissive'].includes(license.kind)) {
      problems.push(
        `${at('openness.license.level')}: rated open but license ${license.id} is ${license.kind}`,
      );
    }
    if (license && license.kind === 'proprietary' && m.openness?.weights?.level === 'open') {
      problems.push(`${at('openness.weights.level')}: weights rated open under a proprietary license`);
    }
    if (m.openness?.weights?.level === 'open' && Array.isArray(m.access) && !m.access.includes('weights')) {
      problems.push(`${at('access')}: weights are rated open but access does not include "weights"`);
    }
    for (const dim of Object.keys(m.unrated ?? {}) as Array<keyof typeof OPENNESS_DIMENSIONS>) {
      if (m.openness?.[dim]) {
        problems.push(`${at(`unrated.${dim}`)}: the dimension is rated; remove the reason`);
      }
      if (typeof m.firstRelease === 'string' && m.firstRelease >= '2023') {
        problems.push(
          `${at(`unrated.${dim}`)}: records released in 2023 or later rate every dimension; rate it instead`,
        );
      }
    }
    if (m.firstRelease && m.lastVerified && isIsoDate(m.firstRelease) && isIsoDate(m.lastVerified)) {
      if (isoDateStart(m.lastVerified) < isoDateStart(m.firstRelease)) {
        problems.push(`${at('lastVerified')}: earlier than firstRelease ${m.firstRelease}`);
      }
    }
    problems.push(...checkChanges(m, at, sourceIds));
  });
  return problems;
}

/**
 * Change-log rules beyond the schema: source ids exist (when the source list is known), entries run
 * newest first, and no entry is dated after the record's lastVerified (the log is part of it).
 */
function checkChanges(
  m: Model,
  at: (field: string) => string,
  sourceIds: ReadonlySet<string> | undefined,
): string[] {
  const problems: string[] = [];
  const changes = Array.isArray(m.changes) ? m.changes : [];
  changes.forEach((c, i) => {
    if (!c || typeof c !== 'object') return;
    if (
      sourceIds &&
      typeof c.source === 'string' &&
      !c.source.startsWith('https://') &&
      KEBAB_ID.test(c.source) &&
      !sourceIds.has(c.source)
    ) {
      problems.push(`${at(`changes.${i}.source`)}: unknown source id "${c.source}"`);
    }
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
  });
  return problems;
}

export function validateTools(
  records: readonly Tool[],
  licenses: readonly License[],
  modelIds: ReadonlySet<string>,
  today = new Date(),
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
  const licenseIds = new Set(licenses.map((l) => l.id));
  records.forEach((t) => {
    if (typeof t.license === 'string' && t.license && !licenseIds.has(t.license)) {
      problems.push(
        `tools[${t.id}].license: unknown license id "${t.license}"; add it to src/data/licenses.ts or fix the id`,
      );
    }
    if (modelIds.has(t.id))
      problems.push(`tools[${t.id}].id: also used by a model; ids must be unique across both`);
  });
  return problems;
}

export interface Dataset {
  sources: readonly Source[];
  models?: readonly Model[];
  licenses?: readonly License[];
  tools?: readonly Tool[];
  osiValidations?: readonly OsiValidation[];
}

export function validateDataset(data: Dataset, today = new Date()): string[] {
  const licenses = data.licenses ?? [];
  const models = data.models ?? [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  return [
    ...validateSources(data.sources, today),
    ...(data.licenses ? validateLicenses(licenses, today, sourceIds) : []),
    ...(data.osiValidations
      ? validateOsiValidations(data.osiValidations, new Set(models.map((m) => m.id)), sourceIds)
      : []),
    ...(data.models ? validateModels(models, licenses, today, sourceIds) : []),
    ...(data.tools ? validateTools(data.tools, licenses, new Set(models.map((m) => m.id)), today) : []),
  ];
}

export function assertValidDataset(data: Dataset, today = new Date()): void {
  const problems = validateDataset(data, today);
  if (problems.length > 0) throw new DatasetError(problems);
}
