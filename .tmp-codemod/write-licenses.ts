import fs from 'node:fs';
const els: {id: string; text: string}[] = JSON.parse(fs.readFileSync('/tmp/data/lic-els.json', 'utf8'));
const groups: [string, string, string[]][] = [
  ['open', 'OSI-approved and permissive licenses (including modified MIT texts).', ['Apache-2.0', 'MIT', 'gpt-2-modified-mit', 'kimi-k2-modified-mit']],
  ['llama', "Meta's Llama licenses, from the LLaMA 1 research license to the Llama 4 community license.", ['llama-1-research', 'llama-2-community', 'llama-3-community', 'llama-3-1-community', 'llama-3-3-community', 'llama-4-community']],
  ['restricted', 'Other use-restricted model licenses (RAIL, DeepSeek, Gemma, Grok, Falcon, NVIDIA).', ['bigscience-rail-1.0', 'creativeml-openrail-m', 'deepseek-model-license', 'gemma-terms', 'grok-2-community', 'tii-falcon-180b', 'nvidia-open-model-license']],
  ['other', 'Non-commercial, proprietary and unclear terms.', ['CC-BY-NC-4.0', 'jukebox-noncommercial', 'no-license-file', 'not-verified', 'proprietary']],
];
const all = groups.flatMap((g) => g[2]);
if (all.length !== els.length || els.some((e) => !all.includes(e.id))) throw new Error('groups');
for (const [name, what, ids] of groups) {
  const body = ids.map((id) => els.find((e) => e.id === id)!.text).join(',\n  ');
  fs.writeFileSync(`src/data/licenses/${name}.ts`, `import {defineLicenses} from './define';\n\n/** ${what} See ./index.ts for how to add one. */\nexport const licenses = defineLicenses([\n  ${body},\n]);\n`);
}
