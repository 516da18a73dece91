/**
 * npm run prices:update: writes src/data/generated/genai-prices.json from the installed, pinned
 * @pydantic/genai-prices package: the price of every preset in src/data/prices.ts, the package
 * version, and the date that version was published on npm (asked of the registry; pass
 * `--published YYYY-MM-DD` to skip the look-up). Run it after bumping the package or adding a preset.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {DATASET_REFS} from '../src/data/prices';
import {lookUpPrices, type GeneratedPrices} from '../src/plugins/dataset/genaiPrices';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'src/data/generated/genai-prices.json');
const NAME = '@pydantic/genai-prices';
const version = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', NAME, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

function publishedDate(): string {
  const i = process.argv.indexOf('--published');
  if (i > 0) return process.argv[i + 1];
  const result = spawnSync('npm', ['view', `${NAME}@${version}`, 'time', '--json'], {encoding: 'utf8'});
  if (result.status !== 0) throw new Error(`npm view failed; pass --published YYYY-MM-DD.\n${result.stderr}`);
  const times = JSON.parse(result.stdout) as Record<string, string>;
  if (!times[version]) throw new Error(`npm does not list a publish time for ${NAME}@${version}`);
  return times[version].slice(0, 10);
}

const snapshot: GeneratedPrices = {
  package: NAME,
  version,
  published: publishedDate(),
  prices: lookUpPrices(DATASET_REFS),
};
fs.writeFileSync(OUT, `${JSON.stringify(snapshot, null, 2)}\n`);
console.log(
  `Wrote ${path.relative(ROOT, OUT)}: ${Object.keys(snapshot.prices).length} prices from ${NAME} ${version} (${snapshot.published}).`,
);
