/**
 * The license section's pages (issue #24 §5), as pure functions of the terms library:
 *  - `/licenses/`: a matrix of every document (rows) against the clause topics (columns), each
 *    cell the status of that topic in the document's current version (`matrixRows`), and the
 *    filter and sort the page applies to its static rows (`parseMatrixState`, `matrixView`);
 *  - `/licenses/<id>/`: one document, its current clauses (each with the anchor a matrix cell
 *    links), its versions, the documents it replaced or was replaced by, and the models it
 *    governs (`documentPageProps`).
 * Inputs are passed in (src/plugins/terms reads them from src/data/), so the builders run in
 * tests on fixtures and the browser bundles only the labels and the filter logic.
 */
import type {
  Audience,
  Clause,
  ClauseId,
  ClauseStatus,
  DocumentKind,
  PinnedSource,
  ResolvedDocument,
  ResolvedVersion,
} from '../domain/terms';
import {documentPath} from '../domain/terms';

/** The section's path under the base URL, and each document's page: defined with the document type. */
export {LICENSES_ROUTE, documentPath, licensesPath} from '../domain/terms';

export interface Topic {
  id: ClauseId;
  /** Column name in the matrix and heading on the document page. */
  label: string;
  /** The clause's `id` on the document page (`/licenses/<id>/#<anchor>`). */
  anchor: string;
  /** What "yes" means for this topic, completing "Yes means …". */
  yesMeans: string;
}

/** The clause topics, in the matrix's column order (see ClauseId in src/domain/terms.ts). */
export const TOPICS: readonly Topic[] = [
  {
    id: 'commercialUse',
    label: 'Commercial use',
    anchor: 'commercial-use',
    yesMeans: 'you may use it in a product or service you sell or run for a business',
  },
  {
    id: 'outputsForTraining',
    label: 'Outputs may train other models',
    anchor: 'outputs-train-other-models',
    yesMeans: 'you may use what it generates to train or improve another model',
  },
  {
    id: 'derivatives',
    label: 'Change and publish',
    anchor: 'change-and-publish',
    yesMeans: 'you may modify or fine-tune it and share the result',
  },
  {
    id: 'acceptableUsePolicy',
    label: 'Usage policy applies',
    anchor: 'usage-policy-applies',
    yesMeans: 'a list of banned uses binds you',
  },
  {
    id: 'passesToDerivatives',
    label: 'Restrictions pass on',
    anchor: 'restrictions-pass-on',
    yesMeans: 'its limits or share-alike terms travel with every copy and changed version',
  },
  {
    id: 'attributionDuties',
    label: 'Extra attribution',
    anchor: 'extra-attribution',
    yesMeans: 'you owe more than keeping the notice, such as a “Built with” line or a name prefix',
  },
  {
    id: 'gatedDownload',
    label: 'Gated download',
    anchor: 'gated-download',
    yesMeans: 'you must accept terms, register or be approved before you can download',
  },
  {
    id: 'userThreshold',
    label: 'User/revenue threshold',
    anchor: 'user-revenue-threshold',
    yesMeans: 'the terms change above a number of users or an amount of revenue',
  },
  {
    id: 'regionExclusion',
    label: 'Region excluded',
    anchor: 'region-excluded',
    yesMeans: 'people or companies in some places get no rights or no service',
  },
  {
    id: 'outputUse',
    label: 'Sell or publish outputs',
    anchor: 'sell-or-publish-outputs',
    yesMeans: 'you may sell or publish what it generates',
  },
  {
    id: 'outputOwnership',
    label: 'You own outputs',
    anchor: 'you-own-outputs',
    yesMeans: 'what it generates is yours, or the provider hands you its rights in it',
  },
  {
    id: 'trainsOnInputs',
    label: 'Provider trains on your inputs',
    anchor: 'provider-trains-on-your-inputs',
    yesMeans: 'by default the provider trains its models on what you send',
  },
  {
    id: 'ipIndemnity',
    label: 'IP indemnity',
    anchor: 'ip-indemnity',
    yesMeans: 'the provider defends you if someone claims the service or its output infringes their rights',
  },
];

/** A status as a word and a mark (never colour alone); marks are decoration for screen readers. */
export const STATUS_TEXT: Record<ClauseStatus, {word: string; mark: string; means: string}> = {
  yes: {word: 'Yes', mark: '✓', means: 'the text says so'},
  conditional: {
    word: 'With conditions',
    mark: '◐',
    means: 'allowed or true only under conditions the note names',
  },
  no: {word: 'No', mark: '✕', means: 'the text says not'},
  unclear: {word: 'Unclear', mark: '?', means: 'the text is silent or ambiguous; the note says which'},
  'not-checked': {word: 'Not checked', mark: '○', means: 'nobody has read this part of the text yet'},
};

/** A topic the document does not address at all (another document of the same service may). */
export const NOT_ADDRESSED = {word: 'Not addressed', mark: '—'};

export const KIND_LABELS: Record<DocumentKind, {label: string; order: number}> = {
  license: {label: 'License', order: 1},
  'terms-of-service': {label: 'Terms of service', order: 2},
  'service-terms': {label: 'Service terms', order: 3},
  'usage-policy': {label: 'Usage policy', order: 4},
};
export const KIND_IDS = Object.keys(KIND_LABELS) as DocumentKind[];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  weights: 'People who download the weights',
  business: 'API and business customers',
  consumer: 'People using the provider’s apps',
  everyone: 'Everyone who uses the provider’s services',
};

/** How a version is pinned, completed by the day it was read. */
export function pinText(source: PinnedSource): string {
  switch (source.pin) {
    case 'commit':
      return 'Pinned to a commit of the published text';
    case 'open-terms-archive':
      return 'Open Terms Archive’s recorded copy';
    case 'provider-page':
      return 'The provider’s page (not pinned)';
  }
}

/** Provider filter value for documents without a publisher (Apache, MIT, Creative Commons). */
export const NO_PROVIDER = 'none';

// ---------------------------------------------------------------------------------------- matrix

export interface MatrixRow {
  id: string;
  name: string;
  kind: DocumentKind;
  /** Maker id, or null for a general license. */
  provider: string | null;
  providerName: string | null;
  /** Date of the current version (ISO, possibly month or year only). */
  date: string;
  versions: number;
  /** The text was not read clause by clause (the answers come from earlier notes). */
  unread: boolean;
  /** One per TOPICS entry: the current version's status, or null when it does not address it. */
  cells: Array<ClauseStatus | null>;
}

/** What the matrix's rows are built from. */
export interface MatrixInput {
  documents: readonly ResolvedDocument[];
  /** A maker's display name by id. */
  makerName: (id: string) => string | undefined;
  /** Why a document was not read clause by clause, or undefined if it was. */
  unreadReason: (doc: ResolvedDocument) => string | undefined;
}

export const currentVersion = (doc: ResolvedDocument): ResolvedVersion => {
  const v = doc.versions.at(-1);
  if (!v) throw new Error(`terms[${doc.id}]: no version`);
  return v;
};

const clauseOf = (version: ResolvedVersion, topic: ClauseId): Clause | undefined =>
  (version.clauses as Partial<Record<ClauseId, Clause>>)[topic];

function providerName(doc: ResolvedDocument, makerName: MatrixInput['makerName']): string | null {
  if (!doc.provider) return null;
  const name = makerName(doc.provider);
  if (!name) throw new Error(`terms[${doc.id}].provider: no maker "${doc.provider}"`);
  return name;
}

/** One row per document, in the default order (by kind; see `matrixView`). */
export function matrixRows(input: MatrixInput): MatrixRow[] {
  const rows = input.documents.map((doc): MatrixRow => {
    const current = currentVersion(doc);
    const unread = input.unreadReason(doc) !== undefined;
    return {
      id: doc.id,
      name: doc.name,
      kind: doc.kind,
      provider: doc.provider ?? null,
      providerName: providerName(doc, input.makerName),
      date: current.date,
      versions: doc.versions.length,
      unread,
      // An unread text cannot be said not to address a topic: what the notes leave out is unchecked.
      cells: TOPICS.map((t) => clauseOf(current, t.id)?.status ?? (unread ? 'not-checked' : null)),
    };
  });
  const order = matrixView(rows.map(rowFacts), DEFAULT_MATRIX_STATE).order;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.map((id) => byId.get(id)!);
}

/** Where a matrix cell links: the clause's anchor on the document's page. */
export function cellHref(documentId: string, topic: Topic): string {
  return `${documentPath(documentId)}#${topic.anchor}`;
}

/** The few facts per row that filtering and sorting read (the page keeps them on each <tr>). */
export interface RowFacts {
  id: string;
  name: string;
  kind: DocumentKind;
  /** Maker id, or NO_PROVIDER. */
  provider: string;
  date: string;
}

export const rowFacts = (row: MatrixRow): RowFacts => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  provider: row.provider ?? NO_PROVIDER,
  date: row.date,
});

export interface MatrixOption {
  id: string;
  label: string;
  count: number;
}

/** The filter's choices: the kinds and providers that have documents, with how many each. */
export function matrixOptions(rows: readonly MatrixRow[]): {
  kinds: MatrixOption[];
  providers: MatrixOption[];
} {
  const kinds = KIND_IDS.map((k) => ({
    id: k,
    label: KIND_LABELS[k].label,
    count: rows.filter((r) => r.kind === k).length,
  })).filter((k) => k.count > 0);
  const byProvider = new Map<string, MatrixOption>();
  for (const r of rows) {
    const id = r.provider ?? NO_PROVIDER;
    const option = byProvider.get(id) ?? {
      id,
      label: r.providerName ?? 'None named',
      count: 0,
    };
    option.count += 1;
    byProvider.set(id, option);
  }
  const providers = [...byProvider.values()].sort((a, b) =>
    a.id === NO_PROVIDER ? 1 : b.id === NO_PROVIDER ? -1 : a.label.localeCompare(b.label, 'en'),
  );
  return {kinds, providers};
}

export type MatrixSort = 'name' | 'kind' | 'date';
export type SortDir = 'asc' | 'desc';

export interface MatrixState {
  kind: DocumentKind | null;
  provider: string | null;
  sort: MatrixSort;
  dir: SortDir;
}

export const DEFAULT_MATRIX_STATE: MatrixState = {kind: null, provider: null, sort: 'kind', dir: 'asc'};
export const MATRIX_SORTS: readonly MatrixSort[] = ['name', 'kind', 'date'];
/** Dates read best newest first, so the first click on "Current version" sorts descending. */
export const firstDir = (sort: MatrixSort): SortDir => (sort === 'date' ? 'desc' : 'asc');

const PARAMS = ['kind', 'provider', 'sort', 'dir'] as const;

/** The state from the query string; unknown values are ignored, never cast. */
export function parseMatrixState(search: string, providers: readonly string[]): MatrixState {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  const provider = params.get('provider');
  const sort = params.get('sort');
  const dir = params.get('dir');
  const validSort = MATRIX_SORTS.find((s) => s === sort);
  return {
    kind: KIND_IDS.find((k) => k === kind) ?? null,
    provider: provider !== null && providers.includes(provider) ? provider : null,
    sort: validSort ?? DEFAULT_MATRIX_STATE.sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : validSort ? firstDir(validSort) : DEFAULT_MATRIX_STATE.dir,
  };
}

/** The query string for a state (default values left out), keeping any other parameter of `search`. */
export function serializeMatrixState(state: MatrixState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const p of PARAMS) params.delete(p);
  if (state.kind) params.set('kind', state.kind);
  if (state.provider) params.set('provider', state.provider);
  if (state.sort !== DEFAULT_MATRIX_STATE.sort || state.dir !== DEFAULT_MATRIX_STATE.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  return params.toString();
}

export const isFiltered = (state: MatrixState): boolean => state.kind !== null || state.provider !== null;

const byName = (a: RowFacts, b: RowFacts) => a.name.localeCompare(b.name, 'en', {sensitivity: 'base'});

/**
 * Rows in display order and the ids that pass the filters. Ties: by kind, the general licenses
 * first and then by provider id, then name; by date, name.
 */
export function matrixView(
  rows: readonly RowFacts[],
  state: MatrixState,
): {order: string[]; shown: ReadonlySet<string>} {
  const sign = state.dir === 'asc' ? 1 : -1;
  const compare = (a: RowFacts, b: RowFacts): number => {
    if (state.sort === 'name') return sign * byName(a, b);
    if (state.sort === 'date') return sign * (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || byName(a, b);
    const kind = KIND_LABELS[a.kind].order - KIND_LABELS[b.kind].order;
    const provider =
      a.provider === b.provider
        ? 0
        : a.provider === NO_PROVIDER
          ? -1
          : b.provider === NO_PROVIDER
            ? 1
            : a.provider.localeCompare(b.provider, 'en');
    return sign * kind || provider || byName(a, b);
  };
  const order = [...rows].sort(compare).map((r) => r.id);
  const shown = new Set(
    rows
      .filter(
        (r) => (!state.kind || r.kind === state.kind) && (!state.provider || r.provider === state.provider),
      )
      .map((r) => r.id),
  );
  return {order, shown};
}

// ------------------------------------------------------------------------------- document pages

export interface DocumentLink {
  id: string;
  name: string;
}

export interface ClauseView {
  topic: ClauseId;
  label: string;
  anchor: string;
  yesMeans: string;
  status: ClauseStatus;
  section: string;
  note: string;
  /** Facts the clause records beyond its note: regions, a threshold, the kind of gate, an opt-out. */
  details: string[];
  /** The usage policy the clause names, when the library has it. */
  policy: DocumentLink | null;
}

export interface VersionView {
  date: string;
  label: string | null;
  pin: PinnedSource['pin'];
  pinText: string;
  readOn: string;
  url: string;
  changes: string | null;
  current: boolean;
  /** The topics this version was read for, with their status then (older versions only). */
  read: Array<{label: string; status: ClauseStatus}>;
}

export interface ModelGroup {
  /** `license`, or the id of the channel the models reach the document through. */
  id: string;
  label: string;
  models: Array<{id: string; name: string}>;
}

export interface DocumentPageProps {
  document: {
    id: string;
    name: string;
    kind: DocumentKind;
    kindLabel: string;
    audience: string;
    url: string;
    spdx: string | null;
    huggingFace: string | null;
    summary: string;
    provider: {id: string; name: string} | null;
  };
  /** The page's <title> (Layout adds the site's name) and meta description. */
  title: string;
  description: string;
  /** Why the text was not read clause by clause; null for a document that was. */
  unread: string | null;
  /** The current version's clauses, in topic order. */
  clauses: ClauseView[];
  /** Labels of the topics the current version does not address. */
  notAddressed: string[];
  /** Oldest first; the last is the current version. */
  versions: VersionView[];
  follows: DocumentLink | null;
  followedBy: DocumentLink[];
  /** The provider channels (API, app) that list the document, by name. */
  channels: string[];
  /** Licenses whose current version names this document as their usage policy. */
  namedBy: DocumentLink[];
  models: ModelGroup[];
  /** Some version was read from Open Terms Archive's records (the page credits it). */
  openTermsArchive: boolean;
}

/** What a document page is built from, besides the document. */
export interface DocumentInput extends MatrixInput {
  /** The providers' API and app channels (src/data/terms/channels.ts). */
  channels: ReadonlyArray<{id: string; name: string; documents: readonly string[]}>;
  models: ReadonlyArray<{id: string; name: string; license: string}>;
  /** Every channel a model is answered for (channelsFor), with the documents that govern it. */
  channelsOf: (modelId: string) => ReadonlyArray<{
    id: string;
    kind: 'weights' | 'api' | 'app';
    name: string;
    documents: readonly string[];
  }>;
}

const number = new Intl.NumberFormat('en');

function clauseDetails(clause: Clause & Record<string, unknown>): string[] {
  // Regions, thresholds, gates and opt-outs qualify a "yes"; beside a "no" they would mislead.
  if (clause.status === 'no') return [];
  const out: string[] = [];
  if (Array.isArray(clause.regions) && clause.regions.length > 0) {
    const scope = clause.appliesTo === 'multimodal' ? ' (for its multimodal models)' : '';
    out.push(`Regions${scope}: ${(clause.regions as string[]).join('; ')}.`);
  }
  if (typeof clause.monthlyActiveUsers === 'number')
    out.push(`Threshold: ${number.format(clause.monthlyActiveUsers)} monthly active users.`);
  if (typeof clause.monthlyRevenueUsd === 'number')
    out.push(`Threshold: US$${number.format(clause.monthlyRevenueUsd)} in monthly revenue.`);
  if (clause.effect === 'separate-license')
    out.push('Above it: you need a separate license from the provider.');
  if (clause.effect === 'attribution') out.push('Above it: an extra attribution duty applies.');
  if (clause.measuredAt === 'release-date') out.push('Users are counted on the release date only.');
  if (clause.gate === 'accept-terms') out.push('Gate: accept the terms before downloading.');
  if (clause.gate === 'approval') out.push('Gate: the provider approves each request.');
  if (clause.optOut === true)
    out.push('You can turn this off (a setting, a form or a plan without training).');
  if (clause.optOut === false) out.push('No way to turn this off is offered.');
  return out;
}

/** A maker's name without its parenthesised detail: "Tencent (Hunyuan)" → "Tencent". */
const shortName = (provider: string) => provider.replace(/\s*\(.*\)$/, '');

/** "Anthropic’s", "a general" (a read license without a publisher), or "a" (an unread record). */
const whose = (provider: string | null, read: boolean) =>
  provider ? `${shortName(provider)}’s` : read ? 'a general' : 'a';

/** "Usage Policy (Anthropic)": the name, with its provider when the name does not say it. */
export function nameWithProvider(name: string, provider: string | null): string {
  // "Tencent (Hunyuan)" → "Tencent": no parentheses inside parentheses.
  const short = provider ? shortName(provider) : null;
  if (!short || name.toLowerCase().includes(short.toLowerCase())) return name;
  return `${name} (${short})`;
}

/** The first sentence of a paragraph, cut at a word boundary if it is long. */
export function firstSentence(text: string, max = 200): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:—–-]+$/, '')}…`;
}

const link = (doc: ResolvedDocument): DocumentLink => ({id: doc.id, name: doc.name});

const topicView = (t: Topic) => ({topic: t.id, label: t.label, anchor: t.anchor, yesMeans: t.yesMeans});

/** A topic an unread document's notes leave out: unchecked, not "not addressed". */
const unreadTopic = (t: Topic): ClauseView => ({
  ...topicView(t),
  status: 'not-checked',
  section: 'Not read',
  note: 'The guide’s earlier notes on this license say nothing on this topic, and its text has not been read.',
  details: [],
  policy: null,
});

export function documentPageProps(doc: ResolvedDocument, input: DocumentInput): DocumentPageProps {
  const current = currentVersion(doc);
  const provider = providerName(doc, input.makerName);
  const reason = input.unreadReason(doc);
  const byId = new Map(input.documents.map((d) => [d.id, d]));

  const clauses: ClauseView[] = TOPICS.flatMap((t) => {
    const clause = clauseOf(current, t.id) as (Clause & Record<string, unknown>) | undefined;
    if (!clause && reason !== undefined) return [unreadTopic(t)];
    if (!clause) return [];
    const policyId = typeof clause.policy === 'string' ? clause.policy : undefined;
    const policy = policyId ? byId.get(policyId) : undefined;
    return [
      {
        ...topicView(t),
        status: clause.status,
        section: clause.section,
        note: clause.note,
        details: clauseDetails(clause),
        policy: policy && policy.id !== doc.id ? link(policy) : null,
      },
    ];
  });

  const versions: VersionView[] = doc.versions.map((v, i) => {
    const isCurrent = i === doc.versions.length - 1;
    return {
      date: v.date,
      label: v.label ?? null,
      pin: v.source.pin,
      pinText: pinText(v.source),
      readOn: v.source.readOn,
      url: v.source.url,
      changes: v.changes ?? null,
      current: isCurrent,
      read: isCurrent
        ? []
        : TOPICS.flatMap((t) => {
            const c = clauseOf(v, t.id);
            return c ? [{label: t.label, status: c.status}] : [];
          }),
    };
  });

  const follows = doc.follows ? byId.get(doc.follows) : undefined;
  if (doc.follows && !follows) throw new Error(`terms[${doc.id}].follows: no document "${doc.follows}"`);
  const followedBy = input.documents.filter((d) => d.follows === doc.id).map(link);

  const namedBy = input.documents
    .filter((d) => d.id !== doc.id)
    .filter(
      (d) => (clauseOf(currentVersion(d), 'acceptableUsePolicy') as {policy?: string})?.policy === doc.id,
    )
    .map(link);

  // Models under it: released under it (its license), or reaching it through a channel.
  const groups = new Map<string, ModelGroup & {order: number}>();
  const add = (id: string, label: string, order: number, model: {id: string; name: string}) => {
    const group = groups.get(id) ?? {id, label, order, models: []};
    if (!group.models.some((m) => m.id === model.id)) group.models.push({id: model.id, name: model.name});
    groups.set(id, group);
  };
  const CHANNEL_ORDER = {weights: 1, api: 2, app: 3} as const;
  for (const model of input.models) {
    if (model.license === doc.id) add('license', 'Released under it', 0, model);
    for (const ch of input.channelsOf(model.id)) {
      if (!ch.documents.includes(doc.id)) continue;
      // A download under this very license is the group above.
      if (ch.kind === 'weights' && model.license === doc.id) continue;
      add(ch.id, ch.name, CHANNEL_ORDER[ch.kind], model);
    }
  }
  const models = [...groups.values()]
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'en'))
    .map(({order: _order, ...g}) => ({
      ...g,
      models: [...g.models].sort((a, b) => a.name.localeCompare(b.name, 'en', {sensitivity: 'base'})),
    }));

  const fullName = nameWithProvider(doc.name, provider);
  const kindLabel = KIND_LABELS[doc.kind].label;
  return {
    document: {
      id: doc.id,
      name: doc.name,
      kind: doc.kind,
      kindLabel,
      audience: AUDIENCE_LABELS[doc.audience],
      url: doc.url,
      spdx: doc.spdx ?? null,
      huggingFace: doc.huggingFace ?? null,
      summary: doc.summary,
      provider: doc.provider && provider ? {id: doc.provider, name: provider} : null,
    },
    title:
      reason === undefined
        ? `${fullName}: what it allows, clause by clause`
        : `${fullName}: what it allows (text not yet read)`,
    description: `${doc.name}: ${whose(provider, reason === undefined)} ${kindLabel.toLowerCase()}, ${reason === undefined ? 'read clause by clause' : 'not yet read clause by clause'}. ${firstSentence(doc.summary)}`,
    unread: reason ?? null,
    clauses,
    notAddressed:
      reason === undefined ? TOPICS.filter((t) => !clauseOf(current, t.id)).map((t) => t.label) : [],
    versions,
    follows: follows ? link(follows) : null,
    followedBy,
    channels: input.channels.filter((c) => c.documents.includes(doc.id)).map((c) => c.name),
    namedBy,
    models,
    openTermsArchive: doc.versions.some((v) => v.source.pin === 'open-terms-archive'),
  };
}

/** The /licenses/ page's own props (its rows are a separate, lazily loaded module). */
export interface LicensesPageProps {
  /** The facts filtering and sorting read, one per row (the rows themselves are static HTML). */
  rows: RowFacts[];
  total: number;
  /** Documents read clause by clause, and license records not yet read. */
  read: number;
  unread: number;
  kinds: MatrixOption[];
  providers: MatrixOption[];
}

export function licensesPageProps(rows: readonly MatrixRow[]): LicensesPageProps {
  const unread = rows.filter((r) => r.unread).length;
  return {
    rows: rows.map(rowFacts),
    total: rows.length,
    read: rows.length - unread,
    unread,
    ...matrixOptions(rows),
  };
}

/** The generated module the matrix's rows are rendered from (createData in src/plugins/terms). */
export interface LicensesMatrixData {
  rows: MatrixRow[];
}
