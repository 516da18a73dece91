/**
 * The calculator's defaults and the cost page (docs/decide/costs.mdx) must tell the same story.
 * Each side is read from its single source: the defaults from src/data/prices.ts through
 * defaultForm(), the page's figures by parsing its Markdown tables. Nothing is retyped here, so
 * changing a price or an assumption on one side only fails this test until the other follows.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {
  CLOSED_API_PRESETS,
  DEFAULT_CLOSED_PRESET,
  DEFAULT_HOSTED_PRESET,
  DEFAULT_VOLUME,
  HOSTED_OPEN_PRESETS,
  SELF_HOSTING_DEFAULTS,
} from '../../src/data/prices';
import {defaultForm, evaluateForm} from '../../src/lib/calculatorState';
import {PATH_IDS, compareThreePaths, type PathId, type ThreePathInputs} from '../../src/lib/costPaths';
import {parseTokenCount} from '../../src/lib/tokens';

const PAGE = readFileSync(path.join(__dirname, '..', '..', 'docs', 'decide', 'costs.mdx'), 'utf8');

/** Markdown table under the heading whose {/* #id *\/} is given: header cells and body rows. */
function tableUnder(id: string): {header: string[]; rows: string[][]} {
  const start = PAGE.indexOf(`{/* #${id} */}`);
  assert.ok(start >= 0, `costs.mdx has no heading with id ${id}`);
  const lines = PAGE.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const block: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    block.push(line);
  }
  const cells = (line: string) =>
    line
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  assert.ok(block.length >= 3, `the table under #${id} has no body`);
  return {header: cells(block[0]), rows: block.slice(2).map(cells)};
}

/** "$3,825" → 3825, "$0.77" → 0.77; the first dollar amount in a cell. */
function dollars(cell: string): number {
  const match = /\$([\d,]+(?:\.\d+)?)/.exec(cell);
  assert.ok(match, `no dollar amount in "${cell}"`);
  return Number(match[1].replace(/,/g, ''));
}

/** "2,000 tokens per second" → 2000, "50%" → 50. */
function firstNumber(cell: string): number {
  const match = /([\d,]+(?:\.\d+)?)/.exec(cell);
  assert.ok(match, `no number in "${cell}"`);
  return Number(match[1].replace(/,/g, ''));
}

function row(rows: string[][], predicate: (label: string) => boolean, what: string): string[] {
  const found = rows.filter((r) => predicate(r[0]));
  assert.equal(found.length, 1, `expected one row for ${what}, found ${found.length}`);
  return found[0];
}

const closedPreset = CLOSED_API_PRESETS.find((p) => p.id === DEFAULT_CLOSED_PRESET)!;
const hostedPreset = HOSTED_OPEN_PRESETS.find((p) => p.id === DEFAULT_HOSTED_PRESET)!;

/** The default form evaluated at another total volume, keeping its input/output mix. */
function defaultsAt(volume: number) {
  const form = defaultForm();
  const evaluation = evaluateForm(form);
  assert.ok(evaluation.paths?.ok, 'the default form evaluates');
  const total = DEFAULT_VOLUME.inputTokens + DEFAULT_VOLUME.outputTokens;
  const share = DEFAULT_VOLUME.inputTokens / total;
  const base = evaluation.inputs!;
  const inputs: ThreePathInputs = {
    inputTokens: volume * share,
    outputTokens: volume * (1 - share),
    closed: base.closed,
    hosted: {inputPerMillion: Number(form.openInput), outputPerMillion: Number(form.openOutput)},
    selfHosted: {
      gpuHourly: Number(form.gpuHourly),
      gpuCount: Number(form.gpuCount),
      throughputPerGpu: Number(form.throughputPerGpu),
      utilizationPercent: Number(form.utilizationPercent),
      fixedMonthlyOps: Number(form.fixedMonthlyOps),
    },
  };
  const outcome = compareThreePaths(inputs);
  assert.ok(outcome.ok);
  return outcome.result;
}

test('self-hosting defaults are the assumptions of the page’s worked example', () => {
  const {rows} = tableUnder('self-hosting-example');
  const form = defaultForm();
  const value = (label: string) => row(rows, (l) => l === label, label)[1];
  assert.equal(dollars(value('GPU rental price')), SELF_HOSTING_DEFAULTS.gpuHourly);
  assert.equal(firstNumber(value('GPU')), SELF_HOSTING_DEFAULTS.gpuCount);
  assert.equal(firstNumber(value('Sustained throughput')), SELF_HOSTING_DEFAULTS.throughputPerGpu);
  assert.equal(firstNumber(value('Utilisation')), SELF_HOSTING_DEFAULTS.utilizationPercent);
  assert.equal(dollars(value('Fixed operations cost')), SELF_HOSTING_DEFAULTS.fixedMonthlyOps);
  // …and the form starts from those same numbers.
  assert.equal(Number(form.gpuHourly), SELF_HOSTING_DEFAULTS.gpuHourly);
  assert.equal(Number(form.gpuCount), SELF_HOSTING_DEFAULTS.gpuCount);
  assert.equal(Number(form.throughputPerGpu), SELF_HOSTING_DEFAULTS.throughputPerGpu);
  assert.equal(Number(form.utilizationPercent), SELF_HOSTING_DEFAULTS.utilizationPercent);
  assert.equal(Number(form.fixedMonthlyOps), SELF_HOSTING_DEFAULTS.fixedMonthlyOps);
});

test('default prices are the page’s GPT-5.5 and OpenRouter gpt-oss-120b list prices', () => {
  const api = tableUnder('api-prices');
  const closed = row(api.rows, (l) => l.startsWith(`${closedPreset.label} `), closedPreset.label);
  assert.deepEqual(
    [dollars(closed[1]), dollars(closed[2])],
    [closedPreset.inputPerMillion, closedPreset.outputPerMillion],
  );
  const hosted = tableUnder('hosted-open-weight');
  const listing = row(
    hosted.rows,
    (l) => l.startsWith(hostedPreset.provider) && !l.includes(','),
    hostedPreset.label,
  );
  assert.deepEqual(
    [dollars(listing[1]), dollars(listing[2])],
    [hostedPreset.inputPerMillion, hostedPreset.outputPerMillion],
  );
  const form = defaultForm();
  assert.equal(form.closedPreset, closedPreset.id);
  assert.equal(form.hostedPreset, hostedPreset.id);
});

test('default volume and mix are the page’s 3:1 blend at a volume its bills table shows', () => {
  const blend = /blended price per 1M = \((\d+) × input price \+ (\d+) × output price\) ÷ (\d+)/.exec(PAGE);
  assert.ok(blend, 'the blended-price formula is on the page');
  const [inWeight, outWeight] = [Number(blend[1]), Number(blend[2])];
  assert.equal(DEFAULT_VOLUME.inputTokens / DEFAULT_VOLUME.outputTokens, inWeight / outWeight);
  const form = defaultForm();
  const total = [form.inputTokens, form.outputTokens].map((t) => {
    const parsed = parseTokenCount(t);
    assert.ok(parsed.ok);
    return parsed.value;
  });
  const {header} = tableUnder('worked-examples');
  const volumes = header.slice(1).map((h) => {
    const parsed = parseTokenCount(h.split(' ')[0]);
    assert.ok(parsed.ok, `volume header "${h}"`);
    return parsed.value;
  });
  assert.ok(volumes.includes(total[0] + total[1]), `default volume ${total[0] + total[1]} is a column`);
});

/** The page's monthly bills for the three default paths, by volume. */
function pageBills(): {volumes: number[]; bills: Record<PathId, number[]>} {
  const {header, rows} = tableUnder('worked-examples');
  const volumes = header.slice(1).map((h) => {
    const parsed = parseTokenCount(h.split(' ')[0]);
    assert.ok(parsed.ok);
    return parsed.value;
  });
  const pick = (r: string[]) => r.slice(1).map(dollars);
  return {
    volumes,
    bills: {
      closed: pick(
        row(
          rows,
          (l) => l.startsWith(`${closedPreset.label},`) && !/batch/i.test(l),
          `${closedPreset.label} standard`,
        ),
      ),
      hosted: pick(
        row(
          rows,
          (l) => l.startsWith(`${hostedPreset.modelId}, ${hostedPreset.provider}`),
          hostedPreset.label,
        ),
      ),
      self: pick(row(rows, (l) => l.includes('self-hosted'), 'self-hosted')),
    },
  };
}

test('the calculator’s three default paths reproduce the page’s monthly bills at every volume', () => {
  const {volumes, bills} = pageBills();
  assert.ok(volumes.length >= 3);
  volumes.forEach((volume, i) => {
    const result = defaultsAt(volume);
    for (const id of PATH_IDS) {
      const page = bills[id][i];
      // The page rounds to cents below $1,000 and to dollars above.
      const tolerance = page >= 1000 ? 0.5 : 0.005 + 1e-9;
      assert.ok(
        Math.abs(result.monthly[id] - page) <= tolerance,
        `${id} at ${volume}: calculator ${result.monthly[id]}, page ${page}`,
      );
    }
  });
});

test('the default result names the path the page’s numbers make cheapest', () => {
  const {volumes, bills} = pageBills();
  const form = defaultForm();
  const evaluation = evaluateForm(form);
  assert.ok(evaluation.paths?.ok);
  const result = evaluation.paths.result;
  const column = volumes.indexOf(result.volume);
  assert.ok(column >= 0);
  const cheapestOnPage = Math.min(...PATH_IDS.map((id) => bills[id][column]));
  const expected = PATH_IDS.filter((id) => bills[id][column] === cheapestOnPage);
  assert.deepEqual(result.cheapest, expected);
  // The ranking is ordered by the computed costs.
  for (let i = 1; i < result.ranking.length; i += 1)
    assert.ok(result.monthly[result.ranking[i - 1]] <= result.monthly[result.ranking[i]]);
  // The detailed comparison starts where the page's short answer does: closed API against the
  // hosted open-weight price, not against self-hosting.
  assert.equal(form.openMode, 'hosted');
  assert.ok(evaluation.outcome?.ok);
  assert.equal(evaluation.outcome.result.openMonthly, result.monthly.hosted);
});

test('cheapest marks every path on a tie and only the lowest otherwise', () => {
  const base: ThreePathInputs = {
    inputTokens: 3e6,
    outputTokens: 1e6,
    closed: {inputPerMillion: 1, outputPerMillion: 1},
    hosted: {inputPerMillion: 1, outputPerMillion: 1},
    selfHosted: {
      gpuHourly: 1,
      gpuCount: 1,
      throughputPerGpu: 1000,
      utilizationPercent: 50,
      fixedMonthlyOps: 0,
    },
  };
  const tie = compareThreePaths(base);
  assert.ok(tie.ok);
  assert.deepEqual(tie.result.cheapest, ['closed', 'hosted']);
  const cheaperHosted = compareThreePaths({...base, hosted: {inputPerMillion: 0.5, outputPerMillion: 1}});
  assert.ok(cheaperHosted.ok);
  assert.deepEqual(cheaperHosted.result.cheapest, ['hosted']);
  assert.deepEqual(cheaperHosted.result.ranking, ['hosted', 'closed', 'self']);
  const bad = compareThreePaths({...base, selfHosted: {...base.selfHosted, gpuCount: 0}});
  assert.ok(!bad.ok);
  assert.deepEqual(
    bad.errors.map((e) => e.field),
    ['gpuCount'],
  );
});
