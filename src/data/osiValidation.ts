/**
 * What the Open Source Initiative itself said about a model when it validated the Open Source AI
 * Definition 1.0 (issue #13 §1). Only models in our dataset; the model page shows OSI's result
 * beside our computed verdict and flags a disagreement (src/lib/verdicts.ts, `compareWithOsi`).
 *
 * OSI's validation (2024) named Pythia, OLMo, Amber, CrystalCoder and T5 as meeting the
 * definition; BLOOM, StarCoder2 and Falcon as likely to pass with license changes; Llama 2, Grok,
 * Phi-2 and Mixtral as falling short (fact sheet §1.2; sources `osi-ai-hub`, `osi-osaid-2024-review`).
 * Amber, CrystalCoder, StarCoder2 and Phi-2 have no record here. "Falcon" is left out because OSI
 * did not say which Falcon release it looked at, and ours differ (40B is Apache-2.0, 180B is not).
 * "Grok" is mapped to Grok-1, the only Grok with public weights in 2024; "Mixtral" to Mixtral 8x7B,
 * the Mixtral in our dataset. Both mappings are ours and are said so on the page.
 */
export type OsiValidationResult = 'passes' | 'fails' | 'license-changes-needed';

export const OSI_VALIDATION_RESULTS: Record<OsiValidationResult, {label: string}> = {
  passes: {label: 'meets the definition'},
  fails: {label: 'does not meet the definition'},
  'license-changes-needed': {label: 'would likely meet it with license changes'},
};

export interface OsiValidation {
  /** Model id in src/data/models/. */
  model: string;
  /** The name OSI used. */
  osiName: string;
  result: OsiValidationResult;
  /** Source id in src/data/sources/. */
  source: string;
  /** Our note, e.g. how OSI's name was mapped to our record. */
  note?: string;
}

export const osiValidations = [
  {model: 'pythia', osiName: 'Pythia (EleutherAI)', result: 'passes', source: 'osi-ai-hub'},
  {model: 'olmo', osiName: 'OLMo (Ai2)', result: 'passes', source: 'osi-ai-hub'},
  {model: 't5', osiName: 'T5 (Google)', result: 'passes', source: 'osi-ai-hub'},
  {
    model: 'bloom',
    osiName: 'BLOOM (BigScience)',
    result: 'license-changes-needed',
    source: 'osi-ai-hub',
  },
  {model: 'llama-2', osiName: 'Llama 2 (Meta)', result: 'fails', source: 'osi-ai-hub'},
  {
    model: 'grok-1',
    osiName: 'Grok (xAI)',
    result: 'fails',
    source: 'osi-ai-hub',
    note: 'OSI wrote "Grok"; we read it as Grok-1, the only Grok with public weights when OSI validated.',
  },
  {
    model: 'mixtral-8x7b',
    osiName: 'Mixtral (Mistral AI)',
    result: 'fails',
    source: 'osi-ai-hub',
    note: 'OSI wrote "Mixtral" without a size; we show it on our Mixtral 8x7B record.',
  },
] as const satisfies readonly OsiValidation[];

const byModel = new Map<string, OsiValidation>(osiValidations.map((v) => [v.model, v]));

export function getOsiValidation(modelId: string): OsiValidation | undefined {
  return byModel.get(modelId);
}
