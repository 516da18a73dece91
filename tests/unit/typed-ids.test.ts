/**
 * Typed ids (issue #11 §2): a mistyped model, source or license id in the data fails
 * `npm run typecheck`. Plants one typo of each kind in a scratch file, runs tsc on it, and checks
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
import {open, type Ev} from '../src/data/models/helpers';
import {defineModels} from '../src/data/models/define';
import {models as meta} from '../src/data/models/meta';
import {defineLicenses} from '../src/data/licenses/define';
import {licenses as llama} from '../src/data/licenses/llama';
import type {ModelFamily} from '../src/data/families';
import {RECOMMENDATIONS, type Recommendation, type Rule} from '../src/data/chooser';
import type {PresetSpec} from '../src/data/prices';

export const ok1 = open({source: 'gpt4-technical-report', asOf: '2023-03-15'}, 'Control.');
export const bad1 = open({source: 'gpt4-technical-reprot', asOf: '2023-03-15'}, 'Evidence source.'); // typo
export const E2 = {x: {source: 'no-such-source', asOf: '2020'}} satisfies Record<string, Ev>; // typo
export const ok2 = defineModels([{...meta[0], license: 'llama-1-research'}]);
export const bad2 = defineModels([{...meta[0], license: 'Apache-2.1'}]); // typo
export const bad3 = defineModels([{...meta[0], releaseSource: 'meta-llama1-blogg'}]); // typo
export const ok4 = defineLicenses([{...llama[0], source: 'llama-2-license'}]);
export const bad4 = defineLicenses([{...llama[0], source: 'llama-2-licence'}]); // typo
export const fam: ModelFamily = {id: 'x', name: 'X', maker: 'Y', summary: 'Z', models: ['llama-2', 'llama-5']}; // typo
export const rec: Recommendation = {...RECOMMENDATIONS['closed-api'], models: ['gpt-55']}; // typo
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
    assert.equal(expected.length, 10);
    assert.deepEqual(
      failed.sort((a, b) => a - b),
      expected,
      out,
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
