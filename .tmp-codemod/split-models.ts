import fs from 'node:fs';
import ts from 'typescript';
import {sources} from '/work/wt/data/src/data/sources/index.ts';
const root = '/work/wt/data/src/data/';
const byUrl = new Map(sources.map((s) => [s.url, s.id]));
function urlsToIds(t: string): string {
  return t.replace(/'(https:\/\/[^']+)'/g, (_, u) => {
    const id = byUrl.get(u);
    if (!id) throw new Error('no record for ' + u);
    return `'${id}'`;
  });
}
const t1 = urlsToIds(fs.readFileSync(root + 'models.ts', 'utf8'));
const t2 = urlsToIds(fs.readFileSync(root + 'models-recent.ts', 'utf8'));
const sf1 = ts.createSourceFile('m.ts', t1, ts.ScriptTarget.Latest, true);
const sf2 = ts.createSourceFile('r.ts', t2, ts.ScriptTarget.Latest, true);
function varInit(sf: ts.SourceFile, name: string): ts.Expression {
  for (const st of sf.statements) if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations)
    if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return d.initializer;
  throw new Error('no ' + name);
}
const unwrap = (e: ts.Expression): ts.Expression => (ts.isSatisfiesExpression(e) || ts.isAsExpression(e) ? unwrap(e.expression) : e);
function props(sf: ts.SourceFile, name: string) {
  const o = unwrap(varInit(sf, name)) as ts.ObjectLiteralExpression;
  return o.properties.map((p) => ({key: (p.name as ts.Identifier).text, text: p.getFullText(sf).replace(/^\n+/, '').replace(/\s+$/, '')}));
}
function elems(sf: ts.SourceFile, name: string, fix = (s: string) => s) {
  const a = unwrap(varInit(sf, name)) as ts.ArrayLiteralExpression;
  return a.elements.map((e) => {
    const full = e.getFullText(sf).replace(/^\n+/, '').replace(/\s+$/, '');
    const obj = e as ts.ObjectLiteralExpression;
    const idp = obj.properties.find((p) => (p.name as ts.Identifier)?.text === 'id') as ts.PropertyAssignment;
    return {id: (idp.initializer as ts.StringLiteral).text, text: fix(full)};
  });
}
const recentFix = (s: string) => s.replace(/\bR2?\.(\w)/g, 'E.$1').replace(/lastVerified: VERIFIED\b/g, 'lastVerified: RECENT_VERIFIED');
const E = [...props(sf1, 'E')];
const seen = new Set(E.map((p) => p.key));
for (const p of [...props(sf2, 'R'), ...props(sf2, 'R2')]) if (!seen.has(p.key)) { E.push(p); seen.add(p.key); }
const records = [...elems(sf1, 'modelRecords'), ...elems(sf2, 'recentRecords', recentFix), ...elems(sf2, 'moreRecords', recentFix)];
const tools = elems(sf1, 'toolRecords', (s) => s.replace(/\burl: '/, "home: '"));
const groups: Record<string, [string, string[]]> = {
  'openai-hosted': ['OpenAI: the hosted-only models (ChatGPT and the GPT API models).', ['gpt-3', 'gpt-3-5', 'chatgpt', 'gpt-4', 'gpt-4o', 'gpt-5', 'gpt-5-2', 'gpt-5-5']],
  'openai-open': ['OpenAI: models released with weights (GPT-2, CLIP, Jukebox, Whisper, gpt-oss).', ['gpt-2', 'clip', 'jukebox', 'whisper', 'gpt-oss-20b', 'gpt-oss-120b', 'gpt-oss-safeguard-120b']],
  meta: ['Meta: the Llama family.', ['llama-1', 'llama-2', 'llama-3', 'llama-3-1-405b', 'llama-3-3-70b', 'llama-4-maverick']],
  google: ['Google and Google DeepMind: BERT, T5, Gemini and Gemma.', ['bert', 't5', 'gemini', 'gemini-3-1-pro', 'gemma-1', 'gemma-3-27b', 'gemma-4']],
  ai2: ['Allen Institute for AI (Ai2): OLMo and Tülu.', ['olmo', 'olmo-2-32b', 'olmo-3', 'olmo-3-1', 'tulu-3']],
  eleutherai: ['EleutherAI: GPT-Neo, GPT-J, GPT-NeoX and Pythia.', ['gpt-neo', 'gpt-j', 'gpt-neox-20b', 'pythia']],
  mistral: ['Mistral AI.', ['mistral-7b', 'mixtral-8x7b', 'mistral-large-3', 'devstral-small-2']],
  deepseek: ['DeepSeek.', ['deepseek-v3', 'deepseek-r1', 'deepseek-v3-2']],
  'anthropic-cohere-xai': ['Anthropic (Claude), Cohere (Command) and xAI (Grok).', ['claude', 'claude-opus-5-5', 'command-r-plus', 'command-a', 'grok-1', 'grok-2-5']],
  'china-labs': ['Alibaba (Qwen), Z.ai (GLM), Moonshot AI (Kimi) and ByteDance Seed.', ['qwen3-235b', 'qwen3-coder', 'glm-4-5', 'glm-5', 'kimi-k2', 'kimi-k2-5', 'seed-oss-36b']],
  'microsoft-tii': ['Microsoft (Phi) and the Technology Innovation Institute (Falcon).', ['phi-4', 'phi-4-reasoning', 'falcon-40b', 'falcon-180b']],
  research: ['Early research and community releases: ULMFiT, Transformer-XL, BLOOM, Stable Diffusion.', ['ulmfit', 'transformer-xl', 'bloom', 'stable-diffusion-1-5']],
  'other-makers': ['Other makers: Hugging Face (SmolLM3), the Swiss AI Initiative (Apertus), EuroLLM, IBM (Granite), NVIDIA (Nemotron).', ['smollm3', 'apertus', 'eurollm-22b', 'granite-4-0', 'nemotron-nano-2']],
};
const assigned = new Set(Object.values(groups).flatMap(([, ids]) => ids));
for (const r of records) if (!assigned.has(r.id)) throw new Error('unassigned ' + r.id);
if (assigned.size !== records.length) throw new Error('count ' + assigned.size + ' vs ' + records.length);
const HELPERS = ['open', 'partial', 'closed', 'VERIFIED', 'CORRECTED', 'RECENT_VERIFIED', 'G', 'openAiHostedProfile', 'hostedOnly'];
const out = root + 'models/';
fs.mkdirSync(out, {recursive: true});
const fileNames: string[] = [];
function write(name: string, what: string, body: string, kind: 'models' | 'tools') {
  const used = HELPERS.filter((h) => new RegExp(`\\b${h}\\b`).test(body));
  const usesE = /\bE\./.test(body);
  const imports = [
    usesE ? `import {E} from './evidence';` : '',
    used.length ? `import {${used.join(', ')}} from './helpers';` : '',
    kind === 'models' ? `import {defineModels} from './define';` : `import {defineTools} from './define';`,
  ].filter(Boolean).join('\n');
  const fn = kind === 'models' ? 'defineModels' : 'defineTools';
  const txt = `/** ${what} One record per model or family; ./index.ts merges every file and sorts. */\n${imports}\n\nexport const ${kind} = ${fn}([\n  ${body}\n]);\n`;
  fs.writeFileSync(out + name + '.ts', txt);
  fileNames.push(name);
}
for (const [name, [what, ids]] of Object.entries(groups)) {
  const body = ids.map((id) => records.find((r) => r.id === id)!.text).join(',\n  ') + ',';
  write(name, what, body, 'models');
}
write('tools', 'Runtimes and toolkits the guide discusses (not models).', tools.map((t) => t.text).join(',\n  ') + ',', 'tools');
// evidence
fs.writeFileSync(out + 'evidence.ts', `/**
 * Evidence used by the model records: a source id (a record in src/data/sources/) and the date the
 * source showed the fact. Several records share most entries, so they live here once.
 */
import type {Ev} from './helpers';

export const E = {
  ${E.map((p) => p.text).join(',\n  ')},
} satisfies Record<string, Ev>;
`);
// helper texts from originals
const h1 = t1.slice(t1.indexOf('function rate('), t1.indexOf('const modelRecords'));
const h2 = t2.slice(t2.indexOf('/** Ratings shared by hosted-only'), t2.indexOf('const recentRecords'));
fs.writeFileSync('/tmp/data/helpers-raw.txt', h1 + '\n-----\n' + h2);
console.log(fileNames, E.length, records.length, tools.length);
