import type {Source} from '../types';

/** Sources for one group of pages; see src/data/sources.ts for how to add one. */
export const sources = [] as const satisfies readonly Source[];
