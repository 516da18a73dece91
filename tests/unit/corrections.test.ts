/**
 * Fact guards: the one unit-test file that names live records on purpose. Each test pins one
 * claim the guide states or one correction made (issue #12 §1), in the data or as the absence
 * of a known-false sentence in docs/, so reverting it fails here with the record or file named,
 * without restating whole records. Library logic is tested on hand-made records elsewhere
 * (tests/unit/model-fixtures.ts); when a fact below changes in the world, update the record, its
 * source and this guard together.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {getModel, models, tools} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {getSource} from '../../src/data/sources';
import {OPENNESS_DIMENSIONS, type Model} from '../../src/domain/types';
import {answersFor} from '../../src/data/terms';
import {formatSizes, releaseClass} from '../../src/lib/models';
import {modelVerdicts, oneLineAnswer} from '../../src/domain/verdicts';

function model(id: string): Model {
  const m = getModel(id);
  assert.ok(m, `model ${id} is missing`);
  return m;
}

/** Every string in a record (notes, summary, parameters note…), for wording checks. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

test('Llama 4: the license record and the Maverick record carry the EU restriction, from the use policy', () => {
  const license = getLicense('llama-4-community');
  assert.ok(license?.restrictions, 'llama-4-community has no restrictions text');
  assert.match(license.restrictions, /European Union/);
  assert.match(license.restrictions, /end users/i, 'the end-user exemption must be stated');
  const maverick = model('llama-4-maverick');
  assert.match(maverick.openness.license?.note ?? '', /\bEU\b/);
  assert.match(maverick.openness.license?.source ?? '', /llama4\/USE_POLICY\.md$/);
  const policy = getSource('llama4-use-policy');
  assert.equal(policy?.kind, 'primary');
  assert.match(policy?.url ?? '', /USE_POLICY\.md$/);
});

test('Llama 4 Maverick: the model page answers "no" for EU companies, and its one-line answer says why', () => {
  const maverick = model('llama-4-maverick');
  const license = getLicense(maverick.license);
  assert.ok(license);
  const weights = answersFor(maverick, license).find((c) => c.channel.kind === 'weights');
  assert.equal(weights?.answers.find((a) => a.question === 'eu-company')?.status, 'no');
  const answer = oneLineAnswer(maverick, license, modelVerdicts(maverick, license));
  assert.match(answer, /700|EU/);
  // Model pages do not share one generic line: Llama and DeepSeek-R1 read differently.
  const r1 = model('deepseek-r1');
  const r1License = getLicense(r1.license)!;
  assert.notEqual(answer, oneLineAnswer(r1, r1License, modelVerdicts(r1, r1License)));
});

test('Llama outputs: the 3.1 license already allowed training other models, under a naming rule', () => {
  const l31 = getLicense('llama-3-1-community');
  assert.match(l31?.allows ?? '', /outputs/);
  assert.match(l31?.allows ?? '', /"Llama"/);
  assert.doesNotMatch(getLicense('llama-3-community')?.allows ?? '', /outputs may/);
  // Llama 3.1 405B's license rating cites the 3.1 license, not the Llama 3 one.
  assert.match(model('llama-3-1-405b').openness.license?.source ?? '', /llama3_1\/LICENSE$/);
});

test('DeepSeek-V3: the restrictive license is dated to the first checkpoint; a later V3.x record is MIT', () => {
  const v3 = model('deepseek-v3');
  assert.equal(v3.openness.license?.level, 'partial');
  assert.match(v3.openness.license?.note ?? '', /MIT since 2025-03-24/);
  assert.match(getLicense('deepseek-model-license')?.restrictions ?? '', /V3-0324/);
  const later = models.filter(
    (m) => /^deepseek-v3-/.test(m.id) && m.firstRelease > '2025-03-24' && m.license === 'MIT',
  );
  assert.ok(later.length > 0, 'no MIT-licensed DeepSeek V3.x record after 2025-03-24');
  for (const m of later) {
    assert.equal(m.openness.trainingData?.level, 'closed', `${m.id}: still no training data`);
  }
});

test('DeepSeek-R1: no text claims every distill is MIT; the Llama-based distills are named', () => {
  const r1 = model('deepseek-r1');
  const all = texts(r1).join('\n');
  assert.doesNotMatch(all, /distill[^.]*\b(all|also|too)\b[^.]*MIT/i);
  assert.match(all, /Llama 3\.1/);
  assert.match(all, /Llama 3\.3/);
});

test('Grok 2.5 and Mistral Large 3 have records rating all nine dimensions, with their licenses', () => {
  const dims = Object.keys(OPENNESS_DIMENSIONS);
  for (const id of ['grok-2-5', 'mistral-large-3', 'deepseek-v3-2']) {
    const m = model(id);
    assert.deepEqual(
      dims.filter((d) => !(d in m.openness)),
      [],
      `${id} leaves dimensions unrated`,
    );
  }
  const grok = getLicense(model('grok-2-5').license);
  assert.equal(grok?.kind, 'restricted');
  assert.match(grok?.restrictions ?? '', /train/);
  assert.equal(model('mistral-large-3').license, 'Apache-2.0');
});

test('gpt-oss: the usage policy is described as two sentences wherever the data describes it', () => {
  const policyNotes = models
    .flatMap((m) => texts(m))
    .filter((t) => /usage policy/.test(t) && /sentence/.test(t));
  assert.ok(policyNotes.length > 0, 'no record describes the usage policy length');
  for (const note of policyNotes) assert.match(note, /two-sentence/);
});

test('Ollama: the tool record no longer says it is simply built on llama.cpp', () => {
  const ollama = tools.find((t) => t.id === 'ollama');
  assert.ok(ollama);
  assert.match(ollama.summary, /own engine/);
  assert.doesNotMatch(ollama.summary, /^A local model runner built on llama\.cpp/);
});

test('BERT: the note no longer calls its training corpora public', () => {
  const note = model('bert').openness.trainingData?.note ?? '';
  assert.doesNotMatch(note, /public corpora/i);
  assert.match(note, /BookCorpus[^.]*no longer/);
});

/* ------------------------------------------------- headline facts the guide's pages state */

test('gpt-oss-120b: open weights under Apache 2.0 (OSI-approved), 117B total and 5.1B active, no training data', () => {
  const oss = model('gpt-oss-120b');
  const license = getLicense(oss.license);
  assert.equal(oss.license, 'Apache-2.0');
  assert.equal(license?.kind, 'osi-approved');
  assert.equal(modelVerdicts(oss, license!).openWeights, 'yes');
  assert.equal(releaseClass(oss), 'open-weights');
  assert.equal(formatSizes(oss), '117B total, 5.1B active');
  assert.equal(oss.openness.trainingData?.level, 'closed');
  assert.match(
    oss.openness.trainingData?.source ?? '',
    /arxiv\.org\/abs\/2508\.10925/,
    'the model card paper',
  );
});

test('ChatGPT is hosted only and discloses no size; OLMo 2 releases weights, code and data; Llama 1 weights were restricted', () => {
  const chatgpt = model('chatgpt');
  assert.equal(releaseClass(chatgpt), 'hosted-only');
  assert.equal(chatgpt.parameters.status, 'not-disclosed');
  assert.equal(formatSizes(chatgpt), 'Not disclosed');
  assert.equal(releaseClass(model('olmo-2-32b')), 'open-weights-code-data');
  assert.equal(releaseClass(model('llama-1')), 'restricted-weights');
});

test('OLMo meets the Open Source AI Definition; GPT-4 releases no weights (the timeline colours them so)', () => {
  const verdicts = (id: string) => {
    const m = model(id);
    return modelVerdicts(m, getLicense(m.license)!);
  };
  assert.equal(verdicts('olmo-1').osaid.verdict, 'meets');
  assert.equal(verdicts('gpt-4').openWeights, 'no');
  assert.equal(verdicts('gpt-oss-120b').osaid.verdict, 'does-not-meet', 'open weights, not Open Source AI');
});

// Sentences that were wrong, as they appeared in docs/ before the corrections.
const OLD_WORDING: Array<[RegExp, string]> = [
  [/one-sentence usage policy/, 'gpt-oss usage policy has two sentences'],
  [/Reports disagree on the licensing of Mistral/, 'Mistral Large 3 is reported as Apache 2.0'],
  [/Grok-1 base model only/, 'Grok 2.5 weights were released in 2025'],
  [/stateless \*\*Python\*\*/, 'gpt-oss was trained with a stateful Python tool'],
  [/so are its smaller distilled versions/, 'Llama-based R1 distills keep Llama licenses'],
  [
    /Llama 4 license allows using outputs to train other models, which Llama 3 had barred/,
    'Llama 3.1 already allowed it',
  ],
  [/Every fact on this site carries a bracketed citation/, 'not every fact carries a citation yet'],
];

function docFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return docFiles(full);
    return /\.mdx?$/.test(e.name) ? [full] : [];
  });
}

test('docs/ no longer repeats the corrected claims', () => {
  const files = docFiles(path.join(process.cwd(), 'docs'));
  assert.ok(files.length > 10, 'found too few docs to check');
  const hits: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [pattern, why] of OLD_WORDING) {
      if (pattern.test(text)) hits.push(`${path.relative(process.cwd(), file)}: ${pattern} (${why})`);
    }
  }
  assert.deepEqual(hits, []);
});
