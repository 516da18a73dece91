/** Short labels for a model result's metadata in search (the index stores the verdict ids). */
export const OPEN_WEIGHTS_SHORT = {
  yes: 'Open weights',
  gated: 'Weights: gated',
  'on-request': 'Weights on request',
  no: 'Weights: closed',
} as const;

export const OSAID_SHORT = {
  meets: 'Open source AI: yes',
  'does-not-meet': 'Open source AI: no',
  'cannot-tell': 'Open source AI: cannot tell',
} as const;
