/** Shared building blocks for the model records in this folder. */
import type {DataSourceId} from '../sources/urls-data';
import type {Evidence, Rating, RatingLevel} from '../types';
import {E} from './evidence';

/** Evidence as written in the data: a source id and the date the source showed the fact. */
export type Ev = Evidence<DataSourceId>;
export type Rated = Rating<DataSourceId>;

function rate(level: RatingLevel, ev: Ev, note: string): Rated {
  return {level, note, ...ev};
}
export const open = (ev: Ev, note: string) => rate('open', ev, note);
export const partial = (ev: Ev, note: string) => rate('partial', ev, note);
export const closed = (ev: Ev, note: string) => rate('closed', ev, note);

/** The first full check of the records written for issue #4. */
export const VERIFIED = '2026-11-23';
/** Records re-checked for the license and fact corrections of issue #12 §1. */
export const CORRECTED = '2026-11-27';
/** Records added for issue #12 §2 (models released from late 2024 on), checked that day. */
export const RECENT_VERIFIED = '2026-11-27';

/**
 * Guide pages by Docusaurus doc id (the file path under docs/, without extension). Routes and
 * titles come from the docs plugin (src/plugins/routes); the build fails on an unknown id.
 */
export const G = {
  answer: 'answer/is-chatgpt-open-source',
  whatIs: 'answer/what-is-chatgpt',
  openSource: 'concepts/open-source',
  vsWeights: 'concepts/open-source-vs-open-weights',
  whyNot: 'openai/why-not-open-source',
  history: 'openai/history',
  gptOss: 'openai/gpt-oss',
  alternatives: 'models/open-alternatives',
  closed: 'models/closed-models',
  local: 'models/run-locally',
  tradeOffs: 'decide/trade-offs',
  choose: 'decide/how-to-choose',
  costs: 'decide/costs',
} as const;

/** Ratings shared by OpenAI's hosted-only models, all shown by what the GPT-4 report withholds. */
export function openAiHostedProfile(api: Rated) {
  return {
    weights: closed(E.gpt4Report, 'Weights not released; the model runs only on OpenAI and partner servers.'),
    inferenceCode: closed(E.gpt4Report, 'No inference code; access is through the app or API only.'),
    trainingCode: closed(E.gpt4Report, 'Training method and code withheld, citing competition and safety.'),
    trainingData: closed(E.gpt4Report, 'Training data not released.'),
    dataDocumentation: closed(E.gpt4Report, 'The report gives no details of dataset construction.'),
    license: closed(E.gpt4Report, 'Proprietary terms of use; nothing is licensed for download.'),
    api,
  };
}

/** Ratings shared by hosted-only models: nothing but the service is released. */
export function hostedOnly(ev: Ev, maker: string) {
  return {
    weights: closed(ev, `Weights not released; the model runs only on ${maker} and partner servers.`),
    inferenceCode: closed(ev, 'No inference code; access is through apps and the API only.'),
    trainingCode: closed(ev, 'Training code not released.'),
    trainingData: closed(ev, 'Training data not released.'),
  };
}
