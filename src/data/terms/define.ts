import type {TermsDocument} from '../../domain/terms';

/** Declares a file's documents; ids stay string literals so `DocumentId` is a union of real ids. */
export function defineDocuments<const I extends string>(
  documents: (TermsDocument & {id: I})[],
): (TermsDocument & {id: I})[] {
  return documents;
}
