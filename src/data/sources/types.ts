/**
 * The shape of a source record and its allowed kinds and topics (re-exported by ../types.ts).
 * Unions come with a metadata record keyed by the union, so a new member needs its label.
 */
import type {IsoDate} from '../types';

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
