/**
 * Typed ids (issue #11 §2, #23): a mistyped model, family, source or license id in the data fails
 * `npm run typecheck`, and so does a source from another maker's or family's folder. Plants one typo of each kind in a scratch file, runs tsc on it, and checks
 * that tsc reports an error on exactly the planted lines (the correct control lines pass).
 * Run: node --import tsx --test tests/unit/typed-ids.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** Each line ending in `// typo` must fail; every other line must pass. */
const PLANTED = `
import {defineVersion, defineProduct, ev, open, type EntryInput} from '../src/data/define';
import llama from '../src/data/models/meta/llama/family';
import meta from '../src/data/models/meta/maker';
import llama2 from '../src/data/models/meta/llama/llama-2/version';
import {defineLicenses} from '../src/data/licenses/define';
import {licenses as llamaLicenses} from '../src/data/licenses/llama';
import {RECOMMENDATIONS, type Recommendation, type Rule} from '../src/data/chooser';
import type {PresetSpec} from '../src/data/prices';
import type {ModelId, FamilyId} from '../src/data/models';

const hub = ev('osi-ai-hub', '2024');
const rec: Omit<EntryInput<string, 'osi-ai-hub'>, 'id'> & {sources: []} = {
  name: 'X', organization: 'Meta', firstRelease: '2025', releaseSource: 'osi-ai-hub', summary: 'X.',
  inputs: ['text'], outputs: ['text'], parameters: {status: 'not-listed', note: 'n', ...hub}, license: 'llama-2-community',
  access: ['weights'], howToGet: 'X.', openness: {weights: open(hub, 'n')}, guidePages: [], lastVerified: '2025', added: '2025', sources: [],
};
export const ok1 = defineVersion(llama, {...rec, id: 'x1', releaseSource: 'llama-3-herd-paper'});
export const ok2 = defineVersion(llama, {...rec, id: 'x2', parameters: {status: 'not-listed', note: 'n', ...ev('osi-ai-hub', '2024')}});
export const bad1 = defineVersion(llama, {...rec, id: 'x3', openness: {weights: open(ev('llama-2-licence', '2023'), 'n')}}); // typo
export const bad2 = defineVersion(llama, {...rec, id: 'x4', license: 'Apache-2.1'}); // typo
export const bad3 = defineVersion(llama, {...rec, id: 'x5', releaseSource: 'meta-llama1-blogg'}); // typo
export const bad4 = defineVersion(meta, {...rec, id: 'x6', releaseSource: 'llama-3-herd-paper'}); // typo
export const bad5 = defineVersion(llama, {...rec, id: 'x7', releaseSource: 'gpt4-technical-report'}); // typo
export const ok3 = defineVersion(llama, {...rec, id: 'x8', releaseSource: 'own-source', sources: [{id: 'own-source', title: 't', publisher: 'p', url: 'https://example.org/', asOf: '2025', kind: 'primary', topic: 'models'}]});
export const ok4 = defineProduct(meta, {...rec, id: 'x9', runs: [llama2]});
export const bad6 = defineProduct(meta, {...rec, id: 'x10', runs: ['llama-2']}); // typo
export const ok5 = defineLicenses([{...llamaLicenses[0], source: 'llama-2-license'}]);
export const bad7 = defineLicenses([{...llamaLicenses[0], source: 'llama-2-licence'}]); // typo
export const m1: ModelId = 'gpt-oss-120b';
export const m2: ModelId = 'gpt-oss-12b'; // typo
export const f1: FamilyId = 'llama';
export const f2: FamilyId = 'claude-family'; // typo
export const rec1: Recommendation = {...RECOMMENDATIONS['closed-api'], models: ['gpt-55']}; // typo
export const rule: Pick<Rule, 'source'> = {source: {id: 'llama-4-aup', asOf: '2026'}}; // typo
const spec = {id: 'x', label: 'X', provider: 'P', path: 'closed-api', dataset: {provider: 'p', model: 'm'}, note: 'n.'} as const;
export const p1: PresetSpec = {...spec, modelId: 'gpt-5-5', source: 'openai-api-pricing'};
export const p2: PresetSpec = {...spec, modelId: 'gpt-55', source: 'openai-api-pricing'}; // typo
export const p3: PresetSpec = {...spec, modelId: 'gpt-5-5', source: 'openai-pricing'}; // typo
`;

test('tsc rejects each planted id typo in data, and only those lines', () => {
  const dir = mkdtempSync(path.join(ROOT, '.typed-ids-'));
  try {
    writeFileSync(path.join(dir, 'planted.ts'), PLANTED);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({extends: '../tsconfig.json', include: ['planted.ts'], compilerOptions: {noEmit: true}}),
    );
    let out = '';
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], {encoding: 'utf8'});
    } catch (error) {
      out = String((error as {stdout?: string}).stdout ?? '');
    }
    const lines = PLANTED.split('\n');
    const expected = lines.flatMap((l, i) => (l.endsWith('// typo') ? [i + 1] : []));
    const failed = [
      ...new Set([...out.matchAll(/planted\.ts\((\d+),\d+\): error/g)].map((m) => Number(m[1]))),
    ];
    assert.equal(expected.length, 13);
    assert.deepEqual(
      failed.sort((a, b) => a - b),
      expected,
      out,
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
