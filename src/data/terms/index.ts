/**
 * The terms library (issue #24): every document the guide has read (licenses, terms of service,
 * usage policies, service terms), the channels they govern, and each model's answers per channel.
 *
 * Add a document: write it in the provider's file here (licenses in ./licenses/), with each
 * version pinned (a commit permalink, or Open Terms Archive's recorded version) and every clause
 * naming its section; add it to a channel in ./channels.ts or name it in a license's
 * `acceptableUsePolicy.policy`. `validateTerms` (run by the build and `npm run validate`) rejects
 * unpinned versions, unknown ids, clauses without a section and "not checked" answers in a
 * document that was read.
 */
import {z} from 'zod';
import type {Clause, ClauseId, ClauseStatus, ResolvedDocument, TermsDocument} from '../../domain/terms';
import {topicSourceUrl} from '../sources/topics';
import {documentPath} from '../../domain/terms';
import type {License, Model} from '../../domain/types';
import {
  USE_QUESTION_IDS,
  answerChannel,
  favour,
  getQuestion,
  isMultimodal,
  passes,
  type Answer,
  type Channel,
  type ModelFacts,
  type QuestionId,
} from '../../domain/answers';
import {openWeights} from '../../domain/verdicts';
import {isIsoDate} from '../../domain/dates';
import {CHANNELS, UNREAD_CHANNELS, type ChannelRecord} from './channels';
import {licenses} from '../licenses';
import {documents as openai} from './openai';
import {documents as anthropic} from './anthropic';
import {documents as google} from './google';
import {documents as xai} from './xai';
import {documents as mistral} from './mistral';
import {documents as meta} from './meta';
import {documents as deepseek} from './deepseek';
import {documents as alibaba} from './alibaba';
import {documents as cohere} from './cohere';
import {documents as midjourney} from './midjourney';
import {documents as familyLicenses} from './licenses/family';
import {documents as generalLicenses} from './licenses/general';

/** Every document read, as written. */
/** Every document read, as written in the files (addresses may be left to a source record). */
export const WRITTEN_DOCUMENTS: TermsDocument[] = [
  ...familyLicenses,
  ...generalLicenses,
  ...openai,
  ...anthropic,
  ...google,
  ...xai,
  ...mistral,
  ...meta,
  ...deepseek,
  ...alibaba,
  ...cohere,
  ...midjourney,
];

/**
 * A document with its addresses resolved: a license's own address is its license record's, and a
 * version's pinned URL is its `sourceId` record's, or the document's address (a provider page).
 */
export function resolveDocument(doc: TermsDocument): ResolvedDocument {
  const url =
    doc.url ??
    (doc.sourceId ? topicSourceUrl(doc.sourceId) : undefined) ??
    licenses.find((l) => l.id === doc.id)?.url;
  if (!url) throw new Error(`terms[${doc.id}]: no url, and no license record with one`);
  return {
    ...doc,
    url,
    versions: doc.versions.map((v, i) => {
      const pinned = v.source.url ?? (v.source.sourceId ? topicSourceUrl(v.source.sourceId) : url);
      if (!pinned)
        throw new Error(`terms[${doc.id}].versions[${i}].source: unknown source "${v.source.sourceId}"`);
      return {...v, source: {...v.source, url: pinned}};
    }),
  };
}

/** Every document read clause by clause, addresses resolved. */
export const READ_DOCUMENTS: ResolvedDocument[] = WRITTEN_DOCUMENTS.map(resolveDocument);

/** The topics a provider's main terms must answer (unclear if silent), and every license too. */
export const CHANNEL_TOPICS: ClauseId[] = [
  'commercialUse',
  'outputsForTraining',
  'outputUse',
  'outputOwnership',
  'trainsOnInputs',
  'ipIndemnity',
  'regionExclusion',
  'acceptableUsePolicy',
];
const LICENSE_TOPICS: ClauseId[] = [
  'commercialUse',
  'outputsForTraining',
  'derivatives',
  'acceptableUsePolicy',
  'passesToDerivatives',
  'attributionDuties',
  'gatedDownload',
  'regionExclusion',
  'outputUse',
  'outputOwnership',
  'ipIndemnity',
];

/**
 * A license record whose text the guide could not read (or has not yet read) becomes a document
 * built from its older notes, marked `unread`: its answers keep "not checked" where the notes do,
 * and its page says the text is not pinned.
 */
export interface UnreadDocument extends ResolvedDocument {
  unread: string;
}

export function documentFromLicense(license: License, reason: string, provider?: string): UnreadDocument {
  const licenseUrl = license.url;
  if (!licenseUrl) throw new Error(`licenses[${license.id}]: no source URL, so no document can stand for it`);
  const clauses: Record<string, Clause & Record<string, unknown>> = {};
  for (const [key, term] of Object.entries(license.terms ?? {})) {
    if (!term) continue;
    const {
      note,
      source: _source,
      status,
      ...extra
    } = term as {
      note: string;
      source: string;
      status: ClauseStatus;
    } & Record<string, unknown>;
    clauses[key] = {...extra, status, section: 'not pinned (see the note)', note};
  }
  // Topics the earlier notes do not cover were never read: say so, never "the text is silent".
  for (const topic of LICENSE_TOPICS) {
    clauses[topic] ??= {status: 'not-checked', section: 'not read', note: `Not read: ${reason}`};
  }
  return {
    id: license.id,
    name: license.name,
    kind: 'license',
    audience: 'weights',
    ...(provider ? {provider} : {}),
    url: licenseUrl,
    summary: [license.allows, license.restrictions].filter(Boolean).join(' '),
    versions: [
      {
        date: license.asOf,
        source: {
          url: licenseUrl,
          pin: 'provider-page',
          readOn: license.asOf,
        },
        clauses,
      },
    ],
    unread: reason,
  };
}

/** Why a license has no document read clause by clause (reported, never hidden), and whose it is. */
export const UNREAD_LICENSES: Record<string, {provider: string; reason: string}> = {
  'grok-2-community': {
    provider: 'xai',
    reason:
      'Its text is published only on Hugging Face, which this project cannot reach; stored copies end after section 2(b).',
  },
  'qwen-license': {
    provider: 'alibaba',
    reason:
      'The Qwen License Agreement of 19 September 2024 is published only on Hugging Face; stored copies end after its definitions.',
  },
  'jamba-open-model-license': {
    provider: 'ai21',
    reason:
      'No copy of the Jamba Open Model License could be found outside Hugging Face, which this project cannot reach.',
  },
  'not-verified': {
    provider: 'fast-ai',
    reason:
      'A finding, not a gap: no license for ULMFiT’s pretrained weights is stated in the paper or in any source checked (the fastai library that loads them is Apache 2.0), so nothing grants or limits their use in writing.',
  },
};

const pinned = z.object({
  url: z.string().refine((u) => u.startsWith('https://'), 'not an https URL'),
  pin: z.enum(['commit', 'open-terms-archive', 'provider-page']),
  readOn: z.string().refine(isIsoDate, 'not an ISO date'),
});

/** Problems with the documents and channels; empty when all is well. */
export function validateTerms(
  docs: readonly ResolvedDocument[],
  channels: readonly ChannelRecord[],
  makers: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const doc of docs) {
    const at = `terms[${doc.id}]`;
    if (ids.has(doc.id)) problems.push(`${at}: duplicate id`);
    ids.add(doc.id);
    if (!doc.url.startsWith('https://')) problems.push(`${at}.url: not https`);
    if (doc.provider && !makers.has(doc.provider))
      problems.push(`${at}.provider: no maker "${doc.provider}"`);
    if (doc.versions.length === 0) problems.push(`${at}: no version`);
    doc.versions.forEach((v, i) => {
      const vat = `${at}.versions[${i}]`;
      if (!isIsoDate(v.date)) problems.push(`${vat}.date: not an ISO date`);
      const src = pinned.safeParse(v.source);
      if (!src.success) problems.push(`${vat}.source: ${src.error.issues.map((x) => x.message).join('; ')}`);
      else if (v.source.pin !== 'provider-page' && !/\/(blob|tree|commit)\/[0-9a-f]{40}\//.test(v.source.url))
        problems.push(`${vat}.source.url: a ${v.source.pin} pin needs a full commit hash in the URL`);
      if (i > 0 && !v.changes) problems.push(`${vat}.changes: say what changed from the version before`);
      if (i > 0 && v.date < doc.versions[i - 1].date) problems.push(`${vat}.date: versions go oldest first`);
      for (const [key, clause] of Object.entries(v.clauses) as [string, Clause][]) {
        if (!clause.section?.trim()) problems.push(`${vat}.clauses.${key}: name the section`);
        if (!clause.note?.trim()) problems.push(`${vat}.clauses.${key}: no note`);
        if (clause.status === 'not-checked')
          problems.push(`${vat}.clauses.${key}: "not checked" in a read document`);
      }
    });
    const last = doc.versions.at(-1)?.clauses ?? {};
    const required = doc.kind === 'license' ? LICENSE_TOPICS : [];
    for (const topic of required)
      if (!last[topic]) problems.push(`${at}: the current version does not answer ${topic}`);
    if (doc.follows && !docs.some((d) => d.id === doc.follows))
      problems.push(`${at}.follows: no document "${doc.follows}"`);
    const policy = (last.acceptableUsePolicy as {policy?: string} | undefined)?.policy;
    if (policy && !docs.some((d) => d.id === policy))
      problems.push(`${at}: policy "${policy}" is not a document`);
  }
  const channelIds = new Set<string>();
  for (const ch of channels) {
    const at = `channels[${ch.id}]`;
    if (channelIds.has(ch.id)) problems.push(`${at}: duplicate id`);
    channelIds.add(ch.id);
    if (!makers.has(ch.provider)) problems.push(`${at}.provider: no maker "${ch.provider}"`);
    if (ch.documents.length === 0) problems.push(`${at}: no documents`);
    for (const d of ch.documents) if (!ids.has(d)) problems.push(`${at}: no document "${d}"`);
    const main = docs.find((d) => d.id === ch.documents[0]);
    if (main)
      for (const topic of CHANNEL_TOPICS)
        if (!main.versions.at(-1)?.clauses[topic])
          problems.push(`${at}: its main terms (${main.id}) do not answer ${topic}`);
  }
  return problems;
}

export function getDocument(
  id: string,
  all: readonly ResolvedDocument[] = DOCUMENTS,
): ResolvedDocument | undefined {
  return all.find((d) => d.id === id);
}

type ChannelModel = Pick<Model, 'id' | 'maker' | 'access' | 'openness' | 'modalities'>;

/**
 * The channels a model is answered for: its download (the license and the usage policy it names)
 * when `access` lists weights, and each of its maker's API and app channels that `access` lists.
 */
export function channelsFor(
  model: ChannelModel,
  license: License,
  all: readonly ResolvedDocument[] = DOCUMENTS,
): Channel[] {
  const out: Channel[] = [];
  if (model.access.includes('weights')) {
    const doc = getDocument(license.id, all);
    const policy = (doc?.versions.at(-1)?.clauses.acceptableUsePolicy as {policy?: string} | undefined)
      ?.policy;
    out.push({
      id: `weights:${license.id}`,
      kind: 'weights',
      name: license.name,
      documents: [license.id, ...(policy ? [policy] : [])],
    });
  }
  for (const kind of ['api', 'app'] as const) {
    if (!model.access.includes(kind)) continue;
    for (const ch of CHANNELS.filter((c) => c.provider === model.maker && c.kind === kind)) {
      out.push({
        id: ch.id,
        kind: ch.kind,
        name: ch.name,
        documents: ch.documents,
        ...(ch.note ? {note: ch.note} : {}),
      });
    }
  }
  return out;
}

/** The model's API or app access that no channel here covers, with why (for the model page). */
export function uncoveredAccess(model: ChannelModel): {kind: 'api' | 'app'; reason: string}[] {
  return (['api', 'app'] as const)
    .filter(
      (k) => model.access.includes(k) && !CHANNELS.some((c) => c.provider === model.maker && c.kind === k),
    )
    .map((kind) => ({
      kind,
      reason:
        UNREAD_CHANNELS[model.maker] ??
        (kind === 'api'
          ? 'Offered through APIs (the maker’s or other hosts’) whose terms this guide has not read; each host’s own terms apply.'
          : 'Offered in an app whose terms this guide has not read.'),
    }));
}

/** Read documents, plus a document built from the notes of each license not yet read (marked `unread`). */
export const DOCUMENTS: ResolvedDocument[] = (() => {
  const read = new Set(READ_DOCUMENTS.map((d) => d.id));
  const extra = licenses
    .filter((l) => !read.has(l.id) && l.kind !== 'proprietary')
    .map((l) =>
      documentFromLicense(
        l,
        UNREAD_LICENSES[l.id]?.reason ?? 'Its text has not yet been read clause by clause.',
        UNREAD_LICENSES[l.id]?.provider,
      ),
    );
  return [...READ_DOCUMENTS, ...extra];
})();

export function isUnread(doc: ResolvedDocument): doc is UnreadDocument {
  return 'unread' in doc;
}

/** The use questions one of the model's channels allows (yes or with conditions). */
export function usesAllowed(model: ChannelModel, license: License): QuestionId[] {
  const byChannel = answersFor(model, license);
  return USE_QUESTION_IDS.filter((q) => passes(byChannel, q));
}

export function modelFacts(model: ChannelModel & Pick<Model, 'access'>, license: License): ModelFacts {
  return {multimodal: isMultimodal(model), weights: openWeights(model, license)};
}

export interface ChannelAnswers {
  channel: Channel;
  answers: Answer[];
}

/** Every question answered for every channel of the model. */
export function answersFor(
  model: ChannelModel,
  license: License,
  all: readonly ResolvedDocument[] = DOCUMENTS,
): ChannelAnswers[] {
  const facts = modelFacts(model, license);
  return channelsFor(model, license, all).map((channel) => ({
    channel,
    answers: answerChannel(
      channel,
      channel.documents.map((id) => {
        const d = getDocument(id, all);
        if (!d) throw new Error(`terms: channel ${channel.id} names unknown document "${id}"`);
        return d;
      }),
      facts,
    ),
  }));
}

const STATUS_LABELS: Record<ClauseStatus, string> = {
  yes: 'Yes',
  conditional: 'With conditions',
  no: 'No',
  unclear: 'Unclear or not stated',
  'not-checked': 'Not checked',
};

/** How an answer reads for the reader: favourable, partly, unfavourable, or not known. */
export type AnswerTone = 'good' | 'partial' | 'bad' | 'unknown';

export interface AnswerView {
  question: QuestionId;
  text: string;
  status: ClauseStatus;
  label: string;
  tone: AnswerTone;
  note: string;
  basis: {document: string; name: string; section: string; url: string; date: string}[];
}

export interface ChannelView {
  id: string;
  kind: Channel['kind'];
  name: string;
  note?: string;
  documents: {id: string; name: string; path: string; date: string; url: string; unread?: string}[];
  answers: AnswerView[];
}

/** The model page's "Can I use it for…?" section: every channel with its documents and answers. */
export function channelViews(model: ChannelModel, license: License): ChannelView[] {
  return answersFor(model, license).map(({channel, answers}) => ({
    id: channel.id,
    kind: channel.kind,
    name: channel.name,
    ...(channel.note ? {note: channel.note} : {}),
    documents: channel.documents.map((id) => {
      const d = getDocument(id)!;
      const v = d.versions.at(-1)!;
      return {
        id,
        name: d.name,
        path: documentPath(id),
        date: v.date,
        url: v.source.url,
        ...(isUnread(d) ? {unread: d.unread} : {}),
      };
    }),
    answers: answers.map((a) => {
      const q = getQuestion(a.question);
      const f = favour(a.status, q.polarity);
      const tone: AnswerTone =
        a.status === 'unclear' || a.status === 'not-checked'
          ? 'unknown'
          : a.status === 'conditional'
            ? 'partial'
            : f === 4
              ? 'good'
              : 'bad';
      return {
        question: a.question,
        text: q.question,
        status: a.status,
        label: STATUS_LABELS[a.status],
        tone,
        note: a.note,
        basis: a.basis.map((b) => ({...b, name: getDocument(b.document)?.name ?? b.document})),
      };
    }),
  }));
}
