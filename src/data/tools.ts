/**
 * Runtimes and toolkits the guide discusses (not models). `home` and `source` are ids of topic
 * sources (src/data/sources/); src/data/models/index.ts resolves them to URLs.
 */
import type {ToolRecord} from '../domain/types';
import type {LicenseId} from './licenses';
import type {TopicSourceId} from './sources/topics';
import {G} from './guide';

function defineTools(
  records: ToolRecord<TopicSourceId, LicenseId>[],
): ToolRecord<TopicSourceId, LicenseId>[] {
  return records;
}

export const tools = defineTools([
  {
    id: 'opennmt',
    name: 'OpenNMT',
    organization: 'Harvard NLP and SYSTRAN (later SYSTRAN, Ubiqus and the community)',
    firstRelease: '2016-12',
    summary:
      'An open-source neural machine translation toolkit, launched jointly by Harvard NLP and SYSTRAN.',
    license: 'MIT',
    home: 'opennmt-py-repo',
    source: 'opennmt-slator',
    asOf: '2016-12',
    guidePages: [G.history],
    lastVerified: '2026-11-23',
  },
  {
    id: 'llama-cpp',
    name: 'llama.cpp',
    organization: 'ggml-org (started by Georgi Gerganov)',
    firstRelease: '2023-03',
    summary:
      'A C/C++ inference engine for GGUF model files on CPUs, Apple Silicon and GPUs; llama-cli runs a model and llama-server exposes an OpenAI-compatible API.',
    license: 'MIT',
    home: 'llama-cpp-repo',
    source: 'llama-cpp-repo',
    asOf: '2026-06',
    guidePages: [G.local],
    lastVerified: '2026-11-23',
  },
  {
    id: 'vllm',
    name: 'vLLM',
    organization: 'vLLM project (started at UC Berkeley)',
    firstRelease: '2023-06',
    summary:
      'A high-throughput inference and serving engine for open-weight models on GPUs, with an OpenAI-compatible server.',
    license: 'Apache-2.0',
    home: 'vllm-repo',
    source: 'vllm-repo',
    asOf: '2026-06',
    guidePages: [G.local],
    lastVerified: '2026-11-23',
  },
  {
    id: 'ollama',
    name: 'Ollama',
    organization: 'Ollama',
    firstRelease: '2023',
    summary:
      'A local model runner with a model library (including gpt-oss) and REST and OpenAI-compatible APIs on port 11434; it began on llama.cpp and since 2025 runs many models on its own engine built on the ggml library.',
    license: 'MIT',
    home: 'ollama-repo',
    source: 'ollama-new-engine',
    asOf: '2025-05-15',
    guidePages: [G.local],
    lastVerified: '2026-11-27',
  },
]);
