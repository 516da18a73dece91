/** The comparison's URL state, on its own: the pickers' chunk needs nothing else from ./models.ts. */

/** Ids for CompareModels from the URL (?compare=a,b,c), keeping only known ids, 2–3 of them. */
export function parseCompareIds(
  value: string | null,
  known: ReadonlySet<string>,
  fallback: string[],
): string[] {
  if (!value) return fallback;
  const ids = [...new Set(value.split(',').map((s) => s.trim()))].filter((id) => known.has(id)).slice(0, 3);
  return ids.length >= 2 ? ids : fallback;
}
