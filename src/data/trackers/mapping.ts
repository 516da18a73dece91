/**
 * Which tracker entry describes which of our models. Only the rows here are vendored by
 * scripts/update-trackers.ts; every other entry in the trackers is ignored. Map an entry only
 * when it rates the same model (same version and, for a family, the size our record describes).
 *
 * EU Open Source AI Index: one YAML file per family, rated on its latest version and largest
 * size, split into a base model and the end model users talk to. `role: 'base'` marks entries
 * whose end model is someone's fine-tune of the model we describe: only the base-model weights
 * and data criteria are compared for those.
 */
import type {EuRole} from '../../lib/trackers';

export interface EuMapping {
  /** File name in Language-Technology-Assessment/main-database. */
  file: string;
  /** Our model id (src/data/models/). */
  id: string;
  role: EuRole;
  /** Why the match holds, for the reviewer. */
  note: string;
}

export interface MotMapping {
  /** File under models/ in lfai/model_openness_tool. */
  file: string;
  id: string;
  note: string;
}

export const EU_MAPPING: readonly EuMapping[] = [
  {file: 'BERT.yaml', id: 'bert', role: 'end', note: 'BERT; base and end model are the same.'},
  {file: 'T5.yaml', id: 't5', role: 'base', note: 'Base model T5; their end model is T5X.'},
  {
    file: 'Whisper.yaml',
    id: 'whisper',
    role: 'end',
    note: 'Whisper family, rated on large-v3 and large-v3-turbo.',
  },
  {file: 'bloomz.yaml', id: 'bloom', role: 'base', note: 'Their end model BLOOMZ is a fine-tune of BLOOM.'},
  {
    file: 'Pythia.yaml',
    id: 'pythia',
    role: 'base',
    note: 'Their end model Pythia-Chat-Base-7B is a fine-tune of Pythia-6.9B.',
  },
  {
    file: 'GPT-NeoXT.yaml',
    id: 'gpt-neox-20b',
    role: 'base',
    note: 'Their end model GPT-NeoXT-Chat-Base-20B is a fine-tune of GPT-NeoX-20B.',
  },
  {file: 'llama-2-chat.yaml', id: 'llama-2', role: 'end', note: 'Llama 2 70B and 70B-Chat.'},
  {file: 'llama-3-instruct.yaml', id: 'llama-3', role: 'end', note: 'Meta Llama 3 70B and 70B-Instruct.'},
  {file: 'llama-3.1.yaml', id: 'llama-3-1-405b', role: 'end', note: 'Llama 3.1 405B and 405B-Instruct.'},
  {file: 'llama-4.yaml', id: 'llama-4-maverick', role: 'end', note: 'Llama 4 Maverick 17B-128E.'},
  {file: 'Gemma.yaml', id: 'gemma-3-27b', role: 'end', note: 'Gemma family, rated on Gemma 3 27B.'},
  {file: 'deepseek-R1.yaml', id: 'deepseek-r1', role: 'end', note: 'DeepSeek-R1.'},
  {
    file: 'deepseek-v3.yaml',
    id: 'deepseek-v3-2',
    role: 'end',
    note: 'Named deepseek-v3 but rates DeepSeek V3.2.',
  },
  {file: 'GPT-OSS.yaml', id: 'gpt-oss-120b', role: 'end', note: 'Rates gpt-oss-120b, the larger of the two.'},
  {
    file: 'Grok.yaml',
    id: 'grok-2-5',
    role: 'end',
    note: 'Named Grok 2; the August 2025 weights release we call Grok 2.5.',
  },
  {file: 'Mistral.yaml', id: 'mistral-large-3', role: 'end', note: 'Mistral Large 3 675B.'},
];

export const MOT_MAPPING: readonly MotMapping[] = [
  {file: 'T5.yml', id: 't5', note: 'T5.'},
  {file: 'GPT-2.yml', id: 'gpt-2', note: 'GPT-2.'},
  {file: 'GPT-3.yml', id: 'gpt-3', note: 'GPT-3.'},
  {file: 'GPT-Neo.yml', id: 'gpt-neo', note: 'GPT-Neo.'},
  {file: 'GPT-J.yml', id: 'gpt-j', note: 'GPT-J.'},
  {file: 'GPT-NeoX-20B.yml', id: 'gpt-neox-20b', note: 'GPT-NeoX-20B.'},
  {file: 'BLOOM.yml', id: 'bloom', note: 'BLOOM.'},
  {file: 'GPT-3.5.yml', id: 'gpt-3-5', note: 'GPT-3.5.'},
  {file: 'GPT-4.yml', id: 'gpt-4', note: 'GPT-4.'},
  {file: 'GPT-4o.yml', id: 'gpt-4o', note: 'GPT-4o.'},
  {file: 'Pythia-12B.yml', id: 'pythia', note: 'Pythia, largest size (12B).'},
  {file: 'Falcon-40B.yml', id: 'falcon-40b', note: 'Falcon-40B.'},
  {file: 'Falcon-180B.yml', id: 'falcon-180b', note: 'Falcon-180B.'},
  {file: 'Llama-2-70B.yml', id: 'llama-2', note: 'Llama 2, largest size (70B).'},
  {file: 'Mistral-7B-v0.1.yml', id: 'mistral-7b', note: 'Mistral 7B v0.1, the first release.'},
  {file: 'Mixtral-8x7B-v0.1.yml', id: 'mixtral-8x7b', note: 'Mixtral 8x7B v0.1.'},
  {file: 'OLMo-7B.yml', id: 'olmo', note: 'OLMo 7B, the first release.'},
  {file: 'gemma-7b.yml', id: 'gemma-1', note: 'Gemma 1, largest size (7B).'},
  {file: 'Grok-1.yml', id: 'grok-1', note: 'Grok-1.'},
  {file: 'Command-R+.yml', id: 'command-r-plus', note: 'Command R+.'},
  {file: 'Llama-3-70B.yml', id: 'llama-3', note: 'Llama 3, largest size (70B).'},
  {file: 'DeepSeek-V3.yml', id: 'deepseek-v3', note: 'DeepSeek-V3.'},
  {file: 'DeepSeek-R1.yml', id: 'deepseek-r1', note: 'DeepSeek-R1.'},
  {file: 'gpt-oss-120b.yml', id: 'gpt-oss-120b', note: 'gpt-oss-120b.'},
  {file: 'gpt-oss-20b.yml', id: 'gpt-oss-20b', note: 'gpt-oss-20b.'},
  {file: 'Mistral-Large-3-675B-Base-2512.yml', id: 'mistral-large-3', note: 'Mistral Large 3 675B base.'},
];
