/**
 * The sources that no maker's folder owns, one file per topic (`topic` in each record): what the
 * guide's pages cite, license texts, prices, and model sources cited across makers. A source cited
 * only by one model, family or maker lives in that folder under src/data/models/ instead.
 * ./index.ts merges these with the catalog's sources into the list every page can cite.
 *
 * To add a source: search src/data/ for the URL first and reuse the id if it is there; otherwise
 * add a record to the right home (the model's folder when only that model cites it), with a
 * permanent kebab-case id, a title in our own words, the publisher, the https URL, `kind`, and
 * `published` and/or `asOf`. Cite it in MDX with <Cite id="the-id" /> or from data with
 * `ev('the-id', asOf)`. `npm run build` validates the list (https URL, dates not in the future,
 * unique ids and URLs) and `npm run typecheck` rejects a data reference to an id that does not exist.
 */
import {sources as chatgpt} from './chatgpt';
import {sources as definitions} from './definitions';
import {sources as economics} from './economics';
import {sources as gptOss} from './gpt-oss';
import {sources as licenses} from './licenses';
import {sources as models} from './models';
import {sources as openai} from './openai';
import {sources as research} from './research';
import {sources as tools} from './tools';

export const topicSources = [
  ...definitions,
  ...licenses,
  ...chatgpt,
  ...openai,
  ...gptOss,
  ...models,
  ...tools,
  ...economics,
  ...research,
];

/** The id of a topic source: data that cites one by a mistyped id fails typechecking. */
export type TopicSourceId = (typeof topicSources)[number]['id'];

const urls = new Map<string, string>(topicSources.map((s) => [s.id, s.url]));

/** The URL of a topic source, for data outside the catalog (licenses, tools); undefined if unknown. */
export function topicSourceUrl(id: string): string | undefined {
  return urls.get(id);
}
