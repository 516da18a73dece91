/**
 * `npm run validate`: every data rule the build runs before bundling (the dataset plugin's
 * `dataProblems`: schemas, cross-record rules, the rubric, the catalog's folder rules, price
 * presets), without building the site: a few seconds instead of a build, for contributors editing
 * records. Guide-page doc ids are checked by the build only (they need the docs plugin). Exits 1
 * and lists every problem.
 */
import {modelRecords} from '../src/data/models';
import {licenseRecords} from '../src/data/licenses';
import {sources} from '../src/data/sources';
import {dataProblems} from '../src/plugins/dataset';

const problems = dataProblems();
if (problems.length > 0) {
  console.error(`${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `✓ ${modelRecords.length} models, ${licenseRecords.length} licenses and ${sources.length} sources pass every data rule.`,
);
