/**
 * Validates every data module before the site is bundled. Runs in Node only (the dataset plugin
 * and unit tests); components never import it, so zod stays out of the browser.
 *
 * Each problem is reported as `<collection>[<id>].<field>: <what is wrong>`; all problems are
 * collected, then thrown together so one build shows everything to fix.
 */
import type {LicenseRecord, Model, Source, ToolRecord} from '../types';
import type {OsiValidationRow as OsiValidation} from '../types';
import {checkCollection, sourceSchema} from './primitives';
import {todoProblems, validateLicenses, validateModels, validateOsiValidations, validateTools} from './rules';

export {LICENSE_ID, DOC_ID, licenseSchema, modelSchema, toolSchema} from './schemas';
export {
  checkDocIds,
  checkSourceRefs,
  sourceRefs,
  validateLicenses,
  validateModels,
  validateOsiValidations,
  validateTools,
} from './rules';

export {KEBAB_ID, checkCollection, formatIssues, httpsUrl, isoDate, sourceSchema} from './primitives';

/** Sources: the schema, unique ids and dates, and one record per URL (a URL has one home). */
export function validateSources(records: readonly Source[], today = new Date()): string[] {
  const byUrl = new Map<string, string>();
  const duplicates: string[] = [];
  for (const s of records) {
    const first = byUrl.get(s.url);
    if (first && typeof s.url === 'string') {
      duplicates.push(`sources[${s.id}].url: same URL as sources[${first}]; cite that record instead`);
    } else byUrl.set(s.url, s.id);
    duplicates.push(...todoProblems(`sources[${s.id}]`, s));
  }
  return [
    ...duplicates,
    ...checkCollection(
      'sources',
      records,
      sourceSchema,
      (s) => [
        ['published', s.published],
        ['asOf', s.asOf],
      ],
      today,
    ),
  ];
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

export interface Dataset {
  sources: readonly Source[];
  /** The records as written (source ids), e.g. `modelRecords` from src/data/models. */
  models?: readonly Model[];
  licenses?: readonly LicenseRecord[];
  tools?: readonly ToolRecord[];
  osiValidations?: readonly OsiValidation[];
  /** Doc ids the docs plugin knows (src/plugins/routes); when given, guidePages must use them. */
  docIds?: ReadonlySet<string>;
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
    ...(data.models ? validateModels(models, licenses, today, sourceIds, data.docIds) : []),
    ...(data.tools
      ? validateTools(data.tools, licenses, new Set(models.map((m) => m.id)), today, sourceIds, data.docIds)
      : []),
  ];
}

export function assertValidDataset(data: Dataset, today = new Date()): void {
  const problems = validateDataset(data, today);
  if (problems.length > 0) throw new DatasetError(problems);
}
