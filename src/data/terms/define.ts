import type {TermsDocument} from '../../domain/terms';

/** Declares a file's documents; ids stay string literals so `DocumentId` is a union of real ids. */
export function defineDocuments<const I extends string>(
  documents: (TermsDocument & {id: I})[],
): (TermsDocument & {id: I})[] {
  return documents;
}

/**
 * Open Terms Archive's repository of GenAI services' terms as recorded for the EU (data under
 * ODC-BY 1.0): pin a version as `${OTA_GENAI_EU}/<commit>/<path with %20>`.
 */
export const OTA_GENAI_EU = 'https://github.com/OpenTermsArchive/genai-eu-versions/blob';
