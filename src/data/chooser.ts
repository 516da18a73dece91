/**
 * The "Which should I use?" chooser as data: questions, the four recommendations, and the rules
 * that connect them. src/lib/chooser.ts evaluates them; components only render.
 *
 * How the rules work: each rule has `when` (for each listed question, the answers that trigger it;
 * all listed questions must match). A rule either `excludes` recommendations (a hard constraint:
 * "data may not leave our servers" rules out any API) or adds `scores` (soft preferences). The
 * highest total among recommendations not excluded wins; ties go to the earlier entry of
 * TIE_BREAK_ORDER (simplest to operate first). No rule may exclude 'self-hosted', so there is always
 * an answer. To add a rule: append it with a unique kebab-case id, a reason that names the answer,
 * and page-level guide links; tests/unit/chooser.test.ts checks ids, answers and links.
 */
import type {ModelId} from './models';
import type {SourceId} from './sources';

export type RecommendationId = 'closed-api' | 'hosted-open' | 'self-hosted' | 'hybrid';

export type QuestionId =
  | 'data'
  | 'volume'
  | 'frontier'
  | 'skills'
  | 'license'
  | 'location'
  | 'offline'
  | 'budget';

export interface GuideLink {
  /** Doc id of a guide page (the file path under docs/), page-level only: "decide/costs". */
  doc: string;
  label: string;
}

export interface Question {
  id: QuestionId;
  legend: string;
  help?: string;
  options: ReadonlyArray<{value: string; label: string}>;
}

export interface Recommendation {
  label: string;
  /** Two or three words for sentences that compare options ("Closed API and Hybrid tie"). */
  shortLabel: string;
  summary: string;
  tradeOffs: string[];
  /** Model ids with pages under /models/<id>/, best first (typechecked against the records). */
  models: ModelId[];
  links: GuideLink[];
}

export type Answers = Partial<Record<QuestionId, string>>;

export interface Rule {
  id: string;
  when: Partial<Record<QuestionId, readonly string[]>>;
  excludes?: readonly RecommendationId[];
  scores?: Partial<Record<RecommendationId, number>>;
  /** Why the rule fired, in the reader's terms. */
  reason: string;
  links: GuideLink[];
  /**
   * A primary source outside the guide for the fact the reason states: the id of its record in
   * src/data/sources/ (the link and label come from the record) and the date it was checked.
   */
  source?: {id: SourceId; asOf: string};
}

export const LINKS = {
  costs: {doc: 'decide/costs', label: 'What open and closed AI cost'},
  tradeOffs: {doc: 'decide/trade-offs', label: 'Open vs closed: trade-offs'},
  openWeights: {doc: 'concepts/open-source-vs-open-weights', label: 'Open source vs open weights'},
  runLocally: {doc: 'models/run-locally', label: 'Run a model on your own machine'},
  alternatives: {doc: 'models/open-alternatives', label: 'Open alternatives to ChatGPT'},
  closedModels: {doc: 'models/closed-models', label: 'Closed models compared'},
  gptOss: {doc: 'openai/gpt-oss', label: 'gpt-oss'},
  openSource: {doc: 'concepts/open-source', label: 'What open source means'},
} as const satisfies Record<string, GuideLink>;

export const QUESTIONS: readonly Question[] = [
  {
    id: 'data',
    legend: 'Where may your data go?',
    options: [
      {value: 'any', label: 'To a model provider’s API, under its terms'},
      {value: 'chosen', label: 'Only to a provider or region we pick ourselves'},
      {value: 'premises', label: 'Nowhere: it must stay on our own machines'},
    ],
  },
  {
    id: 'volume',
    legend: 'How many tokens a month?',
    help: 'Input and output tokens together, across all your users.',
    options: [
      {value: 'low', label: 'Under 10 million'},
      {value: 'medium', label: '10 million to 1 billion'},
      {value: 'high', label: 'Over 1 billion'},
    ],
  },
  {
    id: 'frontier',
    legend: 'Do you need the strongest reasoning available?',
    options: [
      {value: 'yes', label: 'Yes, quality on hard tasks comes first'},
      {value: 'some', label: 'For a small share of requests'},
      {value: 'no', label: 'No, a capable model is enough'},
    ],
  },
  {
    id: 'skills',
    legend: 'What can your team run?',
    options: [
      {value: 'none', label: 'Nothing beyond calling an API'},
      {value: 'some', label: 'Containers and cloud services, but no GPUs'},
      {value: 'strong', label: 'GPU servers and inference software'},
    ],
  },
  {
    id: 'license',
    legend: 'Any license requirements?',
    options: [
      {value: 'none', label: 'None beyond normal commercial use'},
      {value: 'large', label: 'Our product may pass 700 million monthly users'},
      {value: 'weights', label: 'We must hold, modify or redistribute the weights'},
    ],
  },
  {
    id: 'location',
    legend: 'Where are you or your company based?',
    help: 'Some open-weight licenses treat the European Union differently.',
    options: [
      {value: 'elsewhere', label: 'Outside the European Union'},
      {value: 'eu', label: 'In the European Union'},
    ],
  },
  {
    id: 'offline',
    legend: 'Must it work offline or on a device?',
    options: [
      {value: 'no', label: 'No, an internet connection is fine'},
      {value: 'yes', label: 'Yes'},
    ],
  },
  {
    id: 'budget',
    legend: 'What matters most in the budget?',
    options: [
      {value: 'flexible', label: 'Quality over price'},
      {value: 'lowest', label: 'The lowest price per token'},
      {value: 'predictable', label: 'A fixed, predictable monthly bill'},
    ],
  },
];

export const RECOMMENDATIONS: Record<RecommendationId, Recommendation> = {
  'closed-api': {
    label: 'A closed API',
    shortLabel: 'Closed API',
    summary:
      'Call a proprietary model such as GPT-5.5 through its maker’s API. Nothing to run; you pay per token and accept the provider’s terms and data handling.',
    tradeOffs: [
      'You cannot inspect, keep or modify the model, and the provider can change or retire it.',
      'Per-token prices add up at high volume; compare them with the calculator.',
      'Your prompts and outputs leave your systems.',
    ],
    models: ['gpt-5-5', 'claude-opus-5-5', 'gemini-3-1-pro'],
    links: [LINKS.closedModels, LINKS.tradeOffs, LINKS.costs],
  },
  'hosted-open': {
    label: 'An open-weight model from a hosting provider',
    shortLabel: 'Hosted open-weight',
    summary:
      'Use an open-weight model such as gpt-oss-120b through a provider that serves it per token. Prices are usually far lower than closed APIs, and you can switch providers or self-host later with the same weights.',
    tradeOffs: [
      'Data still goes to a third party, though you choose which one.',
      'The best open-weight models trail the closed frontier on hard tasks.',
      'Quality and limits differ between providers serving the same model.',
    ],
    models: ['gpt-oss-120b', 'deepseek-r1', 'qwen3-235b', 'llama-4-maverick'],
    links: [LINKS.alternatives, LINKS.openWeights, LINKS.costs],
  },
  'self-hosted': {
    label: 'An open-weight model you host yourself',
    shortLabel: 'Self-hosted open-weight',
    summary:
      'Run open weights on your own GPUs or devices. Data stays with you and the bill is mostly fixed, but you operate the serving stack.',
    tradeOffs: [
      'GPUs cost money whether or not they are busy; at low volume that is expensive per token.',
      'You need people who can deploy, monitor and update inference servers.',
      'Small models that fit one machine are weaker than the largest ones.',
    ],
    models: ['gpt-oss-20b', 'gpt-oss-120b', 'olmo-2-32b', 'mistral-7b', 'qwen3-235b'],
    links: [LINKS.runLocally, LINKS.costs, LINKS.openWeights],
  },
  hybrid: {
    label: 'A hybrid: open-weight for the bulk, a closed API for the hardest requests',
    shortLabel: 'Hybrid',
    summary:
      'Send routine traffic to an open-weight model (hosted or your own) and route only the requests that need frontier reasoning to a closed API.',
    tradeOffs: [
      'Two paths to build, test and monitor, plus the routing logic.',
      'Some data still reaches the closed provider.',
      'Savings depend on how much traffic the open path can take; try the hybrid share in the calculator.',
    ],
    models: ['gpt-oss-120b', 'gpt-5-5', 'deepseek-r1', 'qwen3-235b'],
    links: [LINKS.tradeOffs, LINKS.costs, LINKS.alternatives],
  },
};

/** Ties go to the earliest entry: the option with the least to operate. */
export const TIE_BREAK_ORDER: readonly RecommendationId[] = [
  'closed-api',
  'hosted-open',
  'hybrid',
  'self-hosted',
];

/** Every model id any recommendation suggests, in first-mention order. */
export function suggestedModelIds(): string[] {
  return [...new Set(TIE_BREAK_ORDER.flatMap((id) => RECOMMENDATIONS[id].models))];
}

/**
 * The user count the "large product" answer stands for. A model is left out for that answer when
 * its license needs a separate license at or below this many monthly active users (the Llama
 * community licenses); derived from the license records by src/lib/chooserModels.ts.
 */
export const LARGE_PRODUCT_USERS = 700e6;

/**
 * Offline or on-device use keeps models whose largest disclosed size is at most this many
 * parameters (src/lib/chooserModels.ts). At about 0.6 byte per parameter for 4-bit weights (the
 * memory table in docs/models/run-locally.mdx), 120 billion parameters need about 72 GB: one
 * 80 GB GPU or a large unified-memory machine. gpt-oss-120b (117 billion) fits, as OpenAI
 * documents; Qwen3-235B and DeepSeek-R1 do not. Which models the EU answer, the "large product"
 * answer and the weights answer leave out is read from the records too (license terms, weights
 * rating), never listed here.
 */
export const ONE_MACHINE_MAX_PARAMETERS = 120e9;

export const RULES: readonly Rule[] = [
  {
    id: 'offline-needs-local',
    when: {offline: ['yes']},
    excludes: ['closed-api', 'hosted-open', 'hybrid'],
    reason: 'It must work offline or on a device, so the model has to run on hardware you control.',
    links: [LINKS.runLocally],
  },
  {
    id: 'data-on-premises',
    when: {data: ['premises']},
    excludes: ['closed-api', 'hosted-open', 'hybrid'],
    reason: 'Your data may not leave your own machines, which rules out every API, closed or open.',
    links: [LINKS.runLocally, LINKS.tradeOffs],
  },
  {
    id: 'data-chosen-provider',
    when: {data: ['chosen']},
    scores: {'hosted-open': 2, 'self-hosted': 1, 'closed-api': -1},
    reason:
      'You want to choose where data is processed. Open weights can be served by any provider you pick, or by you; a closed model is only offered where its maker sells it.',
    links: [LINKS.openWeights, LINKS.tradeOffs],
  },
  {
    id: 'weights-required',
    when: {license: ['weights']},
    excludes: ['closed-api'],
    scores: {'self-hosted': 2, 'hosted-open': 1},
    reason: 'You need the weights themselves, and a closed API never hands them over.',
    links: [LINKS.openWeights, LINKS.openSource],
  },
  {
    id: 'user-cap',
    when: {license: ['large']},
    scores: {},
    reason:
      'Your product may pass 700 million monthly users. Llama community licenses carry a clause for services of that size, so the suggestions skip Llama models.',
    links: [LINKS.openWeights, LINKS.alternatives],
  },
  {
    id: 'llama-4-eu',
    when: {location: ['eu']},
    scores: {},
    reason:
      'You are based in the EU. Llama 4’s Acceptable Use Policy does not grant the license rights for its multimodal models, Llama 4 Maverick among them, to people domiciled in the EU or to companies whose principal place of business is there, so the suggestions leave it out. People who only use a product built on those models are not affected.',
    links: [LINKS.openWeights, LINKS.alternatives],
    source: {id: 'llama-4-acceptable-use-policy', asOf: '2026-11-27'},
  },
  {
    id: 'frontier-first',
    when: {frontier: ['yes']},
    scores: {'closed-api': 4, hybrid: 2},
    reason:
      'You need the strongest reasoning available. According to Epoch AI, the best open-weight models trailed the best closed ones by about four months on its capability index in May 2026.',
    links: [LINKS.tradeOffs, LINKS.closedModels],
  },
  {
    id: 'frontier-some',
    when: {frontier: ['some']},
    scores: {hybrid: 3},
    reason: 'Only part of your traffic needs frontier reasoning, which is what a hybrid setup is for.',
    links: [LINKS.tradeOffs],
  },
  {
    id: 'frontier-not-needed',
    when: {frontier: ['no']},
    scores: {'hosted-open': 2, 'self-hosted': 1},
    reason: 'A capable model is enough, so open-weight models are in the running at a much lower price.',
    links: [LINKS.alternatives, LINKS.costs],
  },
  {
    id: 'volume-low',
    when: {volume: ['low']},
    scores: {'closed-api': 1, 'hosted-open': 1, 'self-hosted': -3},
    reason:
      'At under 10 million tokens a month, per-token bills are small and an always-on GPU would sit mostly idle.',
    links: [LINKS.costs],
  },
  {
    id: 'volume-high',
    when: {volume: ['high']},
    scores: {'self-hosted': 2, 'hosted-open': 1, hybrid: 1, 'closed-api': -1},
    reason:
      'Above a billion tokens a month, per-token price dominates; open-weight prices and fixed GPU costs pull ahead.',
    links: [LINKS.costs],
  },
  {
    id: 'no-ops-skills',
    when: {skills: ['none']},
    scores: {'self-hosted': -4, 'closed-api': 1, 'hosted-open': 1},
    reason: 'Your team does not run servers, so anything you host yourself would be a new job.',
    links: [LINKS.tradeOffs],
  },
  {
    id: 'some-ops-skills',
    when: {skills: ['some']},
    scores: {'hosted-open': 1, hybrid: 1},
    reason: 'You can run services but not GPUs: a hosted open-weight model fits without new hardware.',
    links: [LINKS.alternatives],
  },
  {
    id: 'strong-ops-skills',
    when: {skills: ['strong']},
    scores: {'self-hosted': 2},
    reason: 'Your team can operate GPU servers, so self-hosting is a realistic option.',
    links: [LINKS.runLocally],
  },
  {
    id: 'high-volume-with-team',
    when: {volume: ['high'], skills: ['strong']},
    scores: {'self-hosted': 2},
    reason: 'High volume and a team that runs GPUs: the case where self-hosting most often pays off.',
    links: [LINKS.costs, LINKS.runLocally],
  },
  {
    id: 'budget-lowest',
    when: {budget: ['lowest']},
    scores: {'hosted-open': 3, 'self-hosted': 1, 'closed-api': -2},
    reason:
      'You want the lowest price per token. Hosted open-weight models list at a small fraction of closed flagship prices.',
    links: [LINKS.costs],
  },
  {
    id: 'budget-predictable',
    when: {budget: ['predictable']},
    scores: {'self-hosted': 2, 'closed-api': -1},
    reason:
      'You want a fixed monthly bill. Rented or owned GPUs cost the same each month; APIs bill per token.',
    links: [LINKS.costs],
  },
  {
    id: 'budget-flexible',
    when: {budget: ['flexible']},
    scores: {'closed-api': 1, hybrid: 1},
    reason: 'Quality matters more than price, so the most capable option is worth paying for.',
    links: [LINKS.tradeOffs],
  },
];
