/**
 * The terms library (issue #24): licenses, terms of service, usage policies and service terms as
 * documents with dated versions, each version read clause by clause. Types only; the engine that
 * turns clauses into answers per access channel lives in ./answers.ts.
 */
import type {IsoDate} from './types';

export type DocumentKind = 'license' | 'terms-of-service' | 'usage-policy' | 'service-terms';

/** Who the document governs: people downloading weights, API/business customers, or app users. */
export type Audience = 'weights' | 'business' | 'consumer' | 'everyone';

/**
 * One answer read from a document's text:
 * - `yes` / `no`: the text says so;
 * - `conditional`: allowed under conditions the note names;
 * - `unclear`: the text is silent or ambiguous on this (the note says which);
 * - `not-checked`: nobody has read this part yet (the build rejects it in published data).
 * A clause absent from a version means the document does not address that topic at all and
 * another document of the channel does (e.g. the usage policy, not the terms, lists banned uses).
 */
export type ClauseStatus = 'yes' | 'no' | 'conditional' | 'unclear' | 'not-checked';

export interface Clause {
  status: ClauseStatus;
  /** Where in the text: section number or heading, e.g. "§3(c) Restrictions" or "“Content” > “Ownership of content”". */
  section: string;
  /** One or two sentences in our own words: what the clause says. Never copied text. */
  note: string;
}

/**
 * The topics a version is read for. Status meaning per topic ("yes" =):
 * - commercialUse: you may use it in a commercial product or service;
 * - outputsForTraining: you may use its outputs to train or improve another model;
 * - derivatives: you may change or fine-tune it and publish the result;
 * - acceptableUsePolicy: a list of banned uses applies (name the policy in the note);
 * - passesToDerivatives: restrictions or share-alike terms pass on to copies and derivatives;
 * - attributionDuties: duties beyond keeping the notice (a "Built with" line, a name prefix);
 * - gatedDownload: you must accept terms, register or be approved before downloading;
 * - userThreshold: a user or revenue threshold changes the terms above it;
 * - regionExclusion: some region's residents or companies get no rights / no service;
 * - outputUse: you may sell or publish what it generates (text, images, video, audio);
 * - outputOwnership: you own the output (or the provider assigns its rights in it to you);
 * - trainsOnInputs: the provider trains its models on what you send, by default;
 * - ipIndemnity: the provider defends you against third-party IP claims about the service or output.
 */
export type ClauseId =
  | 'commercialUse'
  | 'outputsForTraining'
  | 'derivatives'
  | 'acceptableUsePolicy'
  | 'passesToDerivatives'
  | 'attributionDuties'
  | 'gatedDownload'
  | 'userThreshold'
  | 'regionExclusion'
  | 'outputUse'
  | 'outputOwnership'
  | 'trainsOnInputs'
  | 'ipIndemnity';

export interface Clauses {
  commercialUse?: Clause;
  outputsForTraining?: Clause;
  derivatives?: Clause;
  acceptableUsePolicy?: Clause & {
    /** Id of the policy document, when the library has it. */
    policy?: string;
  };
  passesToDerivatives?: Clause;
  attributionDuties?: Clause;
  gatedDownload?: Clause & {gate?: 'accept-terms' | 'approval'};
  userThreshold?: Clause & {
    monthlyActiveUsers?: number;
    monthlyRevenueUsd?: number;
    effect?: 'separate-license' | 'attribution';
    measuredAt?: 'release-date' | 'ongoing';
  };
  regionExclusion?: Clause & {
    /** Plain names of excluded regions, e.g. ['European Union'], or the supported-countries rule. */
    regions: string[];
    appliesTo?: 'all' | 'multimodal';
  };
  outputUse?: Clause;
  outputOwnership?: Clause;
  trainsOnInputs?: Clause & {
    /** Can you turn training off (a setting, an opt-out form, a plan without training)? */
    optOut?: boolean;
  };
  ipIndemnity?: Clause;
}

/** Where a version was read, pinned: a commit permalink or Open Terms Archive's recorded version. */
export interface PinnedSource {
  /**
   * https; a permalink with a commit hash for repositories and Open Terms Archive. Absent when the
   * text is a source record's (`sourceId`) or the document's own address (a provider page).
   */
  url?: string;
  /** The id of the source record (src/data/sources/licenses.ts) whose URL this is: one home per URL. */
  sourceId?: string;
  /** How it is pinned. `provider-page`: the provider's live page, read on `readOn`. */
  pin: 'commit' | 'open-terms-archive' | 'provider-page';
  /** The day we read it. */
  readOn: IsoDate;
}

export interface DocumentVersion {
  /** The provider's own label, if any ("3.1", "Effective 1 Jan 2026"). */
  label?: string;
  /** The date the text says it takes effect or was last updated; else the date it was recorded. */
  date: IsoDate;
  source: PinnedSource;
  /** What changed from the previous version, in our own words (absent for the first one read). */
  changes?: string;
  /** Only the topics the document addresses; see `Clauses`. */
  clauses: Clauses;
}

export interface TermsDocument {
  /** kebab-case, unique; a license keeps its current id (SPDX id where one exists). */
  id: string;
  name: string;
  kind: DocumentKind;
  audience: Audience;
  /** Maker id (src/data/models/<maker>/) of the publisher; absent for generic licenses (Apache, MIT, CC). */
  provider?: string;
  /**
   * The canonical, current address of the document. A license may leave it out: its address is
   * then its license record's (src/data/licenses/).
   */
  url?: string;
  /** Or the id of the source record (src/data/sources/licenses.ts) that holds its address. */
  sourceId?: string;
  /** SPDX id, where one exists. */
  spdx?: string;
  /** Hugging Face's `license:` id, where it has one (https://huggingface.co/docs/hub/repositories-licenses). */
  huggingFace?: string;
  /**
   * The document this one replaced (e.g. the Llama 3.1 license follows the Llama 3 license); the
   * first version's `changes` then says what changed from it.
   */
  follows?: string;
  /** One paragraph, our words: what the document allows. */
  summary: string;
  /** Oldest first; the last is the current version. */
  versions: DocumentVersion[];
}

/** A version whose pinned URL is resolved (from `sourceId`, or the document's own address). */
export interface ResolvedVersion extends DocumentVersion {
  source: PinnedSource & {url: string};
}

/** A document as the site uses it: every address resolved (src/data/terms/index.ts). */
export interface ResolvedDocument extends TermsDocument {
  url: string;
  versions: ResolvedVersion[];
}

/** The license section's route: /licenses/ and /licenses/<document id>/ (under the base URL). */
export const LICENSES_ROUTE = 'licenses';
export const licensesPath = (): string => `/${LICENSES_ROUTE}/`;
export const documentPath = (id: string): string => `/${LICENSES_ROUTE}/${id}/`;
