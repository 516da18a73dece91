/**
 * Guide pages by Docusaurus doc id (the file path under docs/, without extension), for the
 * `guidePages` of model and tool records. Routes and titles come from the docs plugin
 * (src/plugins/routes); the build fails on an unknown id.
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
  beyondChat: 'models/beyond-chat',
  closed: 'models/closed-models',
  local: 'models/run-locally',
  tradeOffs: 'decide/trade-offs',
  choose: 'decide/how-to-choose',
  costs: 'decide/costs',
} as const;
