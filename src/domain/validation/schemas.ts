/**
 * Zod schemas of the model, license and tool records, built twice: for the records as written in
 * src/data/ (every `source` is a source id) and for the published /data/models.json (model and
 * tool sources resolved to https URLs; ./export.ts turns that into JSON Schema). Node only.
 */
import {z} from 'zod';
import {
  ACCESS_KINDS,
  CHANGE_KINDS,
  ENTRY_KINDS,
  OSI_VALIDATION_RESULTS,
  LICENSE_KINDS,
  MODALITIES,
  OPENNESS_DIMENSIONS,
  RATING_LEVELS,
  TERM_STATUSES,
} from '../types';
import {KEBAB_ID, httpsUrl, isoDate} from './primitives';

/** A reference to a record in src/data/sources/ (checked against the list by ./rules.ts). */
export const sourceId = z
  .string({error: 'missing source id'})
  .regex(KEBAB_ID, 'must be the id of a record in src/data/sources/ (not a URL)');

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
/** A Docusaurus doc id: the path of the file under docs/ without extension ("openai/gpt-oss"). */
export const DOC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * The schemas. `published: false` (the records): every source is a source id. `published: true`
 * (/data/models.json): model and tool sources are https URLs, licenses gain the text's `url`, and
 * license terms keep their source ids.
 */
function buildSchemas(published: boolean) {
  const ref = published ? httpsUrl : sourceId;
  const termRef = sourceId;
  const ratingSchema = z
    .object({
      level: enumOf(RATING_LEVELS, 'the rating scale'),
      note: text('note').max(200, 'note is longer than one line (200 characters)'),
      source: ref,
      asOf: isoDate,
    })
    .strict();

  const dimensionKeys = Object.keys(OPENNESS_DIMENSIONS) as Array<keyof typeof OPENNESS_DIMENSIONS>;

  const opennessSchema = z
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
  const unratedSchema = z
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

  const parametersSchema = z
    .object({
      status: z.enum(['disclosed', 'not-disclosed', 'not-listed'], {
        error: 'must be disclosed, not-disclosed or not-listed',
      }),
      sizes: z.array(sizeSchema).optional(),
      note: z.string().min(1).optional(),
      source: ref,
      asOf: isoDate,
    })
    .strict()
    .superRefine((p, ctx) => {
      if (p.status === 'disclosed' && (!p.sizes || p.sizes.length === 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sizes'],
          message: 'status is disclosed but no sizes are given',
        });
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

  /** One change-log entry; its source is a source id (checked against the list later). */
  const changeSchema = z
    .object({
      date: isoDate,
      kind: enumOf(CHANGE_KINDS, 'change kinds'),
      rating: z
        .object({
          dimension: enumOf(OPENNESS_DIMENSIONS, 'openness dimensions'),
          from: enumOf(RATING_LEVELS, 'rating levels'),
          to: enumOf(RATING_LEVELS, 'rating levels'),
        })
        .strict()
        .optional(),
      what: z.string().trim().min(1, 'describe the change in one line'),
      source: ref,
    })
    .strict();

  const modelSchema = z
    .object({
      id: z.string().regex(KEBAB_ID, 'id must be a kebab-case slug'),
      name: text('name'),
      organization: text('organization'),
      firstRelease: isoDate,
      releaseSource: ref,
      summary: text('summary'),
      inputs: z.array(enumOf(MODALITIES, 'modalities')).min(1, 'at least one input'),
      outputs: z.array(enumOf(MODALITIES, 'modalities')).min(1, 'at least one output'),
      modalities: z.array(enumOf(MODALITIES, 'modalities')).min(1, 'at least one modality'),
      parameters: parametersSchema,
      license: text('license'),
      access: z.array(enumOf(ACCESS_KINDS, 'access kinds')).min(1, 'at least one access kind'),
      howToGet: text('howToGet'),
      openness: opennessSchema,
      unrated: unratedSchema.optional(),
      guidePages: z
        .array(z.string().regex(DOC_ID, 'must be a doc id like openai/gpt-oss (the file path under docs/)'))
        .min(1, 'list at least one guide page that discusses the model'),
      lastVerified: isoDate,
      added: isoDate,
      changes: z.array(changeSchema).min(1, 'leave changes out rather than empty').optional(),
      kind: enumOf(ENTRY_KINDS, 'entry kinds'),
      maker: z.string().regex(KEBAB_ID, 'must be a maker folder id'),
      family: z.string().regex(KEBAB_ID, 'must be a family folder id').optional(),
      runs: z.array(z.string().regex(KEBAB_ID)).min(1, 'leave runs out rather than empty').optional(),
      formerIds: z.array(z.string().regex(KEBAB_ID)).min(1).optional(),
      osiValidation: z
        .object({
          osiName: text('osiName'),
          result: enumOf(OSI_VALIDATION_RESULTS, 'OSI validation results'),
          source: ref,
          note: text('note').optional(),
        })
        .strict()
        .optional(),
      trackers: z
        .object({
          eu: z
            .object({file: text('file'), role: z.enum(['end', 'base']), note: text('note')})
            .strict()
            .optional(),
          mot: z
            .object({file: text('file'), note: text('note')})
            .strict()
            .optional(),
        })
        .strict()
        .optional(),
      timelineLabel: z.number().int().positive().optional(),
    })
    .strict();

  const termFields = {
    status: enumOf(TERM_STATUSES, 'term statuses'),
    note: text('note'),
    source: termRef,
  };
  const termSchema = z.object(termFields).strict();

  const licenseTermsSchema = z
    .object({
      commercialUse: termSchema,
      outputsForTraining: termSchema,
      derivatives: termSchema,
      acceptableUsePolicy: termSchema,
      passesToDerivatives: termSchema,
      attributionDuties: termSchema,
      gatedDownload: z
        .object({...termFields, gate: z.enum(['accept-terms', 'approval']).optional()})
        .strict(),
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
          (t) =>
            t.status !== 'yes' || t.monthlyActiveUsers !== undefined || t.monthlyRevenueUsd !== undefined,
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

  const licenseSchema = z
    .object({
      id: z.string().regex(LICENSE_ID, 'id must be an SPDX id or a kebab-case slug'),
      name: text('name'),
      kind: enumOf(LICENSE_KINDS, 'license kinds'),
      osiApproved: z.boolean({error: 'osiApproved must be true or false'}),
      source: termRef.optional(),
      ...(published ? {url: httpsUrl.optional()} : {}),
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
      if (l.kind !== 'proprietary' && !l.source) {
        ctx.addIssue({code: 'custom', path: ['source'], message: 'missing source (the license text)'});
      }
    });

  const toolSchema = z
    .object({
      id: z.string().regex(KEBAB_ID, 'id must be a kebab-case slug'),
      name: text('name'),
      organization: text('organization'),
      firstRelease: isoDate,
      summary: text('summary'),
      license: text('license'),
      ...(published ? {url: httpsUrl} : {home: ref}),
      source: ref,
      asOf: isoDate,
      guidePages: z.array(z.string().regex(DOC_ID, 'must be a doc id like models/run-locally')),
      lastVerified: isoDate,
    })
    .strict();
  return {
    ratingSchema,
    opennessSchema,
    unratedSchema,
    parametersSchema,
    modelSchema,
    licenseTermsSchema,
    licenseSchema,
    toolSchema,
  };
}

/** Schemas of the records as written in src/data/. */
export const recordSchemas = buildSchemas(false);
/** Schemas of the published dataset (sources resolved to URLs). */
export const publishedSchemas = buildSchemas(true);

export const {modelSchema, licenseSchema, toolSchema, ratingSchema, parametersSchema} = recordSchemas;
