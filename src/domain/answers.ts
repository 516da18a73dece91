/**
 * "Can I use it for…?" per access channel (issue #24): the questions are data (`QUESTIONS`), and
 * one engine (`answerChannel`) answers each of them from the clauses of the documents that govern
 * a channel (src/data/terms/) and a few rated facts about the model. Pure; unit-tested in
 * tests/unit/answers.test.ts, including the property that an unread or unclear clause never
 * yields the answer that favours the reader.
 */
import type {Clause, ClauseId, ClauseStatus, Clauses, ResolvedDocument} from './terms';
import type {Model} from './types';

/** Image, audio or video in (Llama's EU clause covers the multimodal models). */
export function isMultimodal(model: Pick<Model, 'modalities'>): boolean {
  return model.modalities.some((m) => m === 'image' || m === 'audio' || m === 'video');
}

/** How a model is reached: its weights, the provider's API, or the provider's app. */
export type ChannelKind = 'weights' | 'api' | 'app';

export const CHANNEL_KINDS: Record<ChannelKind, {label: string; order: number}> = {
  weights: {label: 'Downloaded weights', order: 1},
  api: {label: 'API', order: 2},
  app: {label: 'App', order: 3},
};

export interface Channel {
  /** `weights:<license id>` for a download; the data's id for a provider's API or app. */
  id: string;
  kind: ChannelKind;
  /** "OpenAI API", "ChatGPT (personal plans)", "Weights under the Llama 3.1 Community License". */
  name: string;
  /** Documents that govern the channel, main terms first. */
  documents: string[];
  /** What the channel covers or leaves out, in one sentence. */
  note?: string;
}

export type QuestionId =
  | 'commercial'
  | 'over-700m-users'
  | 'eu-company'
  | 'fine-tune-publish'
  | 'outputs-train'
  | 'offline'
  | 'sell-outputs'
  | 'trains-on-inputs'
  | 'output-ownership'
  | 'ip-indemnity'
  | 'regions';

/**
 * `permission`: "yes" is what the reader hopes for (may I…?). `exposure`: "yes" is something done
 * to the reader (does the provider train on what I send?), so "no" is the favourable answer.
 */
export type Polarity = 'permission' | 'exposure';

/** Facts about the model that some answers rest on (rated elsewhere, with sources). */
export interface ModelFacts {
  /** Image, audio or video in or out. */
  multimodal: boolean;
  /** The weights verdict: downloadable freely, after accepting terms, only on approval, or not at all. */
  weights: 'yes' | 'gated' | 'on-request' | 'no';
}

type ClauseOf = Clause & Record<string, unknown>;

export interface Question {
  id: QuestionId;
  /** As the reader asks it. */
  question: string;
  order: number;
  polarity: Polarity;
  /** The topic of the documents that answers it. */
  clause: ClauseId;
  /** What a channel's kind settles by itself (no weights in an API, no provider in a download). */
  byChannel?: Partial<Record<ChannelKind, {status: ClauseStatus; note: string}>>;
  /** Answered from the model's rated facts on these channels instead of a clause. */
  fromFacts?: {kinds: ChannelKind[]; answer: (facts: ModelFacts) => {status: ClauseStatus; note: string}};
  /** Only clauses for which this holds count (the others are read as "the text has no such limit"). */
  relevant?: (clause: ClauseOf, facts: ModelFacts) => boolean;
  /** How a clause's status becomes the answer; `absent` = as if the clause were not there. Identity if not given. */
  map?: (clause: ClauseOf) => ClauseStatus | 'absent';
  /** A "yes" becomes "with conditions" when one of these topics is "yes" (their notes are added). */
  conditions?: ClauseId[];
  /** The answer can be no better than these questions' answers on the same channel. */
  cappedBy?: QuestionId[];
  /** When no document of the channel has a (relevant) clause on the topic. */
  absent: {sameAs: QuestionId; note: string} | {status: ClauseStatus; note: string};
}

const EU = /\b(european union|eu|eea|european economic area)\b/i;

/** The questions, in the order pages show them. Adding one is adding an entry here. */
export const QUESTIONS: Question[] = [
  {
    id: 'commercial',
    question: 'Build a commercial product',
    order: 1,
    polarity: 'permission',
    clause: 'commercialUse',
    absent: {status: 'unclear', note: 'None of the documents says whether commercial use is allowed.'},
  },
  {
    id: 'over-700m-users',
    question: 'Serve more than 700 million monthly users',
    order: 2,
    polarity: 'permission',
    clause: 'userThreshold',
    cappedBy: ['commercial'],
    relevant: (c) =>
      c.status !== 'yes' ||
      typeof c.monthlyActiveUsers !== 'number' ||
      (c.monthlyActiveUsers as number) <= 700e6,
    // A threshold below 700 million: above it a separate license is needed (no, unless only users
    // on the release date count), or a duty such as a credit applies (with conditions).
    map: (c) =>
      c.status !== 'yes'
        ? c.status === 'no'
          ? 'absent'
          : c.status
        : c.effect === 'separate-license' && c.measuredAt !== 'release-date'
          ? 'no'
          : 'conditional',
    absent: {sameAs: 'commercial', note: 'No user or revenue threshold: the same terms apply at any scale.'},
  },
  {
    id: 'eu-company',
    question: 'Use it as a company based in the EU',
    order: 3,
    polarity: 'permission',
    clause: 'regionExclusion',
    cappedBy: ['commercial'],
    relevant: (c, facts) =>
      c.status !== 'yes' ||
      (Array.isArray(c.regions) &&
        (c.regions as string[]).some((r) => EU.test(r)) &&
        (c.appliesTo !== 'multimodal' || facts.multimodal)),
    map: (c) => (c.status === 'yes' ? 'no' : c.status === 'no' ? 'absent' : c.status),
    absent: {sameAs: 'commercial', note: 'No clause excludes the EU: the same terms apply there.'},
  },
  {
    id: 'fine-tune-publish',
    question: 'Fine-tune it and publish the result',
    order: 4,
    polarity: 'permission',
    clause: 'derivatives',
    byChannel: {
      api: {
        status: 'no',
        note: 'No weights come with this channel, so there is nothing of yours to publish.',
      },
      app: {
        status: 'no',
        note: 'No weights come with this channel, so there is nothing of yours to publish.',
      },
    },
    conditions: ['passesToDerivatives', 'attributionDuties'],
    absent: {status: 'unclear', note: 'The license does not say whether changed versions may be shared.'},
  },
  {
    id: 'outputs-train',
    question: 'Use its outputs to train another model',
    order: 5,
    polarity: 'permission',
    clause: 'outputsForTraining',
    absent: {status: 'unclear', note: 'None of the documents addresses training other models on outputs.'},
  },
  {
    id: 'offline',
    question: 'Run it offline on your own hardware',
    order: 6,
    polarity: 'permission',
    clause: 'gatedDownload',
    byChannel: {
      api: {status: 'no', note: 'It runs on the provider’s servers; calls need a connection.'},
      app: {status: 'no', note: 'It runs on the provider’s servers; the app needs a connection.'},
    },
    fromFacts: {
      kinds: ['weights'],
      answer: (f) =>
        f.weights === 'no'
          ? {status: 'no', note: 'The weights are not released.'}
          : f.weights === 'on-request'
            ? {status: 'conditional', note: 'Only if the maker approves your request for the weights.'}
            : f.weights === 'gated'
              ? {
                  status: 'yes',
                  note: 'After accepting the license to download, it runs without a connection.',
                }
              : {status: 'yes', note: 'Download the weights and run them without a connection.'},
    },
    absent: {status: 'unclear', note: 'Not known whether the weights can be downloaded.'},
  },
  {
    id: 'sell-outputs',
    question: 'Sell or publish what it generates',
    order: 7,
    polarity: 'permission',
    clause: 'outputUse',
    absent: {status: 'unclear', note: 'None of the documents says what you may do with outputs.'},
  },
  {
    id: 'trains-on-inputs',
    question: 'Does the provider train on what you send?',
    order: 8,
    polarity: 'exposure',
    clause: 'trainsOnInputs',
    byChannel: {
      weights: {status: 'no', note: 'You run the weights yourself; nothing you send reaches the maker.'},
    },
    absent: {
      status: 'unclear',
      note: 'None of the documents says whether your inputs train the provider’s models.',
    },
  },
  {
    id: 'output-ownership',
    question: 'Do you own what it generates?',
    order: 9,
    polarity: 'permission',
    clause: 'outputOwnership',
    absent: {status: 'unclear', note: 'None of the documents says who owns outputs.'},
  },
  {
    id: 'ip-indemnity',
    question: 'Does the provider defend you against IP claims?',
    order: 10,
    polarity: 'permission',
    clause: 'ipIndemnity',
    absent: {
      status: 'unclear',
      note: 'None of the documents offers or rules out a defence against IP claims.',
    },
  },
  {
    id: 'regions',
    question: 'Offered everywhere?',
    order: 11,
    polarity: 'permission',
    clause: 'regionExclusion',
    map: (c) => (c.status === 'yes' ? 'conditional' : c.status === 'no' ? 'yes' : c.status),
    absent: {status: 'unclear', note: 'None of the documents says where it is offered.'},
  },
];

export const QUESTION_IDS = QUESTIONS.map((q) => q.id);

/** The questions the explorer's "Can I use it for…" filter offers: the permissions. */
export const USE_QUESTIONS = QUESTIONS.filter((q) => q.polarity === 'permission');
export const USE_QUESTION_IDS = USE_QUESTIONS.map((q) => q.id);

/** Does one of the model's channels answer yes or "with conditions"? */
export function passes(byChannel: {answers: Answer[]}[], question: QuestionId): boolean {
  return byChannel.some(({answers}) =>
    answers.some((a) => a.question === question && (a.status === 'yes' || a.status === 'conditional')),
  );
}

export function getQuestion(id: QuestionId): Question {
  const q = QUESTIONS.find((x) => x.id === id);
  if (!q) throw new Error(`unknown question "${id}"`);
  return q;
}

/** Where an answer comes from: a clause of a document's current version. */
export interface Basis {
  document: string;
  /** The version's date. */
  date: string;
  section: string;
  /** The pinned URL of the version. */
  url: string;
}

export interface Answer {
  question: QuestionId;
  status: ClauseStatus;
  /** Why, in plain words. */
  note: string;
  /** The clauses it rests on (none when the channel's kind or the model's facts settle it). */
  basis: Basis[];
}

/**
 * How good a status is for the reader, by polarity: higher is better. Unclear and not checked
 * sit below every known favourable answer, so combining them with a "yes" never gives "yes".
 */
export function favour(status: ClauseStatus, polarity: Polarity): number {
  const order: ClauseStatus[] =
    polarity === 'permission'
      ? ['no', 'not-checked', 'unclear', 'conditional', 'yes']
      : ['yes', 'not-checked', 'unclear', 'conditional', 'no'];
  return order.indexOf(status);
}

const current = (doc: ResolvedDocument): Clauses => doc.versions.at(-1)!.clauses;

function basisOf(doc: ResolvedDocument, clause: Clause): Basis {
  const v = doc.versions.at(-1)!;
  return {document: doc.id, date: v.date, section: clause.section, url: v.source.url};
}

/** Every question answered for one channel, from its documents (main terms first). */
export function answerChannel(channel: Channel, documents: ResolvedDocument[], facts: ModelFacts): Answer[] {
  const done = new Map<QuestionId, Answer>();
  const answer = (q: Question): Answer => {
    const cached = done.get(q.id);
    if (cached) return cached;
    const result = evaluate(q, channel, documents, facts, answer);
    done.set(q.id, result);
    return result;
  };
  return QUESTIONS.map(answer);
}

function evaluate(
  q: Question,
  channel: Channel,
  documents: ResolvedDocument[],
  facts: ModelFacts,
  answer: (q: Question) => Answer,
): Answer {
  const fixed = q.byChannel?.[channel.kind];
  if (fixed) return {question: q.id, ...fixed, basis: []};
  if (q.fromFacts?.kinds.includes(channel.kind))
    return {question: q.id, ...q.fromFacts.answer(facts), basis: []};

  // The clauses on the topic, mapped to answers.
  const found: {status: ClauseStatus; clause: Clause; doc: ResolvedDocument}[] = [];
  for (const doc of documents) {
    const clause = current(doc)[q.clause] as ClauseOf | undefined;
    if (!clause || (q.relevant && !q.relevant(clause, facts))) continue;
    const status = q.map ? q.map(clause) : clause.status;
    if (status !== 'absent') found.push({status, clause, doc});
  }

  let result: Answer;
  if (found.length === 0) {
    const a = q.absent;
    if ('sameAs' in a) {
      const other = answer(getQuestion(a.sameAs));
      result = {question: q.id, status: other.status, note: `${a.note} ${other.note}`, basis: other.basis};
    } else {
      result = {question: q.id, status: a.status, note: a.note, basis: []};
    }
  } else {
    // The least favourable answer among the documents decides; it is the one cited first.
    const worst = [...found].sort((x, y) => favour(x.status, q.polarity) - favour(y.status, q.polarity))[0];
    let status = worst.status;
    let note = worst.clause.note;
    const basis = [worst, ...found.filter((f) => f !== worst)].map((f) => basisOf(f.doc, f.clause));
    if (status === 'yes' && q.conditions) {
      const extra = q.conditions.flatMap((id) =>
        documents.flatMap((doc) => {
          const c = current(doc)[id];
          return c && c.status === 'yes' ? [{doc, c}] : [];
        }),
      );
      if (extra.length > 0) {
        status = 'conditional';
        note = [note, ...extra.map((e) => e.c.note)].join(' ');
        basis.push(...extra.map((e) => basisOf(e.doc, e.c)));
      }
    }
    result = {question: q.id, status, note, basis};
  }

  // No better than the questions it depends on.
  for (const id of q.cappedBy ?? []) {
    const cap = answer(getQuestion(id));
    if (favour(cap.status, q.polarity) < favour(result.status, q.polarity)) {
      result = {
        question: q.id,
        status: cap.status,
        note: cap.status === 'no' ? `Not at any scale or place: ${cap.note}` : `${cap.note}`,
        basis: cap.basis,
      };
    }
  }
  return result;
}

/**
 * A model's answer to one question across its channels: the most favourable, with the channel
 * that gives it (for filters and the chooser: "commercial use: yes, through the Cohere API").
 */
export function bestAnswer(
  byChannel: {channel: Channel; answers: Answer[]}[],
  question: QuestionId,
): {channel: Channel; answer: Answer} | undefined {
  const q = getQuestion(question);
  let best: {channel: Channel; answer: Answer} | undefined;
  for (const {channel, answers} of byChannel) {
    const a = answers.find((x) => x.question === question)!;
    if (!best || favour(a.status, q.polarity) > favour(best.answer.status, q.polarity))
      best = {channel, answer: a};
  }
  return best;
}
