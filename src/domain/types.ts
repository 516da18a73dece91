/**
 * Shared types for the site's data modules. Unions come with a metadata record keyed by the
 * union, so adding a member without its label fails typechecking.
 */

/** ISO date with day, month or year precision: 2025-08-05, 2026-06 or 2019. */
export type IsoDate = string;

/* ------------------------------------------------------------------------------------------ */
/* Models, licenses and tools (src/data/models/, src/data/licenses/). Issue #4.               */
/* ------------------------------------------------------------------------------------------ */

/** Whether a requirement of a definition (OSAID, MOF) is met by a record. */
export type PartStatus = 'met' | 'not-met' | 'unknown';

/** Which model of an EU Open Source AI Index entry we compare: its end model, or its base model (when the end model is someone's fine-tune). */
export type EuRole = 'end' | 'base';

/** How the Model Openness Tool records one component of a model. */
export type MotStatus = 'included' | 'invalid' | 'unlicensed' | 'missing';

/** The openness scale. A dimension not listed in a profile is shown as "Not rated". */
export type RatingLevel = 'open' | 'partial' | 'closed';

export const RATING_LEVELS: Record<RatingLevel, {label: string; description: string; order: number}> = {
  open: {
    label: 'Open',
    description:
      'Released for anyone, without an access gate, under terms that allow use, study, change and sharing.',
    order: 1,
  },
  partial: {
    label: 'Partial',
    description:
      'Released in part, described but not released, gated behind an agreement, or under terms that restrict use.',
    order: 2,
  },
  closed: {label: 'Closed', description: 'Not released, or offered only under proprietary terms.', order: 3},
};

/** What the openness profile looks at. Order follows the path from artefact to access. */
export type OpennessDimension =
  | 'weights'
  | 'inferenceCode'
  | 'trainingCode'
  | 'trainingData'
  | 'dataDocumentation'
  | 'paper'
  | 'modelCard'
  | 'license'
  | 'api';

/**
 * One line per dimension, matching the rubric page (docs/concepts/rubric.mdx). `api` is access, not
 * openness: it is shown beside the ratings but left out of the openness score.
 */
export const OPENNESS_DIMENSIONS: Record<
  OpennessDimension,
  {label: string; description: string; order: number}
> = {
  weights: {
    label: 'Weights',
    description:
      'Open: anyone can download them under OSI-approved or permissive terms. Partial: gated, non-commercial or use-restricted. Closed: not released.',
    order: 1,
  },
  inferenceCode: {
    label: 'Inference code',
    description:
      'Open: code to run the model, under an OSI-approved license. Partial: restricted terms or only part of it. Closed: none.',
    order: 2,
  },
  trainingCode: {
    label: 'Training code',
    description:
      'Open: the code that trained the model, under an open license. Partial: only part (e.g. fine-tuning) or restricted terms. Closed: none.',
    order: 3,
  },
  trainingData: {
    label: 'Training data',
    description:
      'Open: the data itself can be downloaded. Partial: only part of it, an index of it, or behind an agreement. Closed: not released.',
    order: 4,
  },
  dataDocumentation: {
    label: 'Data documentation',
    description:
      'Open: sources and mixture listed well enough to rebuild the corpus. Partial: a written summary (categories, sizes). Closed: little or nothing.',
    order: 5,
  },
  paper: {
    label: 'Paper / report',
    description:
      'Open: a paper or report with architecture, size and training method. Partial: a report that withholds some of these. Closed: none.',
    order: 6,
  },
  modelCard: {
    label: 'Model card',
    description:
      'Open: a model card on uses, limits and evaluation. Partial: a card covering only part (usage or risks only). Closed: none.',
    order: 7,
  },
  license: {
    label: 'License',
    description:
      'Open: an OSI-approved license. Partial: custom, modified, non-commercial, use-restricted or unstated terms. Closed: proprietary terms.',
    order: 8,
  },
  api: {
    label: 'Hosted API',
    description:
      'Access, not openness (not counted in the score). Open: anyone can call it through a public API. Partial: waitlist or limited access. Closed: none.',
    order: 9,
  },
};

export type LicenseKind =
  | 'osi-approved'
  | 'permissive'
  | 'restricted'
  | 'non-commercial'
  | 'proprietary'
  | 'unclear';

export const LICENSE_KINDS: Record<LicenseKind, {label: string; description: string; order: number}> = {
  'osi-approved': {
    label: 'OSI-approved',
    description: 'An Open Source Initiative-approved license: use, change and share for any purpose.',
    order: 1,
  },
  permissive: {
    label: 'Permissive, not OSI-listed',
    description: 'Open-source-style terms that are not on the OSI list (e.g. a modified MIT text).',
    order: 2,
  },
  restricted: {
    label: 'Restricted',
    description: 'Custom terms that allow commercial use but add use bans, user caps or naming rules.',
    order: 3,
  },
  'non-commercial': {label: 'Non-commercial', description: 'Research or personal use only.', order: 4},
  proprietary: {
    label: 'Proprietary',
    description: 'Terms of service for a hosted product; nothing to download.',
    order: 5,
  },
  unclear: {
    label: 'Unclear',
    description: 'No license file in the release, or a license we have not verified.',
    order: 6,
  },
};

export type AccessKind = 'weights' | 'api' | 'app';

export const ACCESS_KINDS: Record<AccessKind, {label: string; description: string; order: number}> = {
  weights: {label: 'Downloadable weights', description: 'Run it on your own hardware.', order: 1},
  api: {label: 'Hosted API', description: 'Send requests to a provider over the network.', order: 2},
  app: {label: 'App', description: 'Use it in a chat app or website.', order: 3},
};

/** What a model takes in or produces. `embedding`: a vector of numbers (search, clustering), not content. */
export type Modality = 'text' | 'code' | 'image' | 'audio' | 'video' | 'embedding';

export const MODALITIES: Record<Modality, {label: string; order: number}> = {
  text: {label: 'Text', order: 1},
  code: {label: 'Code', order: 2},
  image: {label: 'Image', order: 3},
  audio: {label: 'Audio', order: 4},
  video: {label: 'Video', order: 5},
  embedding: {label: 'Embeddings', order: 6},
};

/** Everything a model takes in or produces, each once, in MODALITIES order. */
export function modalitiesOf(model: {inputs: readonly Modality[]; outputs: readonly Modality[]}): Modality[] {
  return [...new Set([...model.inputs, ...model.outputs])].sort(
    (a, b) => MODALITIES[a].order - MODALITIES[b].order,
  );
}

/** Whether the maker published parameter counts. `not-listed`: published, but not recorded here. */
export type ParameterStatus = 'disclosed' | 'not-disclosed' | 'not-listed';

/**
 * Evidence for one fact: the source record and the date it showed the fact. In the data files
 * (`S` = SourceId) `source` is the id of a record in src/data/sources/; the merged, exported lists
 * (src/data/models/index.ts) resolve it to that record's https URL for components and exports.
 */
export interface Evidence<S extends string = string> {
  /** Id of a record in src/data/sources/ (resolved to its https URL in the exported lists). */
  source: S;
  /** When the source showed the fact (ISO date, year/month/day precision). Never just "today". */
  asOf: IsoDate;
}

export interface Rating<S extends string = string> extends Evidence<S> {
  level: RatingLevel;
  /** One line in our own words: what exactly is or is not released. */
  note: string;
}

export type OpennessProfile<S extends string = string> = Partial<Record<OpennessDimension, Rating<S>>>;

export interface ModelSize {
  /** Optional variant name, e.g. "Base" or "Scout". */
  name?: string;
  /** Total parameters (a plain number: 117e9). */
  total: number;
  /** Active parameters per token for mixture-of-experts models. */
  active?: number;
}

export interface Parameters<S extends string = string> extends Evidence<S> {
  status: ParameterStatus;
  /** Required when status is `disclosed`; absent otherwise. Never estimate undisclosed counts. */
  sizes?: ModelSize[];
  note?: string;
}

/**
 * A license as written in src/data/licenses/: `source` is the id of the record for the license
 * text (`S` = SourceId there). The exported `licenses` add the resolved `url` (see License).
 */
export interface LicenseRecord<S extends string = string, I extends string = string, T extends string = S> {
  /** SPDX id where one exists (Apache-2.0, MIT, CC-BY-NC-4.0), else a kebab-case custom id. */
  id: I;
  name: string;
  kind: LicenseKind;
  /** True only for licenses on OSI's approved list. */
  osiApproved: boolean;
  /** Source record of the license text. Optional only for `proprietary` (terms differ per vendor). */
  source?: S;
  asOf: IsoDate;
  /** What the license allows, in one or two plain sentences. */
  allows: string;
  /** Main conditions or restrictions, if any. */
  restrictions?: string;
  /**
   * Structured terms from the license record's first reading (issue #13 §2). The weights verdict
   * reads `gatedDownload` (src/domain/verdicts.ts); "can I use it for…?" comes from the terms
   * library (src/data/terms), which builds an unread document from these notes only for a license
   * whose text has not been read clause by clause.
   */
  terms?: LicenseTerms<T>;
}

/** A license as components and exports see it: the record plus the https URL of its text. */
export interface License extends LicenseRecord {
  url?: string;
}

/**
 * One answer read from a license: `yes`, `no`, `conditional` (allowed under a condition the note
 * names) or `not-checked` (nobody has read that part of the text yet; never guess).
 */
export type TermStatus = 'yes' | 'no' | 'conditional' | 'not-checked';

export const TERM_STATUSES: Record<TermStatus, {label: string; order: number}> = {
  yes: {label: 'Yes', order: 1},
  conditional: {label: 'With conditions', order: 2},
  no: {label: 'No', order: 3},
  'not-checked': {label: 'Not checked', order: 4},
};

export interface LicenseTerm<S extends string = string> {
  status: TermStatus;
  /** One line in our own words: what the clause says, naming the clause (“§2 Additional Commercial Terms”). */
  note: string;
  /** Where the clause is: the id of a record in src/data/sources/. */
  source: S;
}

/**
 * Each term answers one question about the license text. Absent optional terms mean the license
 * has no such clause (checked); `status: 'not-checked'` means nobody has read it for that clause.
 */
export interface LicenseTerms<S extends string = string> {
  /** May you use it in a commercial product or service? */
  commercialUse: LicenseTerm<S>;
  /** May you use its outputs to train or improve another model? */
  outputsForTraining: LicenseTerm<S>;
  /** May you change or fine-tune it and publish the result? */
  derivatives: LicenseTerm<S>;
  /** Is there an acceptable-use policy (a list of banned uses)? yes = there is one. */
  acceptableUsePolicy: LicenseTerm<S>;
  /** Do use restrictions or share-alike terms pass on to copies and derivatives? yes = they do. */
  passesToDerivatives: LicenseTerm<S>;
  /** Duties beyond keeping the license text: a "Built with …" notice, a name prefix? yes = some. */
  attributionDuties: LicenseTerm<S>;
  /** Must you accept terms, register or be approved before downloading? yes = gated. */
  gatedDownload: LicenseTerm<S> & {gate?: 'accept-terms' | 'approval'};
  /** A user or revenue threshold above which something changes (yes = there is one). */
  userThreshold?: LicenseTerm<S> & {
    /** Monthly active users at which the clause applies, e.g. 700e6 for Llama. */
    monthlyActiveUsers?: number;
    /** Monthly revenue in US dollars at which the clause applies (Kimi K2-style clauses). */
    monthlyRevenueUsd?: number;
    /** What happens above it: a separate license is needed, or an attribution duty applies. */
    effect: 'separate-license' | 'attribution';
    /** When users are counted; Llama counts them on the model's release date only. */
    measuredAt?: 'release-date' | 'ongoing';
  };
  /** Regions whose residents or companies get no rights (yes = some region is excluded). */
  regionExclusion?: LicenseTerm<S> & {
    /** Plain names, e.g. ['European Union']. */
    regions: string[];
    /** Which models of the license's family it covers. */
    appliesTo: 'all' | 'multimodal';
  };
}

/** The kinds of dated change a record logs (the model's own `added` date is not one: it is a field). */
export type ChangeKind = 'terms' | 'availability' | 'rating' | 'correction';

export const CHANGE_KINDS: Record<ChangeKind, {label: string; description: string}> = {
  terms: {label: 'Terms changed', description: 'The maker changed the license or terms.'},
  availability: {
    label: 'Availability',
    description: 'The model was released, withdrawn or shut down somewhere.',
  },
  rating: {label: 'Rating changed', description: 'We changed a rating; the entry says from what to what.'},
  correction: {label: 'Correction', description: 'We fixed or completed something the record said.'},
};

/**
 * One dated change to a record (issue #12 §6): a change in the world (a new license, a new
 * checkpoint) or a correction we made to the record. Shown on the model page, newest first.
 */
export interface ModelChange<S extends string = string> {
  /** When it happened (ISO date; never in the future). */
  date: IsoDate;
  /** What sort of change: the /changes/ page and its Atom feed group and label entries by it. */
  kind: ChangeKind;
  /** For `rating` changes: the dimension and its level before and after (after = today's rating). */
  rating?: {dimension: OpennessDimension; from: RatingLevel; to: RatingLevel};
  /** One line in our own words, e.g. "License changed to MIT (V3-0324)". */
  what: string;
  /** Where it is shown: the id of a record in src/data/sources/ (resolved to its URL on export). */
  source: S;
}

/**
 * A model or model family the guide discusses. In the data files (src/data/models/) `S` is SourceId
 * and `L` LicenseId, so a mistyped reference fails typechecking; the exported `models` carry
 * resolved URLs and plain strings.
 */
export interface Model<S extends string = string, L extends string = string> {
  /** Stable kebab-case id; also the row anchor (#model-<id>) and page path (/models/<id>/). */
  id: string;
  name: string;
  organization: string;
  /** First public release or announcement (ISO date). */
  firstRelease: IsoDate;
  releaseSource: S;
  /** One sentence: what it is. */
  summary: string;
  /** What it takes in (a prompt, an image to edit, speech to transcribe). */
  inputs: Modality[];
  /** What it produces: the explorer's "makes images / video / audio" filter reads this. */
  outputs: Modality[];
  /** Inputs and outputs together, in MODALITIES order: computed by defineVersion, never written. */
  modalities: Modality[];
  parameters: Parameters<S>;
  /** Id in src/data/licenses/ (weights license for downloadable models). */
  license: L;
  access: AccessKind[];
  /** How to get it, one or two sentences. */
  howToGet: string;
  openness: OpennessProfile<S>;
  /**
   * Only for records released before 2023: why a dimension is left unrated, one line per dimension
   * (e.g. "No source found that states the license of the pretrained weights"). Use it only when no
   * source settles the rating; "nothing was published" is a rating (closed), not a reason.
   */
  unrated?: Partial<Record<OpennessDimension, string>>;
  /** Docs that discuss this model, by doc id (the file path under docs/), e.g. 'openai/gpt-oss'. */
  guidePages: string[];
  lastVerified: IsoDate;
  /** When the record entered the guide (the /changes/ page lists it as "added"). */
  added: IsoDate;
  /** Change log, newest first. `lastVerified` stays the date the whole record was last checked. */
  changes?: ModelChange<S>[];
  /** A rated version (what gets rated) or a product or app that runs versions (ChatGPT). */
  kind: EntryKind;
  /** The maker's id: the folder under src/data/models/ the record lives in. */
  maker: string;
  /** The family's id when the record sits in a family's folder. */
  family?: string;
  /** Products only: the versions it runs, by id. */
  runs?: string[];
  /** Ids the record had before, whose URLs redirect to its page. */
  formerIds?: string[];
  /** What the Open Source Initiative said of this model when it validated OSAID 1.0. */
  osiValidation?: OsiValidation<S>;
  /** The entries of other trackers that rate this same model (src/data/trackers/ snapshots). */
  trackers?: {eu?: EuMapping; mot?: MotMapping};
  /** The timeline labels this point when set: 1 is labelled first, higher numbers only if there is room. */
  timelineLabel?: number;
}

/**
 * A family as pages see it: one named line of releases ("Llama", "GPT") that groups versions (and
 * the products that run them). Its page at /models/<id>/ answers the family question from them.
 */
export interface ModelFamily {
  /** Kebab-case, unique across versions, products and families: the page path /models/<id>/. */
  id: string;
  /** How readers name it: "Llama", "GPT". */
  name: string;
  /** Who makes it, as the family page says it. */
  maker: string;
  /** Member ids (versions and products in the family's folder), in id order. */
  models: string[];
  /** One sentence in our own words: what the family is. No figures here: they come from records. */
  summary: string;
}

/** Where a catalog file sits and what it declares, as src/data/models/index.ts lists them. */
export interface CatalogPlacement {
  /** Path under src/data/models/, e.g. `openai/gpt-oss/gpt-oss-120b/version.ts`. */
  file: string;
  kind: 'version' | 'product' | 'family';
  id: string;
  maker: string;
  family?: string;
}

/** The two kinds of catalog entry that have ratings: see src/data/models/README.md. */
export type EntryKind = 'version' | 'product';

export const ENTRY_KINDS: Record<EntryKind, {label: string; description: string}> = {
  version: {label: 'Model version', description: 'A released model, rated on its own evidence.'},
  product: {label: 'Product', description: 'An app or service that runs model versions under its own terms.'},
};

/**
 * OSI's own result for a model in its 2024 validation of the Open Source AI Definition (issue #13
 * §1). The model page shows it beside our computed verdict and flags a disagreement.
 */
export type OsiValidationResult = 'passes' | 'fails' | 'license-changes-needed';

export const OSI_VALIDATION_RESULTS: Record<OsiValidationResult, {label: string}> = {
  passes: {label: 'meets the definition'},
  fails: {label: 'does not meet the definition'},
  'license-changes-needed': {label: 'would likely meet it with license changes'},
};

/** One model's OSI result as a row (the model id added), for the validator and the model page. */
export type OsiValidationRow = OsiValidation & {model: string};

export interface OsiValidation<S extends string = string> {
  /** The name OSI used. */
  osiName: string;
  result: OsiValidationResult;
  /** Id of the source record that shows OSI's result. */
  source: S;
  /** Our note, e.g. how OSI's name was mapped to our record. */
  note?: string;
}

/** An EU Open Source AI Index entry that rates the model (a file in its main-database). */
export interface EuMapping {
  /** File name in Language-Technology-Assessment/main-database. */
  file: string;
  role: EuRole;
  /** Why the match holds, for the reviewer. */
  note: string;
}

/** A Model Openness Tool entry that rates the model (a file under models/ in lfai/model_openness_tool). */
export interface MotMapping {
  file: string;
  note: string;
}

/**
 * A runtime or toolkit (not a model): llama.cpp, Ollama, vLLM, OpenNMT, as written in
 * src/data/models/tools.ts: `home` and `source` are source ids there.
 */
export interface ToolRecord<S extends string = string, L extends string = string> {
  id: string;
  name: string;
  organization: string;
  firstRelease: IsoDate;
  summary: string;
  license: L;
  /** Source record of the project's home (repository or site). */
  home: S;
  source: S;
  asOf: IsoDate;
  /** Docs the guide discusses it in, by doc id (e.g. 'models/run-locally'). */
  guidePages: string[];
  lastVerified: IsoDate;
}

/** A tool as components and exports see it: `url` is the home page, `source` an https URL. */
export interface Tool extends Omit<ToolRecord, 'home'> {
  url: string;
}

/**
 * The shape of a source record and its allowed kinds and topics (re-exported by ../types.ts).
 * Unions come with a metadata record keyed by the union, so a new member needs its label.
 */

export type SourceKind = 'primary' | 'secondary';

export const SOURCE_KINDS: Record<SourceKind, {label: string; description: string}> = {
  primary: {
    label: 'Primary',
    description: "The organisation's own page, repository, license text, model card or paper.",
  },
  secondary: {label: 'Secondary', description: 'News, blogs, aggregators or wikis reporting the fact.'},
};

export type SourceTopic =
  | 'definitions'
  | 'licenses'
  | 'chatgpt'
  | 'openai'
  | 'gpt-oss'
  | 'models'
  | 'tools'
  | 'economics'
  | 'research';

export const SOURCE_TOPICS: Record<SourceTopic, {label: string; order: number}> = {
  definitions: {label: 'Definitions: open source and open AI', order: 1},
  licenses: {label: 'Licenses', order: 2},
  chatgpt: {label: 'ChatGPT', order: 3},
  openai: {label: 'OpenAI as an organisation', order: 4},
  'gpt-oss': {label: 'gpt-oss', order: 5},
  models: {label: 'Other models', order: 6},
  tools: {label: 'Tools and runtimes', order: 7},
  economics: {label: 'Prices, usage and market', order: 8},
  research: {label: 'Research and transparency indexes', order: 9},
};

export interface Source {
  /** Stable kebab-case id used by <Cite id="…" />. Never change it once published. */
  id: string;
  title: string;
  publisher: string;
  /** https only. */
  url: string;
  /** The source's own publication date, when it has one. */
  published?: IsoDate;
  /** When the fact was checked against this (living) page. At least one of published/asOf. */
  asOf?: IsoDate;
  kind: SourceKind;
  topic: SourceTopic;
  /** Optional caveat shown on the Sources page, e.g. "copy of the original page". */
  note?: string;
}
