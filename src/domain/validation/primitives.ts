/**
 * Building blocks of the dataset checks: id and date formats, https URLs, the source schema and
 * the shared per-collection check (schema, duplicate ids, dates after today). Node only.
 */
import {z} from 'zod';
import {SOURCE_KINDS, SOURCE_TOPICS} from '../types';
import {isIsoDate, isoDateStart} from '../dates';

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
