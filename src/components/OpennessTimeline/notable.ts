/** Points worth a label on the timeline, in label priority; the rest are named in its table. */
export const NOTABLE = [
  'chatgpt',
  'gpt-2',
  'gpt-oss-120b',
  'llama-2',
  'olmo',
  'deepseek-r1',
  'gpt-5-5',
  't5',
  'gpt-neox-20b',
  'olmo-3',
  'llama-4-maverick',
  'gpt-4',
  'mistral-7b',
  'gemma-4',
];
